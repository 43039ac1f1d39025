import NIOCore
import NIOWebSocket

/// The channel handler of an upgraded connection: a thin bridge between NIO and the
/// ``GatewayConnection`` actor, which owns every decision.
///
/// It is the only handler of the pipeline: it cuts frames out of the socket's bytes itself
/// (``InboundFrameParser``, no decoder handler per connection) and writes finished frame bytes
/// (``ServerFrame``) straight to the socket: a shared delta buffer goes out with no
/// per-subscriber encoding.
final class WebSocketSession: ChannelInboundHandler, ConnectionTransport {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let role: ConnectionRole
    private let deflate: NegotiatedDeflate?
    private let environment: GatewayEnvironment
    private var parser: InboundFrameParser
    private var context: ChannelHandlerContext?
    private(set) var connection: GatewayConnection?
    /// The connection asked not to be handed frames for now (`pauseInput()`).
    private var inputPaused = false
    /// Frames of a read are being handed over; `flushOwed`: a flush waits for the last of them.
    private var delivering = false
    private var flushOwed = false
    /// The loop's shard, where written frames are tallied for the metrics.
    private var shard: ConnectionRegistry.Shard?
    /// After our close frame (lingering close): what the peer still sends is read and dropped.
    private var discardingInput = false

    /// How long a lingering close keeps reading and dropping the peer's bytes, waiting for its
    /// FIN, before it closes anyway.
    static let lingerTime: TimeAmount = .seconds(2)

    init(role: ConnectionRole, deflate: NegotiatedDeflate?, environment: GatewayEnvironment) {
        self.role = role
        self.deflate = deflate
        self.environment = environment
        self.parser = InboundFrameParser(maxFrameSize: environment.configuration.webSocket.maxMessageBytes)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        self.shard = environment.connections.shard(on: context.eventLoop)
        let connection = GatewayConnection(
            session: BoundTransport(value: self),
            eventLoop: context.eventLoop,
            role: role,
            deflate: deflate,
            environment: environment,
            isWritable: context.channel.isWritable
        )
        self.connection = connection
        connection.assumeIsolated { $0.started() }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !discardingInput else { return }  // lingering close: read, and drop
        parser.append(unwrapInboundIn(data))
        deliverFrames()
    }

    /// Hands the connection every whole frame received, until it asks for a pause.
    private func deliverFrames() {
        // A close while delivering may resume input, and so deliver from within: the outer
        // call keeps its batch, and only the outermost flushes.
        let outer = delivering
        delivering = true
        defer {
            delivering = outer
            if !outer, flushOwed {
                flushOwed = false
                flush()
            }
        }
        while let connection, !inputPaused {
            switch parser.next() {
            case .frame(let frame):
                connection.receivedOnLoop(frame)
            case .needMoreBytes:
                return
            case .invalid(let error):
                connection.assumeIsolated { $0.framingFailed(error) }
                return
            }
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        let isWritable = context.channel.isWritable
        connection?.assumeIsolated { $0.writabilityChanged(isWritable: isWritable) }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        release()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        release()
        self.context = nil
        self.shard = nil
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    /// The connection is over: the actor learns it once, and the slot it held is freed.
    private func release() {
        guard let connection else { return }
        self.connection = nil
        connection.assumeIsolated { $0.channelClosed() }
        environment.connections.release()
        environment.metrics.connections.record(environment.connections.count)
    }

    // MARK: Used by the connection actor, on the loop

    func write(_ bytes: ByteBuffer) {
        guard let context else { return }
        shard?.wrote(bytes)
        context.write(wrapOutboundOut(bytes), promise: nil)
    }

    func flush() {
        if delivering { flushOwed = true } else { context?.flush() }
    }

    /// Stops handing frames to the connection and reading the socket (TCP back-pressure on the
    /// peer); what was read already waits in the frame parser.
    func pauseInput() {
        guard !inputPaused else { return }
        inputPaused = true
        try? context?.channel.syncOptions?.setOption(.autoRead, value: false)
    }

    /// Hands over the frames that waited, then reads the socket again.
    func resumeInput() {
        guard inputPaused else { return }
        inputPaused = false
        try? context?.channel.syncOptions?.setOption(.autoRead, value: true)
        deliverFrames()
    }

    func limitBuffering(to bytes: Int) {
        guard let options = context?.channel.syncOptions else { return }
        try? options.setOption(.writeBufferWaterMark, value: .init(low: max(1, bytes / 4), high: bytes))
        try? options.setOption(.socketOption(.so_sndbuf), value: SocketOptionValue(bytes))
    }

    /// Closes the TCP connection at once, dropping whatever is still pending.
    func closeNow() {
        context?.close(promise: nil)
    }

    var peerSource: RepeatOffenders.Source? {
        context?.channel.remoteAddress.flatMap(RepeatOffenders.Source.init)
    }

    /// Ends the TCP connection after what is already written (the close frame) has gone out;
    /// `lingering`: as a lingering close (RFC 6455 §7.1.1): our side is half-closed (FIN after
    /// the close frame), and the peer's bytes are read and dropped until its FIN or ``lingerTime``.
    /// Closing with the peer's bytes unread would send a reset instead, which makes a client
    /// that is still sending fail before it reads the close frame, and can throw away the close
    /// frame itself.
    func closeAfterPendingWrites(lingering: Bool) {
        guard let context else { return }
        guard lingering else {
            let promise = context.eventLoop.makePromise(of: Void.self)
            context.writeAndFlush(wrapOutboundOut(ByteBuffer()), promise: promise)
            let channel = context.channel
            promise.futureResult.whenComplete { _ in channel.close(promise: nil) }
            return
        }
        discardingInput = true
        // A new parser frees what the old one held.
        parser = InboundFrameParser(maxFrameSize: environment.configuration.webSocket.maxMessageBytes)
        if inputPaused {
            inputPaused = false
            try? context.channel.syncOptions?.setOption(.autoRead, value: true)
        }
        let promise = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer()), promise: promise)
        let channel = context.channel
        promise.futureResult.whenComplete { result in
            guard case .success = result else {
                channel.close(promise: nil)
                return
            }
            // The peer's FIN closes the channel (remote half-closure is not allowed); the
            // deadline bounds a peer that keeps sending.
            channel.close(mode: .output, promise: nil)
            channel.eventLoop.scheduleTask(in: Self.lingerTime) { channel.close(promise: nil) }
        }
    }
}

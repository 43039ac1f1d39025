#if os(Linux)
import CreaseTransport
import NIOCore

/// An upgraded connection on the epoll transport (`TRANSPORT=epoll`): the same bridge as
/// ``WebSocketSession``, between an ``EpollSocket`` and the ``GatewayConnection`` actor, which
/// owns every decision.
///
/// The socket comes from the loop's ``EpollAcceptor`` (which answered the handshake) or from
/// SwiftNIO's HTTP code after its `101` (``EpollHandoff``).
final class EpollWebSocketSession: EpollSocketDelegate, ConnectionTransport {
    private let socket: EpollSocket
    private let environment: GatewayEnvironment
    /// The loop's shard, where written frames are tallied (looked up once, not per frame).
    private let shard: ConnectionRegistry.Shard
    private var parser: InboundFrameParser
    private(set) var connection: GatewayConnection?
    private var inputPaused = false
    /// Frames of a read are being handed over; `flushOwed`: a flush waits for the last of them.
    private var delivering = false
    private var flushOwed = false
    /// After our close frame (lingering close): what the peer still sends is dropped.
    private var discardingInput = false

    /// Creates the session on `loop` (call on it), starts its connection actor and reads.
    /// `response`: the `101` still to write (nil when SwiftNIO wrote it); `prefix`: bytes the
    /// client sent after its request, read already.
    static func start(
        descriptor: Int32, replacing registration: EpollRegistration? = nil, response: ByteBuffer? = nil,
        prefix: [ByteBuffer],
        loop: EpollEventLoop, role: ConnectionRole, deflate: NegotiatedDeflate?,
        environment: GatewayEnvironment
    ) {
        let socket: EpollSocket
        do {
            socket = try EpollSocket(
                descriptor: descriptor, loop: loop, waterMarks: .init(low: 16 * 1024, high: 64 * 1024),
                replacing: registration)
        } catch {
            // Registration failed (the socket is closed): give back what the upgrade took.
            environment.connections.release()
            environment.releaseSocket()
            environment.metrics.connections.record(environment.connections.count)
            return
        }
        let session = EpollWebSocketSession(
            socket: socket, loop: loop, role: role, deflate: deflate, environment: environment)
        socket.start(delegate: session)
        if let response { socket.write(response) }  // leaves with the hello, in one write
        session.connection!.assumeIsolated { $0.started() }
        if response != nil { socket.flush() }  // a role without a hello (echo) still gets its 101
        for bytes in prefix { session.socketRead(bytes) }
    }

    private init(
        socket: EpollSocket, loop: EpollEventLoop, role: ConnectionRole, deflate: NegotiatedDeflate?,
        environment: GatewayEnvironment
    ) {
        self.socket = socket
        self.shard = environment.connections.shard(on: loop)
        self.environment = environment
        self.parser = InboundFrameParser(maxFrameSize: environment.configuration.webSocket.maxMessageBytes)
        self.connection = nil
        self.connection = GatewayConnection(
            session: BoundTransport(value: self), eventLoop: loop, role: role,
            deflate: deflate, environment: environment, isWritable: true)
    }

    // MARK: EpollSocketDelegate

    func socketRead(_ bytes: consuming ByteBuffer) {
        guard !discardingInput else { return }
        parser.append(consume bytes)
        deliverFrames()
    }

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

    func socketWritabilityChanged(_ isWritable: Bool) {
        connection?.assumeIsolated { $0.writabilityChanged(isWritable: isWritable) }
    }

    func socketClosed() {
        guard let connection else { return }
        self.connection = nil
        connection.assumeIsolated { $0.channelClosed() }
        environment.connections.release()
        environment.releaseSocket()
        environment.metrics.connections.record(environment.connections.count)
    }

    // MARK: ConnectionTransport

    func write(_ bytes: ByteBuffer) {
        shard.wrote(bytes)
        socket.write(bytes)
    }

    func flush() {
        if delivering { flushOwed = true } else { socket.flush() }
    }

    func pauseInput() {
        guard !inputPaused else { return }
        inputPaused = true
        socket.pauseReading()
    }

    func resumeInput() {
        guard inputPaused else { return }
        inputPaused = false
        socket.resumeReading()
        deliverFrames()
    }

    func limitBuffering(to bytes: Int) {
        socket.limitBuffering(to: bytes)
    }

    func closeNow() {
        socket.close()
    }

    var peerSource: RepeatOffenders.Source? {
        socket.descriptor >= 0 ? RepeatOffenders.Source(peerOf: socket.descriptor) : nil
    }

    func closeAfterPendingWrites(lingering: Bool) {
        guard lingering else {
            socket.closeWhenWritten(halfClose: false)
            return
        }
        discardingInput = true
        // A new parser frees what the old one held.
        parser = InboundFrameParser(maxFrameSize: environment.configuration.webSocket.maxMessageBytes)
        inputPaused = false
        socket.closeWhenWritten(halfClose: true)
        // The peer's FIN closes the socket; the deadline bounds a peer that keeps sending.
        // (The connection calls this while open, so it is still here.)
        let socket = UnsafeSocket(self.socket)
        _ = connection?.eventLoop.scheduleTask(in: WebSocketSession.lingerTime) { socket.value.close() }
    }
}

/// The socket, for a timer of its own loop.
///
/// Sendable: the timer runs on the socket's loop, the only thread that touches it.
private struct UnsafeSocket: @unchecked Sendable {
    let value: EpollSocket
    init(_ value: EpollSocket) { self.value = value }
}
#endif

#if os(Linux)
import CreaseTransport
import Glibc
import NIOCore
import NIOPosix

/// The epoll transport's front door on one loop: its own listening socket (`SO_REUSEPORT`, so
/// the kernel spreads connections over the loops), the opening handshake of WebSockets, and
/// everything else handed to SwiftNIO's HTTP code.
///
/// A connection's first bytes decide its way:
/// - a complete, plain upgrade request (``UpgradeRequestHead``) for a WebSocket route that
///   ``WebSocketUpgrade`` accepts and the gateway admits is answered `101` here and becomes an
///   ``EpollWebSocketSession`` on this loop: no SwiftNIO channel, no thread hop;
/// - anything else (REST, metrics, a refusal, a head split over packets, whatever the narrow
///   parser does not accept) goes to SwiftNIO with the bytes read so far (``EpollHandoff``),
///   which serves it exactly as on the NIO transport, upgrade included.
///
/// Guarantees: every accepted descriptor ends handed over or closed, and its descriptor-budget
/// slot is given back once; a connection that sends no request head within
/// `HTTP_TIMEOUT_MS` is closed. Touched only on its loop.
final class EpollAcceptor {
    let loop: EpollEventLoop
    private let environment: GatewayEnvironment
    private let group: any EventLoopGroup
    private var listener: EpollListener?
    private var pending: [ObjectIdentifier: PendingRequest] = [:]
    private var sweep: RepeatedTask?

    /// Binds `host`:`port` (port 0 picks one: bind the first acceptor with it and the others
    /// with the port it got); call on `loop`.
    init(
        host: String, port: Int, loop: EpollEventLoop, environment: GatewayEnvironment, group: any EventLoopGroup
    ) throws {
        self.loop = loop
        self.environment = environment
        self.group = group
        // Until `close()`, the listener and the sweep keep the acceptor (both run on its loop).
        let this = UnsafeAcceptor(self)
        listener = try EpollListener(host: host, port: port, backlog: 4096, reusePort: true, loop: loop) { descriptor in
            this.value.accepted(descriptor)
        }
        let timeout = environment.configuration.http.timeout.wholeNanoseconds
        sweep = loop.scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) { _ in
            this.value.closeIdle(olderThan: timeout)
        }
    }

    var localAddress: SocketAddress? { listener?.localAddress }

    /// Stops listening and closes the requests still waiting for their head.
    func close() {
        sweep?.cancel()
        sweep = nil
        listener?.close()
        listener = nil
        for request in pending.values { finish(request, closing: true) }
    }

    private func accepted(_ descriptor: Int32) {
        // An address barred for its violations is closed before a byte of it is read.
        if environment.isBarred(RepeatOffenders.Source(peerOf: descriptor)) {
            Glibc.close(descriptor)
            return
        }
        // Past the descriptor budget the socket is closed at once: the gateway must never run
        // out of descriptors.
        guard environment.acceptSocket() else {
            environment.metrics.socketsRefused.increment()
            Glibc.close(descriptor)
            return
        }
        let sendBuffer = environment.configuration.webSocket.socketSendBuffer
        if sendBuffer > 0 {
            var size = Int32(sendBuffer)
            setsockopt(descriptor, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        let receiveBuffer = environment.configuration.webSocket.socketReceiveBuffer
        if receiveBuffer > 0 {
            var size = Int32(receiveBuffer)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        let request = PendingRequest(descriptor: descriptor, acceptor: self)
        do {
            try loop.register(request, fd: descriptor, events: EpollEvents.readable)
        } catch {
            Glibc.close(descriptor)
            environment.releaseSocket()
            return
        }
        pending[ObjectIdentifier(request)] = request
    }

    private func closeIdle(olderThan timeout: UInt64) {
        let now = NIODeadline.now().uptimeNanoseconds
        for request in pending.values where now &- request.acceptedAt >= timeout {
            finish(request, closing: true)
        }
    }

    /// Takes `request` out of the waiting set and (unless `keepRegistered`, for a socket that
    /// takes its registration over) the loop's epoll set; `closing`: and closes it.
    private func finish(_ request: PendingRequest, closing: Bool, keepRegistered: Bool = false) {
        guard pending.removeValue(forKey: ObjectIdentifier(request)) != nil else { return }
        if !keepRegistered { loop.deregister(request, fd: request.descriptor) }
        if closing {
            Glibc.close(request.descriptor)
            environment.releaseSocket()
        }
    }

    /// What the first bytes of `request` make of it.
    fileprivate func received(_ request: PendingRequest) {
        switch UpgradeRequestHead.parse(request.bytes) {
        case .incomplete:
            return  // wait for the rest (or the sweep)
        case .unsupported:
            handToNIO(request)
        case .complete(let head):
            upgrade(request, head)
        }
    }

    fileprivate func peerClosed(_ request: PendingRequest) {
        finish(request, closing: true)
    }

    private func upgrade(_ request: PendingRequest, _ head: UpgradeRequestHead) {
        let configuration = environment.configuration
        let role: ConnectionRole
        switch head.path {
        case "/v1/ws": role = .crease
        case "/v1/echo" where configuration.http.echoEndpoint: role = .echo
        default:
            handToNIO(request)
            return
        }
        let policy = WebSocketUpgrade.Policy(
            allowedOrigins: configuration.http.allowedOrigins, compression: configuration.compression.enabled,
            allowClientContextTakeover: configuration.compression.clientContextTakeover,
            allowServerContextTakeover: configuration.compression.sharedContext)
        // A refusal, and a gateway that will not admit now, are answered by the full HTTP code,
        // which says why (and counts it) as on the NIO transport.
        guard case .accept(let headers, let agreed) = WebSocketUpgrade.decide(head.headers, policy: policy),
            environment.admit() == nil
        else {
            handToNIO(request)
            return
        }
        finish(request, closing: false, keepRegistered: true)
        let leftover = request.bytes.count > head.length ? [ByteBuffer(bytes: request.bytes[head.length...])] : []
        EpollWebSocketSession.start(
            descriptor: request.descriptor, replacing: request,
            response: ByteBuffer(bytes: UpgradeRequestHead.switchingProtocols(headers)),
            prefix: leftover, loop: loop, role: role, deflate: agreed.map(NegotiatedDeflate.init),
            environment: environment)
        environment.metrics.connections.record(environment.connections.count)
    }

    /// Serves `request` with SwiftNIO's HTTP code, starting with the bytes read so far; an
    /// upgrade there still ends on this loop (``EpollHandoff``).
    private func handToNIO(_ request: PendingRequest) {
        finish(request, closing: false)
        let environment = self.environment
        let descriptor = request.descriptor
        let duplicate = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard duplicate >= 0 else {
            environment.metrics.socketsRefused.increment()
            Glibc.close(descriptor)
            environment.releaseSocket()
            return
        }
        let handoff = EpollHandoff(descriptor: descriptor, loop: loop)
        let prefix = ByteBuffer(bytes: request.bytes)
        ClientBootstrap(group: group)
            .channelOption(.writeBufferWaterMark, value: .init(low: 16 * 1024, high: 64 * 1024))
            .channelOption(
                .recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 256, maximum: 65_536)
            )
            .channelInitializer { channel in
                channel.closeFuture.whenComplete { _ in handoff.httpClosed(environment: environment) }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ReplayedBytes(prefix))
                    try GatewayServer.addHTTPHandlers(
                        to: channel, environment: environment, routes: .gateway, handover: handoff)
                }
            }
            .withConnectedSocket(duplicate)
            .whenFailure { _ in handoff.httpClosed(environment: environment) }
    }
}

/// An accepted connection whose first bytes are being read.
private final class PendingRequest: EpollRegistration {
    let descriptor: Int32
    let acceptedAt = NIODeadline.now().uptimeNanoseconds
    private(set) var bytes: [UInt8] = []
    private unowned let acceptor: EpollAcceptor

    init(descriptor: Int32, acceptor: EpollAcceptor) {
        self.descriptor = descriptor
        self.acceptor = acceptor
    }

    override func ready(_ events: UInt32) {
        // Into the loop's shared buffer (no 8 KiB array made and zeroed per accept); at most one
        // byte past the longest head, so a head too long is seen as such.
        let scratch = acceptor.loop.scratch
        let room = min(scratch.count, UpgradeRequestHead.maxHeadBytes + 1 - bytes.count)
        let count = Glibc.read(descriptor, scratch.baseAddress, room)
        if count > 0 {
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[0..<count]))
            acceptor.received(self)
        } else if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            acceptor.peerClosed(self)
        }
    }
}

/// Hands SwiftNIO's pipeline the bytes the epoll side read before the hand-over, first.
private final class ReplayedBytes: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private var bytes: ByteBuffer?

    init(_ bytes: ByteBuffer) { self.bytes = bytes }

    func channelActive(context: ChannelHandlerContext) {
        context.fireChannelActive()
        if let bytes {
            self.bytes = nil
            context.fireChannelRead(wrapInboundOut(bytes))
        }
        context.pipeline.syncOperations.removeHandler(self, promise: nil)
    }
}
#endif

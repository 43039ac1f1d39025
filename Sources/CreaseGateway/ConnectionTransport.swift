import NIOCore

/// What a ``GatewayConnection`` needs of the socket under it, on its loop: SwiftNIO's channel
/// (``WebSocketSession``) or the epoll transport's socket (``EpollWebSocketSession``).
protocol ConnectionTransport: AnyObject {
    /// Queues a finished frame; nothing leaves before ``flush()``.
    func write(_ bytes: ByteBuffer)
    /// Sends what was written (one `writev` when the kernel takes it all). Asked while the
    /// frames of a read are being handed over, it waits for the last of them: the answers to
    /// many frames of one read (pongs, errors) leave in one send.
    func flush()
    /// Stops handing frames to the connection and reading the socket (TCP back-pressure).
    func pauseInput()
    /// Hands over the frames that waited, then reads the socket again.
    func resumeInput()
    /// Holds at most about `bytes` unsent from now on, in the kernel (`SO_SNDBUF`) and in our
    /// own buffer (the high water mark): for a conflating client that fell behind, so that what
    /// waits for it waits in the queue, where it can be folded. What is held already stays.
    func limitBuffering(to bytes: Int)
    /// Closes the TCP connection at once, dropping whatever is still pending.
    func closeNow()
    /// Ends the TCP connection once what was written has gone out; `lingering`: half-close and
    /// drop the peer's bytes until its FIN (or a deadline), RFC 6455 §7.1.1.
    func closeAfterPendingWrites(lingering: Bool)
    /// Who the peer is, for ``RepeatOffenders`` (asked only when a client broke a rule and
    /// `VIOLATION_LIMIT` is on, so that no connection stores it); nil once the socket is gone.
    var peerSource: RepeatOffenders.Source? { get }
}

/// A connection's transport as its ``GatewayConnection`` holds it: the reference alone, 16 bytes
/// where `NIOLoopBound` also keeps the loop (16 more per connection), which the actor has.
struct BoundTransport: @unchecked Sendable {
    // Safe: the session creates it on its loop and hands it to its own connection actor, whose
    // executor is that loop (`unownedExecutor`); the actor reads it only in its isolation
    // (`GatewayConnection.session`, which asserts the loop in debug builds; `NIOLoopBound`
    // checks it in release builds too, a call per access that isolation already makes
    // needless), so the transport is only ever touched on the loop that owns it.
    let value: any ConnectionTransport
}

/// Where an upgrade answered by SwiftNIO's HTTP code takes its socket when WebSockets are not
/// SwiftNIO's (the epoll transport's ``EpollHandoff``).
protocol UpgradeHandover: Sendable {
    /// Moves the upgraded socket on, reading `prefix` (bytes the client sent after its request)
    /// first; false when the socket is no longer there to move (the HTTP side closed it).
    func handOver(
        prefix: [ByteBuffer], role: ConnectionRole, deflate: NegotiatedDeflate?, environment: GatewayEnvironment
    ) -> Bool
}

/// Collects what SwiftNIO's HTTP decoder held after an upgrade request (bytes the client sent
/// before our `101` reached it), for the socket's next owner to read first.
final class UpgradeLeftover: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    private(set) var bytes: [ByteBuffer] = []

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        bytes.append(unwrapInboundIn(data))
    }
}

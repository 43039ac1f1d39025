import NIOCore

/// What a ``GatewayConnection`` needs of the socket under it, on its loop: SwiftNIO's channel
/// (``WebSocketSession``) or the epoll transport's socket (``EpollWebSocketSession``).
protocol ConnectionTransport: AnyObject {
    /// Queues a finished frame; nothing leaves before ``flush()``.
    func write(_ bytes: ByteBuffer)
    /// Sends what was written (one `writev` when the kernel takes it all).
    func flush()
    /// Stops handing frames to the connection and reading the socket (TCP back-pressure).
    func pauseInput()
    /// Hands over the frames that waited, then reads the socket again.
    func resumeInput()
    /// Closes the TCP connection at once, dropping whatever is still pending.
    func closeNow()
    /// Ends the TCP connection once what was written has gone out; `lingering`: half-close and
    /// drop the peer's bytes until its FIN (or a deadline), RFC 6455 §7.1.1.
    func closeAfterPendingWrites(lingering: Bool)
}

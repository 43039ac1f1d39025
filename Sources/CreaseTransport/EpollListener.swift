#if os(Linux)
import CEpoll
import Glibc
import NIOCore

/// A listening TCP socket on an ``EpollEventLoop``: accepts connections and hands each new
/// descriptor (non-blocking, close-on-exec, `TCP_NODELAY`) to `accepted`, on the loop.
///
/// Guarantees: every accepted descriptor is handed over exactly once (the handler owns it);
/// running out of descriptors (`EMFILE`) pauses accepting for a moment rather than spinning.
public final class EpollListener: EpollRegistration {
    private var descriptor: Int32
    private unowned let loop: EpollEventLoop
    private let accepted: (Int32) -> Void
    private var paused = false
    /// The address bound (its port, with port 0).
    public let localAddress: SocketAddress

    /// Binds `host`:`port` (SO_REUSEADDR, backlog `backlog`) and starts accepting; call on the loop.
    /// `reusePort`: SO_REUSEPORT, so that one listener per loop shares the port and the kernel
    /// spreads the connections.
    public init(
        host: String, port: Int, backlog: Int32, reusePort: Bool = false, loop: EpollEventLoop,
        accepted: @escaping (Int32) -> Void
    ) throws {
        loop.preconditionInEventLoop()
        let address = try SocketAddress.makeAddressResolvingHost(host, port: port)
        let family = address.protocol.rawValue
        let socket = Glibc.socket(
            family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { throw EpollError.system("socket", errno) }
        var one: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if reusePort { setsockopt(socket, SOL_SOCKET, SO_REUSEPORT, &one, socklen_t(MemoryLayout<Int32>.size)) }
        let bound = address.withSockAddr { pointer, size in Glibc.bind(socket, pointer, socklen_t(size)) }
        guard bound == 0, Glibc.listen(socket, backlog) == 0 else {
            let error = errno
            Glibc.close(socket)
            throw EpollError.system("bind/listen \(host):\(port)", error)
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        self.localAddress = Self.address(of: storage)
        self.descriptor = socket
        self.loop = loop
        self.accepted = accepted
        super.init()
        try loop.register(self, fd: socket, events: CREASE_EPOLLIN)
    }

    private static func address(of storage: sockaddr_storage) -> SocketAddress {
        let family = Int32(storage.ss_family)
        return withUnsafeBytes(of: storage) { raw in
            switch family {
            case AF_INET:
                return SocketAddress(raw.load(as: sockaddr_in.self), host: "")
            default:
                return SocketAddress(raw.load(as: sockaddr_in6.self), host: "")
            }
        }
    }

    public override func ready(_ events: UInt32) {
        guard descriptor >= 0, !paused else { return }
        // A bounded batch per wake-up, so that a connection storm shares the loop.
        for _ in 0..<64 {
            let connection = crease_accept_nonblocking(descriptor)
            if connection >= 0 {
                var one: Int32 = 1
                setsockopt(connection, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                accepted(connection)
                continue
            }
            switch errno {
            case EAGAIN, EWOULDBLOCK:
                return
            case EINTR, ECONNABORTED, EPROTO:
                continue
            case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                // Out of descriptors: stop accepting for a moment (level-triggered epoll would
                // wake us at once), leaving the connections in the backlog.
                pause(for: .milliseconds(100))
                return
            default:
                return
            }
        }
    }

    private func pause(for delay: TimeAmount) {
        paused = true
        loop.modify(self, fd: descriptor, events: 0)
        let this = UnsafeTransfer(self)
        _ = loop.scheduleTask(in: delay) {
            // Runs on the loop, the listener's only thread.
            let listener = this.value
            guard listener.descriptor >= 0 else { return }
            listener.paused = false
            listener.loop.modify(listener, fd: listener.descriptor, events: CREASE_EPOLLIN)
        }
    }

    /// Stops listening; call on the loop.
    public func close() {
        guard descriptor >= 0 else { return }
        loop.deregister(self, fd: descriptor)
        Glibc.close(descriptor)
        descriptor = -1
    }
}
#endif

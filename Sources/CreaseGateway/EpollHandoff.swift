#if os(Linux)
import CreaseTransport
import Glibc
import NIOCore
import Synchronization

/// One accepted socket of the epoll transport on its way through SwiftNIO's HTTP code.
///
/// The epoll listener accepts the socket and gives SwiftNIO a duplicate of its descriptor
/// (`dup`): HTTP requests, refusals and the upgrade are served there as on the NIO transport.
/// When an upgrade's `101` has been written, the original descriptor moves to an epoll loop
/// (``EpollWebSocketSession``) and SwiftNIO's channel closes its duplicate, which leaves the
/// socket open (a socket closes with its last descriptor). Any other end of the HTTP
/// connection closes the original too.
///
/// Guarantees: the original descriptor is either handed over or closed, exactly once; the
/// socket's descriptor-budget slot is given back exactly once.
final class EpollHandoff: UpgradeHandover {
    private enum State {
        case waiting
        case handedOver
        case closed
    }

    private let descriptor: Int32
    private let loop: EpollEventLoop
    private let state = Mutex(State.waiting)

    init(descriptor: Int32, loop: EpollEventLoop) {
        self.descriptor = descriptor
        self.loop = loop
    }

    /// Moves the socket to its epoll loop as an upgraded connection; `prefix`: bytes the
    /// client sent after its request. False when the HTTP side closed it already.
    func handOver(
        prefix: [ByteBuffer], role: ConnectionRole, deflate: NegotiatedDeflate?, environment: GatewayEnvironment
    ) -> Bool {
        let won = state.withLock { state in
            guard case .waiting = state else { return false }
            state = .handedOver
            return true
        }
        guard won else { return false }
        let loop = self.loop
        let descriptor = self.descriptor
        loop.execute {
            EpollWebSocketSession.start(
                descriptor: descriptor, prefix: prefix, loop: loop, role: role, deflate: deflate,
                environment: environment)
        }
        return true
    }

    /// SwiftNIO's channel closed: unless handed over, the socket ends here.
    func httpClosed(environment: GatewayEnvironment) {
        let close = state.withLock { state in
            guard case .waiting = state else { return false }
            state = .closed
            return true
        }
        guard close else { return }
        Glibc.close(descriptor)
        environment.releaseSocket()
    }
}

#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How many sockets a gateway may hold, from the process's open-files limit.
///
/// Running out of descriptors is not a failure the process survives: libdispatch, the executor
/// of Swift concurrency on Linux, counts its busy workers once a second by opening
/// `/proc/<tid>/stat`, and traps when that `open` fails (EMFILE). So the gateway never lets
/// client sockets take the last descriptors:
///
/// - `socketLimit`: accepted sockets (WebSocket or plain HTTP) past it are closed at once, before
///   reading a byte; a load balancer in front retries them on another gateway.
/// - `webSocketLimit`: upgrades past it are refused with 503 `max_connections` (PROTOCOL.md §5),
///   leaving room for health checks, metrics and REST resyncs on a full gateway.
///
/// What stays in reserve (`128 + 4 × event loops`, at most a quarter of the limit, never less than
/// `3 × event loops + 16`) covers Redis connections, each event loop's epoll and wake-up
/// descriptors, the listeners and the runtime's own short-lived files.
public struct DescriptorBudget: Sendable, Equatable {
    /// The open-files (soft) limit the budget was made from.
    public let openFilesLimit: Int
    /// Sockets of clients, WebSocket or not, the gateway holds at most.
    public let socketLimit: Int
    /// WebSocket connections the gateway admits at most: `MAX_CONNECTIONS` or less.
    public let webSocketLimit: Int

    public init(openFilesLimit: Int, eventLoops: Int, maxConnections: Int) {
        self.openFilesLimit = openFilesLimit
        // Each event loop holds ~3 descriptors (epoll, eventfd, timerfd) whatever the limit.
        let reserve = max(min(128 + 4 * eventLoops, openFilesLimit / 4), 3 * eventLoops + 16)
        socketLimit = max(0, openFilesLimit - reserve)
        let plainHTTPRoom = min(256, socketLimit / 8)
        webSocketLimit = max(0, min(maxConnections, socketLimit - plainHTTPRoom))
    }

    /// Why an accepted socket was closed at once.
    public struct Exhausted: Error, CustomStringConvertible {
        public var description: String { "no descriptors to spare: connection closed on accept" }
    }

    /// The process's open-files limit now (the soft limit; `Int.max` when unlimited).
    public static func currentOpenFilesLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(resourceNOFILE, &limit) == 0 else { return Int.max }
        return Int(clamping: limit.rlim_cur)  // unlimited (all ones) clamps to Int.max
    }

    /// Raises the soft open-files limit to the hard one, as servers do at start-up (a container's
    /// soft limit is often 1,024 under a hard limit of a million); returns the limit in force.
    @discardableResult
    public static func raiseOpenFilesLimit() -> Int {
        var limit = rlimit()
        if getrlimit(resourceNOFILE, &limit) == 0, limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = limit.rlim_max
            _ = setrlimit(resourceNOFILE, &limit)
        }
        return currentOpenFilesLimit()
    }

    #if canImport(Glibc)
    private static let resourceNOFILE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resourceNOFILE = RLIMIT_NOFILE
    #endif
}

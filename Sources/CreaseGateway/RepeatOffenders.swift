import CreaseProtocol
import Glibc
import NIOCore
import Synchronization

/// The client addresses whose connections keep breaking the protocol, and which of them are
/// barred from connecting for a while (`VIOLATION_LIMIT`, README "Memory under hostile
/// clients").
///
/// A violation is a close the client caused (1002, 1007, 1008, 1009). An address with `limit`
/// of them within `window` (a window that starts at its first violation, and again at the first
/// after it ends) is barred for `barDuration`: its new connections are closed as they
/// are accepted, before a byte of theirs is read, while its open ones carry on under the usual
/// rules. A deflate bomb thus costs the gateway a few hundred microseconds `limit` times, then an
/// accept and a close.
///
/// Guarantees: memory is bounded by `capacity` entries of each kind, whatever the clients do
/// (an address that comes when the table is full, after the expired entries are gone, is not
/// tracked: barring fails open, never shut); time only comes in as the `now` of each call.
struct RepeatOffenders {
    /// Who an address is, for counting: an IPv4 address (also when mapped into IPv6), or an
    /// IPv6 address's /64 prefix (one host, one subnet).
    struct Source: Hashable, Sendable {
        let bits: UInt64
        let isIPv6: Bool

        init(ipv4 address: UInt32) {
            bits = UInt64(address)
            isIPv6 = false
        }

        init(ipv6Prefix prefix: UInt64) {
            bits = prefix
            isIPv6 = true
        }
    }

    /// Why a connection from a barred address was closed as it was accepted.
    struct Barred: Error, CustomStringConvertible {
        var description: String { "the client's address is barred for repeated violations (VIOLATION_LIMIT)" }
    }

    let limit: Int
    let window: UInt64
    let barDuration: UInt64
    let capacity: Int
    /// Violations of each address seen in its current window: how many, and when it began.
    private var strikes: [Source: (count: Int, since: UInt64)] = [:]
    /// Until when each barred address is barred.
    private var barred: [Source: UInt64] = [:]
    /// When a full table may next be swept for expired entries: at most once a second each, so
    /// that addresses arriving at a table full of live ones do not each cost a scan of it.
    private var nextStrikesSweep: UInt64 = 0
    private var nextBarsSweep: UInt64 = 0

    /// - Parameters:
    ///   - limit: violations within `window` that bar an address (at least 1).
    ///   - window: nanoseconds.
    ///   - barDuration: nanoseconds.
    ///   - capacity: the most addresses kept of each kind (counted, barred).
    init(limit: Int, window: UInt64, barDuration: UInt64, capacity: Int = 65_536) {
        precondition(limit >= 1 && capacity >= 1)
        self.limit = limit
        self.window = window
        self.barDuration = barDuration
        self.capacity = capacity
    }

    var trackedCount: Int { strikes.count }
    var barredCount: Int { barred.count }

    /// Counts one violation of `source`; true when it is this one that bars it.
    mutating func recordViolation(by source: Source, at now: UInt64) -> Bool {
        if let until = barred[source], now < until { return false }
        var entry = strikes[source] ?? (0, now)
        if Self.elapsed(since: entry.since, at: now) >= window { entry = (0, now) }
        entry.count += 1
        guard entry.count >= limit else {
            if strikes[source] == nil,
                !makeRoom(
                    in: &strikes, sweptNext: &nextStrikesSweep, at: now,
                    isLive: {
                        Self.elapsed(since: $0.since, at: now) < window
                    })
            {
                return false
            }
            strikes[source] = entry
            return false
        }
        strikes[source] = nil
        guard
            barred[source] != nil || makeRoom(in: &barred, sweptNext: &nextBarsSweep, at: now, isLive: { now < $0 })
        else { return false }
        barred[source] = now &+ barDuration
        return true
    }

    /// Nanoseconds from `since` to `now`; 0 for a `now` read before `since` (two loops' clock
    /// readings may reach the table in either order).
    private static func elapsed(since: UInt64, at now: UInt64) -> UInt64 {
        now > since ? now - since : 0
    }

    /// Whether `source` is barred at `now` (forgetting it once its time is up).
    mutating func isBarred(_ source: Source, at now: UInt64) -> Bool {
        guard let until = barred[source] else { return false }
        if now < until { return true }
        barred[source] = nil
        return false
    }

    /// Whether `table` has room for one more entry, after dropping the entries no longer live
    /// (when a second has passed since the last such sweep).
    private func makeRoom<Value>(
        in table: inout [Source: Value], sweptNext nextSweep: inout UInt64, at now: UInt64, isLive: (Value) -> Bool
    ) -> Bool {
        if table.count < capacity { return true }
        guard now >= nextSweep else { return false }
        nextSweep = now &+ 1_000_000_000
        table = table.filter { isLive($0.value) }
        return table.count < capacity
    }
}

extension RepeatOffenders.Source: CustomStringConvertible {
    /// Dotted IPv4, or the IPv6 prefix as `a:b:c:d::/64`.
    var description: String {
        if !isIPv6 { return (0..<4).map { "\((bits >> (24 - 8 * $0)) & 0xFF)" }.joined(separator: ".") }
        return (0..<4).map { String((bits >> (48 - 16 * $0)) & 0xFFFF, radix: 16) }.joined(separator: ":") + "::/64"
    }

    /// The source of a peer's address; nil for a Unix socket.
    init?(_ address: SocketAddress) {
        switch address {
        case .v4(let v4):
            self.init(ipv4: UInt32(bigEndian: v4.address.sin_addr.s_addr))
        case .v6(let v6):
            var bytes = v6.address.sin6_addr
            let words = withUnsafeBytes(of: &bytes) { raw in
                (
                    raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self).bigEndian,
                    raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self).bigEndian
                )
            }
            // ::ffff:a.b.c.d is the IPv4 client a dual-stack socket sees.
            if words.0 == 0, words.1 >> 32 == 0xFFFF {
                self.init(ipv4: UInt32(truncatingIfNeeded: words.1))
            } else {
                self.init(ipv6Prefix: words.0)
            }
        case .unixDomainSocket:
            return nil
        }
    }

    /// The source of the peer of a TCP socket; nil when it has none to tell.
    ///
    /// `SO_PEERNAME`, not `getpeername(2)`: it still answers once the peer has reset the
    /// connection, so a client that resets right after breaking a rule is counted all the same
    /// (`getpeername` fails with `ENOTCONN` then). It wants the size of the address exactly.
    init?(peerOf descriptor: Int32) {
        var address = sockaddr_in6()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_PEERNAME, &address, &length) == 0 else { return nil }
        switch Int32(address.sin6_family) {
        case AF_INET:
            self.init(SocketAddress(withUnsafeBytes(of: address) { $0.load(as: sockaddr_in.self) }, host: ""))
        case AF_INET6:
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            guard getsockopt(descriptor, SOL_SOCKET, SO_PEERNAME, &address, &length) == 0 else { return nil }
            self.init(SocketAddress(address, host: ""))
        default:
            return nil
        }
    }
}

/// ``RepeatOffenders`` shared by every loop of a gateway (a violation seen on one loop bars the
/// address on all); nil in ``GatewayEnvironment`` when `VIOLATION_LIMIT` is 0.
final class OffenderRegister: Sendable {
    private let state: Mutex<RepeatOffenders>

    init(_ offenders: RepeatOffenders) {
        state = Mutex(offenders)
    }

    /// Counts one violation of `source`; true when it is this one that bars it. The clock is
    /// read under the lock, so the table sees time in order.
    func recordViolation(by source: RepeatOffenders.Source) -> Bool {
        state.withLock { $0.recordViolation(by: source, at: NIODeadline.now().uptimeNanoseconds) }
    }

    func isBarred(_ source: RepeatOffenders.Source) -> Bool {
        state.withLock { $0.isBarred(source, at: NIODeadline.now().uptimeNanoseconds) }
    }
}

extension CloseCode {
    /// Whether the client caused this close by breaking a rule (counted by ``RepeatOffenders``);
    /// a silent peer or a restart is not a violation.
    var isViolation: Bool {
        switch self {
        case .protocolError, .invalidPayload, .policyViolation, .messageTooBig: true
        case .normal, .goingAway, .internalError, .serviceRestart: false
        }
    }
}

import CreaseProtocol
import NIOCore
import Testing

@testable import CreaseGateway

/// `VIOLATION_LIMIT`'s rules alone: counting, barring, forgetting, and the table's bound.
struct RepeatOffendersTests {
    private static let second: UInt64 = 1_000_000_000
    private let bomber = RepeatOffenders.Source(ipv4: 0x7F00_0006)
    private let viewer = RepeatOffenders.Source(ipv4: 0x7F00_0002)

    @Test func anAddressIsBarredByItsViolationAtTheLimitWithinTheWindowAndNotBefore() {
        let offenders = Offenders(limit: 3, window: 60 * Self.second, barDuration: 30 * Self.second)
        #expect(!offenders.strike(bomber, at: 0))
        #expect(!offenders.strike(bomber, at: Self.second))
        #expect(!offenders.barred(bomber, at: Self.second))
        #expect(offenders.strike(bomber, at: 2 * Self.second))
        #expect(offenders.barred(bomber, at: 2 * Self.second))
        // Another address is not touched, and a barred one is not barred again.
        #expect(!offenders.barred(viewer, at: 2 * Self.second))
        #expect(!offenders.strike(bomber, at: 3 * Self.second))
    }

    @Test func violationsFurtherApartThanTheWindowDoNotAddUp() {
        let offenders = Offenders(limit: 2, window: 10 * Self.second, barDuration: 30 * Self.second)
        #expect(!offenders.strike(bomber, at: 0))
        #expect(!offenders.strike(bomber, at: 10 * Self.second))  // a new window
        #expect(offenders.strike(bomber, at: 19 * Self.second))
    }

    @Test func aClockReadingOlderThanTheWindowsStartStillCountsInIt() {
        // Two loops read the clock, then reach the table in the other order.
        let offenders = Offenders(limit: 2, window: 10 * Self.second, barDuration: 30 * Self.second)
        #expect(!offenders.strike(bomber, at: 5 * Self.second))
        #expect(offenders.strike(bomber, at: 5 * Self.second - 1))
    }

    @Test func aBarEndsAfterItsDurationAndTheAddressStartsAfresh() {
        let offenders = Offenders(limit: 2, window: 60 * Self.second, barDuration: 30 * Self.second)
        _ = offenders.strike(bomber, at: 0)
        #expect(offenders.strike(bomber, at: 0))
        #expect(offenders.barred(bomber, at: 30 * Self.second - 1))
        #expect(!offenders.barred(bomber, at: 30 * Self.second))
        #expect(offenders.barredCount == 0)
        // The strikes before the bar do not count again: one violation is not enough.
        #expect(!offenders.strike(bomber, at: 31 * Self.second))
        #expect(offenders.strike(bomber, at: 32 * Self.second))
    }

    @Test func theTablesStayWithinTheirCapacityWhateverTheAddresses() {
        let offenders = Offenders(limit: 2, window: 60 * Self.second, barDuration: 30 * Self.second, capacity: 4)
        for address in UInt32(1)...1_000 {
            _ = offenders.strike(RepeatOffenders.Source(ipv4: address), at: Self.second)
        }
        #expect(offenders.trackedCount == 4)
        // Full of live entries, a new address is not tracked (fails open, never shut)...
        let newcomer = RepeatOffenders.Source(ipv4: 5_000)
        #expect(!offenders.strike(newcomer, at: 2 * Self.second))
        #expect(!offenders.strike(newcomer, at: 2 * Self.second))
        // ...until the entries' window is over: then they make room.
        #expect(!offenders.strike(newcomer, at: 70 * Self.second))
        #expect(offenders.trackedCount == 1)
        #expect(offenders.strike(newcomer, at: 70 * Self.second))
        // Bars are bounded the same way: with the newcomer's bar, three more fit; addresses 4
        // and 5 are not barred while those last.
        for address in UInt32(1)...5 {
            let source = RepeatOffenders.Source(ipv4: address)
            _ = offenders.strike(source, at: 71 * Self.second)
            #expect(offenders.strike(source, at: 71 * Self.second) == (address <= 3))
        }
        #expect(offenders.barredCount == 4)
        #expect(!offenders.barred(RepeatOffenders.Source(ipv4: 4), at: 72 * Self.second))
        #expect(!offenders.barred(RepeatOffenders.Source(ipv4: 5), at: 72 * Self.second))
        // Once the bars are over, they make room too.
        _ = offenders.strike(RepeatOffenders.Source(ipv4: 5), at: 120 * Self.second)
        #expect(offenders.strike(RepeatOffenders.Source(ipv4: 5), at: 120 * Self.second))
        #expect(offenders.barredCount == 1)
    }

    @Test func anIPv4ClientSeenThroughADualStackSocketIsTheSameSourceAndIPv6CountsBySlash64() throws {
        let plain = try #require(RepeatOffenders.Source(try SocketAddress(ipAddress: "127.0.0.6", port: 1)))
        let mapped = try #require(RepeatOffenders.Source(try SocketAddress(ipAddress: "::ffff:127.0.0.6", port: 2)))
        #expect(plain == mapped)
        #expect(plain == bomber)
        #expect(plain.description == "127.0.0.6")
        let host = try #require(RepeatOffenders.Source(try SocketAddress(ipAddress: "2001:db8:1:2::7", port: 1)))
        let sameSubnet = try #require(
            RepeatOffenders.Source(try SocketAddress(ipAddress: "2001:db8:1:2:ff::1", port: 1)))
        let otherSubnet = try #require(RepeatOffenders.Source(try SocketAddress(ipAddress: "2001:db8:1:3::7", port: 1)))
        #expect(host == sameSubnet)
        #expect(host != otherSubnet)
        #expect(host.description == "2001:db8:1:2::/64")
    }

    @Test func onlyTheClosesAClientCausesByBreakingARuleAreViolations() {
        let violations = [CloseCode.protocolError, .invalidPayload, .policyViolation, .messageTooBig]
        for code in [
            CloseCode.normal, .goingAway, .protocolError, .invalidPayload, .policyViolation, .messageTooBig,
            .internalError, .serviceRestart,
        ] {
            #expect(code.isViolation == violations.contains(code), "\(code)")
        }
    }
}

/// The value under test in a class, so that `#expect` can call its mutating methods.
private final class Offenders {
    private var value: RepeatOffenders

    init(limit: Int, window: UInt64, barDuration: UInt64, capacity: Int = 65_536) {
        value = RepeatOffenders(limit: limit, window: window, barDuration: barDuration, capacity: capacity)
    }

    func strike(_ source: RepeatOffenders.Source, at now: UInt64) -> Bool {
        value.recordViolation(by: source, at: now)
    }

    func barred(_ source: RepeatOffenders.Source, at now: UInt64) -> Bool { value.isBarred(source, at: now) }
    var trackedCount: Int { value.trackedCount }
    var barredCount: Int { value.barredCount }
}

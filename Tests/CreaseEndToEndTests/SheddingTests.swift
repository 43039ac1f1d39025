import CreaseClient
import CreaseProtocol
import Testing

@testable import CreaseGateway

/// PROTOCOL.md §2.3 overload shedding: past `SHED_QUEUED_BYTES` the gateway sheds `low`
/// deltas for everyone (each with a `resync` `shed`), keeps `critical` ones flowing, and stops
/// shedding once the pressure is gone.
@Suite struct SheddingTests {
    @Test func queuedBytesPastTheThresholdShedLowButNeverCritical() async throws {
        let environment = [
            "SHED_QUEUED_BYTES": "32768", "SHED_LAG_MS": "60000", "SOCKET_SEND_BUFFER": "4096",
            "OUTBOUND_QUEUE_DEPTH": "10000", "OUTBOUND_QUEUE_BYTES": "4194304", "ACK_TIMEOUT_MS": "600000",
        ]
        try await withGateway(environment) { gateway in
            let stalled = try await gateway.connect(receiveBuffer: 4096)
            _ = try await stalled.next("hello")
            stalled.send(.subscribe(match: MatchID("busy")!, since: nil))
            _ = try await stalled.next("snapshot")
            let (watcher, _) = try await gateway.subscribed(to: "quiet")
            try await stalled.setReading(false)

            // Fill the stalled client's queue past the threshold with critical deltas (never shed).
            let padding = String(repeating: "x", count: 4000)
            var level: Double = 0
            for _ in 0..<200 where level < 1 {
                try await gateway.publish("busy", ["commentary": .string(padding)], priority: .critical)
                level = try await gateway.metric("crease_shed_level") ?? 0
            }
            #expect(try await eventually { (try await gateway.metric("crease_shed_level") ?? 0) >= 1 })

            try await gateway.publish("quiet", ["commentary": "a lovely cover drive"], priority: .low)
            let shed = try await watcher.nextJSON()
            #expect(shed["type"] == .string("resync"))
            #expect(shed["reason"] == .string("shed"))
            let wicket = try await gateway.publish("quiet", ["wickets": 1], priority: .critical)
            let critical = try await watcher.next("delta")
            #expect(critical["seq"] == .integer(wicket))
            #expect((try await gateway.metric(#"crease_dropped_total{priority="low",reason="shed"}"#) ?? 0) >= 1)
            #expect(try await gateway.metric(#"crease_dropped_total{priority="critical",reason="shed"}"#) == 0)

            // The stalled client leaves: its queue goes, and shedding stops.
            await stalled.disconnect()
            #expect(try await eventually { try await gateway.metric("crease_shed_level") == 0 })
            let comment = try await gateway.publish("quiet", ["commentary": "back to normal"], priority: .low)
            #expect(try await watcher.next("delta")["seq"] == .integer(comment))
        }
    }
}

/// The shedding level's thresholds and hysteresis, without a socket.
@Suite struct LoadShedderTests {
    @Test func levelsRiseAtOnceAndFallWithHysteresis() {
        let shedder = LoadShedder(lagThresholdMilliseconds: 100, queuedBytesThreshold: 1000, lagSamples: 1)
        #expect(shedder.observe(lagNanoseconds: 50_000_000) == 0)
        #expect(!shedder.sheds(.low))
        #expect(shedder.observe(lagNanoseconds: 120_000_000) == 1)
        #expect(shedder.sheds(.low) && !shedder.sheds(.normal) && !shedder.sheds(.critical))
        #expect(shedder.observe(lagNanoseconds: 70_000_000) == 1)  // not yet below half a level
        #expect(shedder.observe(lagNanoseconds: 40_000_000) == 0)
        shedder.addQueued(2500)
        #expect(shedder.observe(lagNanoseconds: 0) == 2)
        #expect(shedder.sheds(.normal) && !shedder.sheds(.critical))
        shedder.addQueued(-1200)  // 1300 bytes: pressure 1.3, still within level 2's hysteresis
        #expect(shedder.observe(lagNanoseconds: 0) == 1)
        shedder.addQueued(-1300)
        #expect(shedder.observe(lagNanoseconds: 0) == 0)
        #expect(shedder.queuedBytes == 0)
    }

    /// One late reading (a long fan-out pass) sheds nothing; lag in every reading of the window
    /// does, and a single prompt reading ends it.
    @Test func onlyLagThatPersistsSheds() {
        let shedder = LoadShedder(lagThresholdMilliseconds: 100, queuedBytesThreshold: 1 << 30, lagSamples: 4)
        #expect(shedder.observe(lagNanoseconds: 900_000_000) == 0)
        for _ in 0..<2 { #expect(shedder.observe(lagNanoseconds: 150_000_000) == 0) }
        #expect(shedder.observe(lagNanoseconds: 150_000_000) == 1)  // four late readings in a row
        #expect(shedder.sheds(.low) && !shedder.sheds(.normal))
        #expect(shedder.observe(lagNanoseconds: 1_000_000) == 0)
        // A fan-out backlog sheds only past its own threshold, and only when it persists.
        let busy = LoadShedder(
            lagThresholdMilliseconds: 100, queuedBytesThreshold: 1 << 30, backlogThresholdMilliseconds: 1_000,
            lagSamples: 2)
        #expect(busy.observe(lagNanoseconds: 0, backlogNanoseconds: 400_000_000) == 0)
        #expect(busy.observe(lagNanoseconds: 0, backlogNanoseconds: 400_000_000) == 0)  // late, not overloaded
        #expect(busy.observe(lagNanoseconds: 0, backlogNanoseconds: 1_500_000_000) == 0)
        #expect(busy.observe(lagNanoseconds: 0, backlogNanoseconds: 2_500_000_000) == 1)
        #expect(busy.observe(lagNanoseconds: 0, backlogNanoseconds: 2_500_000_000) == 2)
        // Queued bytes still count at once.
        shedder.addQueued(1 << 30)
        #expect(shedder.observe(lagNanoseconds: 0) == 1)
    }
}

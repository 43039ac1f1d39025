import CreaseClient
import CreaseProtocol
import Testing

/// PROTOCOL.md §2.3: a slow or stalled client loses only its own deltas, always with a resync,
/// and never slows the others.
@Suite struct SlowConsumerTests {
    @Test func aClientThatNeverAcksGetsAResyncWhileAnAckingClientGetsEverything() async throws {
        // 3 s: long enough for the diligent client's acks while the rest of the suite keeps both
        // cores busy (its reading task can wait a second for a thread: at 300 ms and at 1 s it
        // was now and then resynced itself, in make test, never alone).
        try await withGateway(["ACK_TIMEOUT_MS": "3000"]) { gateway in
            let lazy = try await gateway.connectAndGreet()
            let diligent = try await gateway.connectAndGreet()
            for client in [lazy, diligent] {
                client.send(.subscribe(match: MatchID("m1")!, since: nil))
                _ = try await client.next("snapshot")
            }
            let start = ContinuousClock.now
            var resync: JSONValue?
            var seq: Int64 = 0
            // Publish until the lazy client is told to resync; the diligent one acks each delta.
            while resync == nil, ContinuousClock.now - start < .seconds(20) {
                seq = try await gateway.publish("m1", ["runs": .integer(seq + 1)])
                let delta = try await diligent.next("delta")
                #expect(delta["seq"] == .integer(seq))
                diligent.send(.ack(match: MatchID("m1")!, seq: seq))
                while let message = try? await lazy.nextJSON(timeout: .milliseconds(20)) {
                    if message["type"] == .string("resync") { resync = message }
                }
            }
            let elapsed = ContinuousClock.now - start
            #expect(resync?["reason"] == .string("slow_consumer"))
            #expect(resync?["snapshot_url"] == .string("/v1/matches/m1"))
            #expect(elapsed >= .milliseconds(3000))
            // The diligent client never saw a resync; later deltas keep flowing to the lazy one.
            while let message = try? await diligent.nextJSON(timeout: .milliseconds(50)) {
                #expect(message["type"] != .string("resync"), "\(message)")
            }
            let next = try await gateway.publish("m1", ["runs": 0])
            #expect(try await lazy.next("delta")["seq"] == .integer(next))
            #expect(try await diligent.next("delta")["seq"] == .integer(next))
        }
    }

    /// The ack clocks are scanned only once one of them may have run out. A delta handed over
    /// while the client is held for its allowance asks for no visit of its own (one is due
    /// sooner); the allowance's visits skip the scan, the last of them must ask for a visit
    /// when the scan falls due, and the resync comes then, not at the sweep up to 15 minutes
    /// later.
    @Test func aDeltaUnackedWhileTheClientIsHeldStillGetsItsResync() async throws {
        // Frames: a burst of 20, then 10 a second; ticks every 500 ms; the sweep comes round
        // every 15 minutes (a quarter of the longest heartbeat), so it cannot stand in for the
        // visit asked for.
        let environment = [
            "ACK_TIMEOUT_MS": "4000", "CLIENT_FRAME_RATE": "10", "HEARTBEAT_MS": "3600000",
            "HEARTBEAT_TIMEOUT_MS": "7200000",
        ]
        try await withGateway(environment) { gateway in
            let client = try await gateway.connectAndGreet()
            let matches = (1...20).map { MatchID("m\($0)")! }
            for match in matches { client.send(.subscribe(match: match, since: nil)) }
            for _ in matches { _ = try await client.next("snapshot") }
            // Past the burst: about a second and a half held, visited at each tick.
            for index in 0..<15 { client.sendFrame(opcode: .ping, payload: [UInt8(index)]) }
            // The third pong comes after a visit let the held pings in (that visit scanned the
            // clocks and found nothing to wait for); the delta goes out while still held.
            var pongs = 0
            while pongs < 3 {
                if case .pong = try await client.nextFrame() { pongs += 1 }
            }
            let seq = try await gateway.publish("m7", ["runs": 1])
            #expect(try await client.next("delta")["seq"] == .integer(seq))
            // Due about 4 s after the delta; 30 s is room for a loaded machine, not a bound (the
            // sweep would come at a random time within 15 minutes).
            let resync = try await client.next("resync", timeout: .seconds(30))
            #expect(resync["match"] == .string("m7"))
            #expect(resync["reason"] == .string("slow_consumer"))
            // Held: by the twentieth subscribe already, or by the pings.
            #expect(try await gateway.metric(#"crease_input_held_total{limit="frames"}"#) ?? 0 >= 1)
        }
    }

    @Test func aStalledReaderIsBoundedAndResyncedWhileOthersGetEveryDelta() async throws {
        let environment = [
            "OUTBOUND_QUEUE_DEPTH": "16", "OUTBOUND_QUEUE_BYTES": "65536", "SOCKET_SEND_BUFFER": "4096",
            "ACK_TIMEOUT_MS": "600000",
        ]
        try await withGateway(environment) { gateway in
            let stalled = try await gateway.connect(receiveBuffer: 4096)
            let healthy = try await gateway.connectAndGreet()
            _ = try await stalled.next("hello")
            for client in [stalled, healthy] {
                client.send(.subscribe(match: MatchID("m1")!, since: nil))
                _ = try await client.next("snapshot")
            }
            try await stalled.setReading(false)
            let padding = String(repeating: "x", count: 2000)
            let total: Int64 = 400
            for runs in 1...total {
                try await gateway.publish(
                    "m1", ["runs": .integer(runs), "commentary": .string(padding)],
                    priority: runs % 10 == 0 ? .critical : .low)
                let delta = try await healthy.next("delta")
                #expect(delta["seq"] == .integer(runs))
            }
            // 400 deltas of ~2 KB = 800 KB cannot fit the stalled client's bounded queue and buffers.
            let droppedLow = try await gateway.metric(#"crease_dropped_total{priority="low",reason="queue_full"}"#) ?? 0
            let droppedCritical =
                try await gateway.metric(#"crease_dropped_total{priority="critical",reason="queue_full"}"#) ?? 0
            let dropped = droppedLow + droppedCritical
            #expect(droppedLow > 0)
            // Lowest priority first: a critical goes only when no low one is left to drop.
            #expect(droppedCritical < droppedLow)

            try await stalled.setReading(true)
            var received = 0
            var sawResync = false
            var lastSeq: Int64 = 0
            while lastSeq < total {
                let message = try await stalled.nextJSON()
                if message["type"] == .string("resync") {
                    sawResync = true
                    #expect(message["reason"] == .string("slow_consumer"))
                } else if message["type"] == .string("delta") {
                    received += 1
                    let seq = message["seq"]!.integerValue!
                    #expect(seq > lastSeq)
                    lastSeq = seq
                }
            }
            #expect(sawResync)
            #expect(received < Int(total))
            #expect(Double(received) + dropped == Double(total))
        }
    }
}

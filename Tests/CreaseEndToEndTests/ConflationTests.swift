import CreaseClient
import CreaseProtocol
import Testing

/// Protocol 1.1 (PROTOCOL.md §4, `delta` with `from`): a subscriber that asks with
/// `"conflate": true` gets the deltas that would wait for it folded into one, instead of drops
/// and a `resync`; a subscriber that did not ask sees version 1 exactly.
@Suite struct ConflationTests {
    private static let match = MatchID("m1")!

    /// What a client does with a delta or a run: applies it when it starts right after what
    /// it holds; returns the seq it holds afterwards.
    private static func apply(_ message: JSONValue, to state: inout JSONValue?, holding seq: Int64) -> Int64 {
        let last = message["seq"]!.integerValue!
        let from = message["from"]?.integerValue ?? last
        #expect(from == seq + 1, "ranges never overlap or skip: held \(seq), got \(from)…\(last)")
        state = MergePatch.apply(message["data"]!, to: state)
        return last
    }

    @Test func aStalledConflatingReaderGetsFoldedDeltasAndNoResyncWhileAPlainOneIsResynced() async throws {
        let environment = [
            "OUTBOUND_QUEUE_DEPTH": "16", "OUTBOUND_QUEUE_BYTES": "65536", "SOCKET_SEND_BUFFER": "4096",
            "ACK_TIMEOUT_MS": "600000",
        ]
        try await withGateway(environment) { gateway in
            let conflating = try await gateway.connect(receiveBuffer: 4096)
            let plain = try await gateway.connect(receiveBuffer: 4096)
            let healthy = try await gateway.connectAndGreet()
            var snapshots: [JSONValue] = []
            for (client, conflate) in [(conflating, true), (plain, false)] {
                _ = try await client.next("hello")
                client.send(.subscribe(match: Self.match, since: nil, conflate: conflate))
                snapshots.append(try await client.next("snapshot"))
                try await client.setReading(false)
            }
            healthy.send(.subscribe(match: Self.match, since: nil))
            _ = try await healthy.next("snapshot")
            let padding = String(repeating: "x", count: 2000)
            let total: Int64 = 300
            for runs in 1...total {
                let patch: JSONValue =
                    runs % 50 == 0
                    ? ["wickets": .integer(runs / 50)]
                    : ["runs": .integer(runs), "commentary": .string(padding + "\(runs)")]
                try await gateway.publish("m1", patch, priority: runs % 50 == 0 ? .critical : .low)
                #expect(try await healthy.next("delta")["seq"] == .integer(runs))
            }
            let expected = try #require(try await gateway.http("GET", "/v1/matches/m1").json)

            try await conflating.setReading(true)
            var state: JSONValue? = snapshots[0]["state"]!
            var held = snapshots[0]["seq"]!.integerValue!
            var runs = 0
            while held < total {
                let message = try await conflating.nextJSON()
                #expect(message["type"] == .string("delta"), "no resync, nothing else: \(message)")
                guard message["type"] == .string("delta") else { break }
                if message["from"] != nil { runs += 1 }
                held = Self.apply(message, to: &state, holding: held)
            }
            #expect(runs > 0)
            #expect(state == expected["state"])
            #expect(try await gateway.metric("crease_conflated_deltas_total") ?? 0 > 0)

            // The plain client: drops, a resync, and never a range.
            try await plain.setReading(true)
            var sawResync = false
            var last: Int64 = 0
            while last < total {
                let message = try await plain.nextJSON()
                if message["type"] == .string("resync") { sawResync = true }
                if message["type"] == .string("delta") {
                    #expect(message["from"] == nil)
                    last = message["seq"]!.integerValue!
                }
            }
            #expect(sawResync)
        }
    }

    /// A conflating client that falls behind has little left in socket buffers
    /// (`CONFLATE_SEND_BUFFER`): when it reads again it gets a few deltas that were already on
    /// their way and then the newest state in one run, not a backlog of everything sent before.
    @Test(
        .serialized,
        // Measured: 6–18 messages limited (64 once; the client's own read-ahead before it stops
        // reading varies); unlimited, 1 MiB socket buffers take nearly all 300 deltas one by one
        // (244 once in 20 runs of `make test`, when the kernel had not grown the buffer yet).
        arguments: [("4096", 0..<120), ("0", 150..<301)])
    func whatWaitsForALaggingConflatingClientWaitsWhereItFolds(limit: String, expected: Range<Int>) async throws {
        // Large socket buffers on the gateway (1 MiB), a small receive buffer on the client.
        let environment = ["CONFLATE_SEND_BUFFER": limit, "ACK_TIMEOUT_MS": "600000", "SOCKET_SEND_BUFFER": "1048576"]
        try await withGateway(environment) { gateway in
            let lagging = try await gateway.connect(receiveBuffer: 4096)
            _ = try await lagging.next("hello")
            lagging.send(.subscribe(match: Self.match, since: nil, conflate: true))
            let snapshot = try await lagging.next("snapshot")
            try await lagging.setReading(false)
            let padding = String(repeating: "x", count: 2000)
            let total: Int64 = 300
            for runs in 1...total {
                try await gateway.publish("m1", ["runs": .integer(runs), "commentary": .string(padding + "\(runs)")])
            }
            // Publishing returns before the fan-out has handed every delta over: wait until each is
            // written to the socket (its frame counted) or folded into the waiting run (the one
            // run itself neither). The hello and the snapshot are the first two frames.
            #expect(
                try await eventually {
                    let frames = try await gateway.metric("crease_frames_sent_total") ?? 0
                    let folded = try await gateway.metric("crease_conflated_deltas_total") ?? 0
                    return frames + folded >= Double(2 + total - 1)
                })
            try await lagging.setReading(true)
            var held = snapshot["seq"]!.integerValue!
            var messages = 0
            while held < total {
                let message = try await lagging.next("delta")
                held = message["seq"]!.integerValue!
                messages += 1
            }
            #expect(expected.contains(messages), "\(messages) messages to catch up with CONFLATE_SEND_BUFFER=\(limit)")
        }
    }

    /// At an ack timeout a conflating client is not resynced: what waits for it is folded
    /// already. The plain client beside it, acking no more than it, is.
    @Test func anAckTimeoutDoesNotResyncAConflatingClient() async throws {
        try await withGateway(["ACK_TIMEOUT_MS": "1000"]) { gateway in
            let conflating = try await gateway.connectAndGreet()
            let plain = try await gateway.connectAndGreet()
            for (client, conflate) in [(conflating, true), (plain, false)] {
                client.send(.subscribe(match: Self.match, since: nil, conflate: conflate))
                _ = try await client.next("snapshot")
            }
            var seq: Int64 = 0
            var resynced = false
            // Neither acks; publish until the plain client times out.
            while !resynced {
                seq = try await gateway.publish("m1", ["runs": .integer(seq + 1)])
                while let message = try? await plain.nextJSON(timeout: .milliseconds(100)) {
                    if message["type"] == .string("resync") { resynced = true }
                }
            }
            // One more delivery: the conflating client's overdue ack is checked before it.
            let final = try await gateway.publish("m1", ["runs": 0])
            var held: Int64 = 0
            while held < final {
                let message = try await conflating.nextJSON()
                #expect(message["type"] == .string("delta"), "\(message)")
                held = message["seq"]?.integerValue ?? held
            }
        }
    }

    /// A conflating client resuming with `since` gets the missed deltas folded where they
    /// compose, and as they are where they do not: `x` set to a number then merged into as an
    /// object cannot be one merge patch.
    @Test func aResumedConflatingClientGetsItsReplayFolded() async throws {
        try await withGateway { gateway in
            let since = try await gateway.publish("m1", ["x": 0])
            try await gateway.publish("m1", ["x": 1])
            try await gateway.publish("m1", ["x": 2])
            try await gateway.publish("m1", ["x": ["y": 1]])
            let last = try await gateway.publish("m1", ["x": ["z": 1], "runs": 4])
            let expected = try #require(try await gateway.http("GET", "/v1/matches/m1").json)

            let conflating = try await gateway.connectAndGreet()
            conflating.send(.subscribe(match: Self.match, since: since, conflate: true))
            var state: JSONValue? = ["x": 0]
            let first = try await conflating.next("delta")
            #expect(first["from"] == .integer(since + 1) && first["seq"] == .integer(since + 2))
            var held = Self.apply(first, to: &state, holding: since)
            let second = try await conflating.next("delta")
            #expect(second["from"] == .integer(since + 3) && second["seq"] == .integer(last))
            held = Self.apply(second, to: &state, holding: held)
            #expect(state == expected["state"])

            let plain = try await gateway.connectAndGreet()
            plain.send(.subscribe(match: Self.match, since: since))
            for seq in (since + 1)...last {
                let delta = try await plain.next("delta")
                #expect(delta["seq"] == .integer(seq) && delta["from"] == nil)
            }
        }
    }
}

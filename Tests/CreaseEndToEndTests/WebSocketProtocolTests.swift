import CreaseClient
import CreaseProtocol
import NIOWebSocket
import Testing

/// PROTOCOL.md §2.1 and §2.2 over real sockets.
@Suite struct WebSocketProtocolTests {
    @Test func helloIsTheFirstMessage() async throws {
        try await withGateway(["HEARTBEAT_MS": "15000", "ACK_TIMEOUT_MS": "5000"]) { gateway in
            let client = try await gateway.connect()
            let hello = try await client.nextJSON()
            #expect(hello["type"] == .string("hello"))
            #expect(hello["protocol"] == .integer(1))
            #expect(hello["gateway"] == .string("test-gateway"))
            #expect(hello["heartbeat_ms"] == .integer(15000))
            #expect(hello["ack_timeout_ms"] == .integer(5000))
        }
    }

    @Test func subscribeToAMatchWithNoStateGivesANullSnapshot() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            let snapshot = try await client.next("snapshot")
            #expect(snapshot["match"] == .string("m1"))
            #expect(snapshot["seq"] == .integer(0))
            #expect(snapshot["state"] == .null)
        }
    }

    @Test func deltasFollowTheSnapshotAndMergeToTheRESTState() async throws {
        try await withGateway { gateway in
            try await gateway.publish("m1", ["score": ["runs": 4, "wickets": 0], "over": "0.1"])
            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            let snapshot = try await client.next("snapshot")
            #expect(snapshot["seq"] == .integer(1))
            var state = snapshot["state"]!
            try await gateway.publish("m1", ["score": ["runs": 10], "over": "0.2"], priority: .normal)
            try await gateway.publish(
                "m1", ["score": ["wickets": 1], "commentary": "bowled him!"], priority: .critical)
            try await gateway.publish("m1", ["commentary": nil], priority: .low)
            for expected in Int64(2)...4 {
                let delta = try await client.next("delta")
                #expect(delta["seq"] == .integer(expected))
                #expect(delta["match"] == .string("m1"))
                #expect(delta["ts"]?.integerValue != nil)
                state = MergePatch.apply(delta["data"]!, to: state)
            }
            let rest = try await gateway.http("GET", "/v1/matches/m1")
            #expect(rest.status == 200)
            #expect(rest.header("ETag") == "\"4\"")
            #expect(rest.json?["seq"] == .integer(4))
            #expect(rest.json?["state"] == state)
        }
    }

    @Test func deltaPrioritiesAreOnTheWire() async throws {
        try await withGateway { gateway in
            let (client, _) = try await gateway.subscribed(to: "m1")
            for priority in [Priority.critical, .normal, .low] {
                try await gateway.publish("m1", ["p": .string(priority.name)], priority: priority)
                #expect(try await client.next("delta")["priority"] == .string(priority.name))
            }
        }
    }

    @Test func twoSubscribersReceiveByteIdenticalDeltaFrames() async throws {
        try await withGateway { gateway in
            let first = try await gateway.connectAndGreet()
            let second = try await gateway.connectAndGreet()
            for client in [first, second] {
                client.send(.subscribe(match: MatchID("hot")!, since: nil))
                _ = try await client.next("snapshot")
            }
            try await gateway.publish("hot", ["runs": 6, "text": "a maximum over long-on"])
            let a = try await first.nextMessage()
            let b = try await second.nextMessage()
            guard case .text(let textA) = a, case .text(let textB) = b else {
                Issue.record("expected text frames, got \(a) and \(b)")
                return
            }
            #expect(Array(textA.utf8) == Array(textB.utf8))
        }
    }

    @Test func sinceReplaysExactlyTheMissedDeltas() async throws {
        try await withGateway { gateway in
            let (watcher, _) = try await gateway.subscribed(to: "m1")
            for runs in 1...5 { try await gateway.publish("m1", ["runs": .integer(Int64(runs))]) }
            for _ in 1...5 { _ = try await watcher.next("delta") }

            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("m1")!, since: 2))
            for expected in Int64(3)...5 {
                let message = try await client.nextJSON()
                #expect(message["type"] == .string("delta"))
                #expect(message["seq"] == .integer(expected))
            }
            try await gateway.publish("m1", ["runs": 6])
            let live = try await client.nextJSON()
            #expect(live["seq"] == .integer(6))
        }
    }

    @Test func sinceAtTheCurrentSeqReplaysNothingAndBeyondItGivesASnapshot() async throws {
        try await withGateway { gateway in
            for runs in 1...3 { try await gateway.publish("m1", ["runs": .integer(Int64(runs))]) }
            let current = try await gateway.connectAndGreet()
            current.send(.subscribe(match: MatchID("m1")!, since: 3))
            try await gateway.publish("m1", ["runs": 4])
            let next = try await current.nextJSON()
            #expect(next["type"] == .string("delta"))
            #expect(next["seq"] == .integer(4))

            let ahead = try await gateway.connectAndGreet()
            ahead.send(.subscribe(match: MatchID("m1")!, since: 99))
            let snapshot = try await ahead.nextJSON()
            #expect(snapshot["type"] == .string("snapshot"))
            #expect(snapshot["seq"] == .integer(4))
        }
    }

    @Test func sinceOlderThanTheHistoryGivesASnapshot() async throws {
        try await withGateway(["HISTORY_LEN": "3"]) { gateway in
            for runs in 1...10 { try await gateway.publish("m1", ["runs": .integer(Int64(runs))]) }
            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("m1")!, since: 2))
            let snapshot = try await client.nextJSON()
            #expect(snapshot["type"] == .string("snapshot"))
            #expect(snapshot["seq"] == .integer(10))
            #expect(snapshot["state"] == ["runs": 10])
        }
    }

    @Test func resubscribingRestartsTheMatchWithoutDuplicates() async throws {
        try await withGateway { gateway in
            let (client, _) = try await gateway.subscribed(to: "m1")
            try await gateway.publish("m1", ["runs": 1])
            _ = try await client.next("delta")
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            let again = try await client.nextJSON()
            #expect(again["type"] == .string("snapshot"))
            #expect(again["seq"] == .integer(1))
            try await gateway.publish("m1", ["runs": 2])
            let next = try await client.nextJSON()
            #expect(next["seq"] == .integer(2))
            #expect(client.bufferedFrames == 0)
        }
    }

    @Test func unsubscribeStopsTheDeltas() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            client.send(.subscribe(match: MatchID("m2")!, since: nil))
            _ = try await client.next("snapshot")
            _ = try await client.next("snapshot")
            client.send(.unsubscribe(match: MatchID("m1")!))
            let reply = try await client.nextJSON()
            #expect(reply == ["type": "unsubscribed", "match": "m1"])
            try await gateway.publish("m1", ["runs": 1])
            try await gateway.publish("m2", ["runs": 1])
            // m2's delta arrives and m1's does not: they were published in that order.
            let next = try await client.nextJSON()
            #expect(next["match"] == .string("m2"))
            client.send(.unsubscribe(match: MatchID("m1")!))
            #expect(try await client.nextJSON()["code"] == .string("not_subscribed"))
        }
    }

    @Test func badInputGetsErrorsAndTheConnectionStaysUsable() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            let cases: [(String, String)] = [
                ("{not json", "bad_json"),
                ("[1,2]", "bad_message"),
                (#"{"type":"dance","match":"m1"}"#, "bad_message"),
                (#"{"type":"subscribe"}"#, "bad_message"),
                (#"{"type":"subscribe","match":"m1","since":"x"}"#, "bad_message"),
                (#"{"type":"ack","match":"m1"}"#, "bad_message"),
                (#"{"type":"subscribe","match":"no/slashes"}"#, "bad_match_id"),
                (#"{"type":"subscribe","match":""}"#, "bad_match_id"),
                (#"{"type":"ack","match":"m9","seq":3}"#, "not_subscribed"),
            ]
            for (text, code) in cases {
                client.send(text: text)
                let error = try await client.nextJSON()
                #expect(error["type"] == .string("error"), "for \(text)")
                #expect(error["code"] == .string(code), "for \(text)")
                #expect(error["message"]?.stringValue?.isEmpty == false)
            }
            client.sendFrame(opcode: .binary, payload: [1, 2, 3])
            #expect(try await client.nextJSON()["code"] == .string("binary_not_supported"))
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            #expect(try await client.nextJSON()["type"] == .string("snapshot"))
        }
    }

    @Test func tooManySubscriptionsIsRefusedThenClosedWith1008() async throws {
        try await withGateway(["MAX_SUBSCRIPTIONS": "2"]) { gateway in
            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("a")!, since: nil))
            client.send(.subscribe(match: MatchID("b")!, since: nil))
            _ = try await client.next("snapshot")
            _ = try await client.next("snapshot")
            client.send(.subscribe(match: MatchID("c")!, since: nil))
            #expect(try await client.nextJSON()["code"] == .string("too_many_subscriptions"))
            // Re-subscribing a held match is not "another" subscription.
            client.send(.subscribe(match: MatchID("a")!, since: nil))
            #expect(try await client.nextJSON()["type"] == .string("snapshot"))
            for _ in 0..<5 { client.send(.subscribe(match: MatchID("c")!, since: nil)) }
            #expect(try await client.closeCode() == 1008)
        }
    }

    /// An app that subscribes to every live match at once in one burst gets its first
    /// `MAX_SUBSCRIPTIONS`, in order, before any request is refused: requests past the 64 in
    /// flight wait in the socket, and only the ones past the limit count against it.
    @Test func aBurstOfSubscribesIsTakenInOrderUpToTheLimit() async throws {
        try await withGateway(["MAX_SUBSCRIPTIONS": "50"]) { gateway in
            let client = try await gateway.connectAndGreet()
            for index in 0..<2_000 { client.send(.subscribe(match: MatchID("m\(index)")!, since: nil)) }
            for index in 0..<50 {
                let message = try await client.nextJSON()  // nothing else comes first: no refusal
                #expect(message["type"] == .string("snapshot") && message["match"] == .string("m\(index)"))
            }
            for _ in 0..<3 {
                #expect(try await client.nextJSON()["code"] == .string("too_many_subscriptions"))
            }
            #expect(try await client.closeCode() == 1008)
        }
    }

    /// Sends `rounds` subscribe/unsubscribe pairs for one match in one go, then expects every
    /// answer, in order: nothing refused, nothing closed.
    private static func subscribeAndLeave(rounds: Int, client: WebSocketClient) async throws {
        let match = MatchID("a")!
        for _ in 0..<rounds {
            client.send(.subscribe(match: match, since: nil))
            client.send(.unsubscribe(match: match))
        }
        for _ in 0..<rounds {
            #expect(try await client.nextJSON()["type"] == .string("snapshot"))
            #expect(try await client.nextJSON()["type"] == .string("unsubscribed"))
        }
    }

    /// A client past its request allowance is slowed, not refused: every request is answered,
    /// in order, and the gateway counts that it stopped reading.
    @Test func requestsPastTheAllowanceWaitInTheSocket() async throws {
        // A burst of 4 (twice MAX_SUBSCRIPTIONS), then 2 a second.
        try await withGateway(["MAX_SUBSCRIPTIONS": "2", "CLIENT_REQUEST_RATE": "2"]) { gateway in
            try await Self.subscribeAndLeave(rounds: 4, client: try await gateway.connectAndGreet())
            #expect(try await gateway.metric(#"crease_input_held_total{limit="requests"}"#) ?? 0 >= 1)
            #expect(try await gateway.metric(#"crease_input_held_total{limit="frames"}"#) == 0)
        }
    }

    /// A paused client is not silent: its pongs wait unread in the socket, and a heartbeat
    /// timeout shorter than the pause must not close it.
    @Test func aClientPausedPastItsHeartbeatTimeoutIsNotClosed() async throws {
        // Requests: a burst of 2, then 1 a second; silence closes after 300 ms.
        try await withGateway([
            "MAX_SUBSCRIPTIONS": "1", "CLIENT_REQUEST_RATE": "1", "HEARTBEAT_MS": "100",
            "HEARTBEAT_TIMEOUT_MS": "300",
        ]) { gateway in
            try await Self.subscribeAndLeave(rounds: 2, client: try await gateway.connectAndGreet())
            #expect(try await gateway.metric(#"crease_input_held_total{limit="requests"}"#) ?? 0 >= 1)
        }
    }

    /// A ping flood is read at the client's frame rate: each ping is answered, in order, and
    /// what the client sent after the flood is taken after it.
    @Test func aPingFloodIsReadAtTheFrameRate() async throws {
        // A burst of 20, then 10 a second.
        try await withGateway(["CLIENT_FRAME_RATE": "10"]) { gateway in
            let client = try await gateway.connectAndGreet()
            // 20 past the burst: two seconds of allowance, so one release could let them all in
            // only if a visit came two seconds late.
            for index in 0..<40 { client.sendFrame(opcode: .ping, payload: [UInt8(index)]) }
            client.send(.subscribe(match: MatchID("a")!, since: nil))
            for index in 0..<40 {
                let frame = try await client.nextFrame()
                guard case .pong(let payload) = frame else {
                    Issue.record("expected the pong of ping \(index), got \(frame)")
                    return
                }
                #expect(payload == [UInt8(index)])
            }
            #expect(try await client.nextJSON()["type"] == .string("snapshot"))
            // Past the burst of 20, a visit lets in what refilled (about 6 frames a tick) and
            // reading pauses again: a single pause would mean the rest was read at once.
            #expect(try await gateway.metric(#"crease_input_held_total{limit="frames"}"#) ?? 0 >= 2)
        }
    }

    @Test func manyRejectedMessagesCloseWith1008() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            for _ in 0..<21 { client.send(text: "nope") }
            #expect(try await client.closeCode() == 1008)
        }
    }

    @Test func closingHandshakeIsAnswered() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            client.close(code: 1000)
            #expect(try await client.closeCode() == 1000)
            await client.waitUntilClosed()
        }
    }
}

/// Client messages take effect in the order they were sent.
@Suite struct MessageOrderTests {
    @Test func anAckRightBehindItsSubscribeIsAccepted() async throws {
        try await withGateway { gateway in
            try await gateway.publish("m1", ["runs": 1])
            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            client.send(.ack(match: MatchID("m1")!, seq: 1))
            client.send(.unsubscribe(match: MatchID("m1")!))
            client.send(.ack(match: MatchID("m1")!, seq: 1))
            #expect(try await client.nextJSON()["type"] == .string("snapshot"))
            #expect(try await client.nextJSON()["type"] == .string("unsubscribed"))
            // Only the ack after the unsubscribe is refused.
            #expect(try await client.nextJSON()["code"] == .string("not_subscribed"))
        }
    }
}

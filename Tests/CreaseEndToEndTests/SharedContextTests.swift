import CreaseClient
import CreaseProtocol
import Foundation
import Testing

/// `COMPRESSION=context` end to end (issue 17): the subscribers of a match that let the server
/// keep its context share one deflate stream per window size; every frame they get inflates,
/// with the decoder each keeps, to exactly what was published, whatever else they are sent.
@Suite struct SharedContextTests {
    private static let offer = ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")
    private static let environment = ["COMPRESSION": "context", "COMPRESSION_MIN_BYTES": "64"]

    /// A ball's delta: repetitive across balls (what context takeover exploits), different
    /// every time.
    private static func ball(_ number: Int) -> JSONValue {
        [
            "score": ["runs": .integer(Int64(number * 3 % 311)), "wickets": .integer(Int64(number % 10))],
            "lastBall": [
                "over": .string("\(number / 6).\(number % 6)"), "bowler": .string("Bumrah"),
                "batter": .string(number % 2 == 0 ? "Smith" : "Labuschagne"),
                "commentary": .string("Bumrah to Smith, \(number % 4) runs, good length outside off, \(number)"),
            ],
        ]
    }

    private func greeted(
        _ gateway: TestGateway, _ offer: String? = "permessage-deflate; client_max_window_bits",
        receiveBuffer: Int = 0
    ) async throws -> WebSocketClient {
        let client = try await WebSocketClient.connect(
            host: "127.0.0.1", port: gateway.port, headers: offer.map { [("Sec-WebSocket-Extensions", $0)] } ?? [],
            receiveBuffer: receiveBuffer, recordRawFrames: true, group: gateway.group)
        _ = try await client.next("hello")
        return client
    }

    private func subscribe(_ client: WebSocketClient, _ match: String) async throws {
        client.send(.subscribe(match: MatchID(match)!, since: nil))
        _ = try await client.next("snapshot")
    }

    /// The deltas' frames `client` recorded, oldest first (its raw log keeps every frame).
    private func deltaFrames(_ client: WebSocketClient, count: Int) -> [RawFrame] {
        Array(client.rawFrames.filter { $0.opcode == .text }.suffix(count))
    }

    @Test func theAnswerKeepsServerContextUnlessTheClientForbidsIt() async throws {
        try await withGateway(Self.environment) { gateway in
            let keeping = try await greeted(gateway)
            #expect(
                keeping.handshake.header("Sec-WebSocket-Extensions") == "permessage-deflate; client_no_context_takeover"
            )
            #expect(keeping.deflate?.serverNoContextTakeover == false)
            let forbidding = try await greeted(gateway, "permessage-deflate; server_no_context_takeover")
            #expect(
                forbidding.handshake.header("Sec-WebSocket-Extensions")
                    == "permessage-deflate; server_no_context_takeover; client_no_context_takeover")
        }
        // `on` (the default) never keeps it.
        try await withGateway(["COMPRESSION": "on"]) { gateway in
            let client = try await greeted(gateway)
            #expect(client.deflate?.serverNoContextTakeover == true)
        }
    }

    /// Three subscribers with a 15-bit window, one with 9 bits, one that forbade server context
    /// and one without compression: every one reads every delta as published; the three share
    /// byte-identical frames, each deflated once, at a fraction of the bytes without context.
    @Test func seatedSubscribersShareOneStreamPerWindowAndInflateEveryDelta() async throws {
        try await withGateway(Self.environment) { gateway in
            let wide = try await [greeted(gateway), greeted(gateway), greeted(gateway)]
            let narrow = try await greeted(gateway, "permessage-deflate; server_max_window_bits=9")
            let alone = try await greeted(gateway, "permessage-deflate; server_no_context_takeover")
            let plain = try await greeted(gateway, nil)
            let everyone = wide + [narrow, alone, plain]
            for client in everyone { try await subscribe(client, "m1") }
            let deflatesBefore = try await gateway.metric("crease_deflate_calls_total") ?? 0
            let balls = 150
            for number in 1...balls { try await gateway.publish("m1", Self.ball(number)) }
            for client in everyone {
                for number in 1...balls {
                    let delta = try await client.next("delta")
                    #expect(delta["seq"] == .integer(Int64(number)))
                    #expect(delta["data"] == Self.ball(number))
                }
            }
            let frames = everyone.map { deltaFrames($0, count: balls) }
            // Byte-identical within the 15-bit cohort, all compressed.
            #expect(frames[1].map(\.payload) == frames[0].map(\.payload))
            #expect(frames[2].map(\.payload) == frames[0].map(\.payload))
            #expect(frames[0].allSatisfy(\.rsv1) && frames[3].allSatisfy(\.rsv1))
            let bytes = frames.map { $0.map(\.payload.count).reduce(0, +) }
            #expect(bytes[0] * 2 < bytes[4], "\(bytes[0]) B with shared context, \(bytes[4]) B without")
            #expect(bytes[3] < bytes[4])
            // Once per delta per stream (15 and 9 bits), once more for the frames without
            // context, less at each epoch's first delta (that frame serves both).
            let deflates = try await gateway.metric("crease_deflate_calls_total") ?? 0
            #expect(deflates - deflatesBefore <= Double(3 * balls))
        }
    }

    /// `COMPRESSION_MIN_BYTES` (256 by default) is for messages compressed on their own: a
    /// seated subscriber gets even a tiny delta from the stream, compressed, while one that
    /// forbade server context gets it plain.
    @Test func deltasBelowTheThresholdStillGoThroughTheStream() async throws {
        try await withGateway(["COMPRESSION": "context"]) { gateway in
            let seated = try await greeted(gateway)
            let alone = try await greeted(gateway, "permessage-deflate; server_no_context_takeover")
            for client in [seated, alone] { try await subscribe(client, "m1") }
            for runs in 1...10 {
                try await gateway.publish("m1", ["runs": .integer(Int64(runs))])
                for client in [seated, alone] {
                    #expect(try await client.next("delta")["data"] == ["runs": .integer(Int64(runs))])
                }
            }
            #expect(deltaFrames(seated, count: 10).allSatisfy { $0.rsv1 })
            #expect(deltaFrames(alone, count: 10).allSatisfy { !$0.rsv1 })
        }
    }

    /// A client takes a seat only while it has one subscription: with two, both matches'
    /// deltas come compressed on their own (as with `COMPRESSION=on`, never plain, which would
    /// cost more); once it is down to one again, it is seated at that stream's next epoch.
    @Test func aClientWithTwoSubscriptionsIsSeatedOnlyOnceItHasOne() async throws {
        try await withGateway(Self.environment) { gateway in
            let client = try await greeted(gateway)
            let alone = try await greeted(gateway, "permessage-deflate; server_no_context_takeover")
            try await subscribe(client, "m1")
            try await subscribe(client, "m2")
            try await subscribe(alone, "m1")
            for number in 1...10 {
                for match in ["m1", "m2"] {
                    try await gateway.publish(match, Self.ball(number))
                    let delta = try await client.next("delta")
                    #expect(delta["match"] == .string(match))
                    #expect(delta["data"] == Self.ball(number))
                }
                #expect(try await alone.next("delta")["data"] == Self.ball(number))
            }
            // Both matches compressed on their own: m1's frames are the no-context client's.
            let both = deltaFrames(client, count: 20)
            #expect(both.allSatisfy { $0.rsv1 })
            #expect(
                stride(from: 0, to: 20, by: 2).map { both[$0].payload } == deltaFrames(alone, count: 10).map(\.payload))
            client.send(.unsubscribe(match: MatchID("m2")!))
            _ = try await client.next("unsubscribed")
            // m1's stream began at ball 1: its next epoch is ball 1 + 64.
            let epoch = Int(SharedDeflateStream.epochLength)
            for number in 11...(epoch + 10) {
                try await gateway.publish("m1", Self.ball(number))
                #expect(try await client.next("delta")["data"] == Self.ball(number))
                #expect(try await alone.next("delta")["data"] == Self.ball(number))
            }
            let last = deltaFrames(client, count: 10).map(\.payload)
            #expect(last != deltaFrames(alone, count: 10).map(\.payload), "seated again: shared frames")
        }
    }

    /// While seated, what is not its stream's goes uncompressed, even past the threshold: an
    /// error reply compressed on its own would enter the decoder's window, and every shared
    /// frame after it would inflate to garbage.
    @Test func aSeatedClientsRepliesGoPlainAndItsStreamStillInflates() async throws {
        try await withGateway(["COMPRESSION": "context", "COMPRESSION_MIN_BYTES": "16"]) { gateway in
            let client = try await greeted(gateway)
            try await subscribe(client, "m1")
            for number in 1...5 {
                try await gateway.publish("m1", Self.ball(number))
                #expect(try await client.next("delta")["data"] == Self.ball(number))
            }
            // Not subscribed to m9: an error reply of some 80 bytes.
            client.send(.unsubscribe(match: MatchID("m9")!))
            let error = try await client.next("error")
            #expect(error["code"] == .string("not_subscribed"))
            #expect(client.rawFrames.last?.rsv1 == false)
            for number in 6...10 {
                try await gateway.publish("m1", Self.ball(number))
                #expect(try await client.next("delta")["data"] == Self.ball(number))
            }
            // The five deltas after the reply: still the stream's, compressed.
            #expect(deltaFrames(client, count: 5).allSatisfy { $0.rsv1 })
        }
    }

    /// A reader that stalls has its deltas queued: it leaves its seat (a queued frame could be
    /// dropped or folded), gets them compressed on their own, inflates everything, and is seated
    /// again from the stream's next epoch on: its frames are again the healthy reader's.
    @Test func aStalledReaderLeavesItsSeatAndIsSeatedAgainAtTheNextEpoch() async throws {
        var environment = Self.environment
        environment["SOCKET_SEND_BUFFER"] = "4096"
        environment["ACK_TIMEOUT_MS"] = "600000"
        try await withGateway(environment) { gateway in
            let healthy = try await greeted(gateway)
            let stalled = try await greeted(gateway, receiveBuffer: 4096)
            for client in [healthy, stalled] { try await subscribe(client, "m1") }
            try await stalled.setReading(false)
            // Hex digits that deflate cannot shrink much: queues fill whatever the compression.
            var random = UInt64(0x9E37_79B9_7F4A_7C15)
            func noise() -> String {
                (0..<1_000).map { _ in
                    random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return String(random >> 32, radix: 16)
                }.joined()
            }
            let epoch = Int(SharedDeflateStream.epochLength)
            let balls = 2 * epoch + 10
            var published: [JSONValue] = []
            for number in 1...balls {
                // The first 40 are large (8 KB): more than the socket buffers hold, so some wait.
                var ball = Self.ball(number)
                if number <= 40 { ball = MergePatch.apply(["padding": .string(noise())], to: ball) }
                published.append(ball)
                try await gateway.publish("m1", ball)
                #expect(try await healthy.next("delta")["data"] == ball)
                if number == 40 {
                    // Everything so far is written or queued before the reader resumes.
                    #expect(
                        try await eventually {
                            try await gateway.metric("crease_queued_bytes") ?? 0 > 0
                        })
                    try await stalled.setReading(true)
                }
            }
            for number in 1...balls {
                let delta = try await stalled.next("delta")
                #expect(delta["seq"] == .integer(Int64(number)))
                #expect(delta["data"] == published[number - 1])
            }
            // The last epoch (deltas 2·epoch+1 … on): the same shared frames as the healthy one.
            let last = balls - 2 * epoch
            #expect(
                deltaFrames(stalled, count: last).map(\.payload) == deltaFrames(healthy, count: last).map(\.payload))
            // Before it, some went out compressed on their own.
            #expect(
                deltaFrames(stalled, count: balls).map(\.payload) != deltaFrames(healthy, count: balls).map(\.payload))
        }
    }
}

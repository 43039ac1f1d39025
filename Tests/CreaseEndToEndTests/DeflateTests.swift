import CreaseClient
import CreaseProtocol
import Foundation
import NIOWebSocket
import Testing

/// permessage-deflate end to end (PROTOCOL.md §2, DESIGN.md principle 2): negotiation on the
/// real upgrade, compress-once fan-out, inbound inflating with its limits.
@Suite struct DeflateTests {
    private static let offer = ("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")

    /// A delta big enough to be compressed (past `COMPRESSION_MIN_BYTES`) and with repeats more
    /// than 512 bytes apart, so a 512-byte window matters.
    private static let commentary: JSONValue = {
        var text = ""
        for ball in 1...12 { text += "Over 14.\(ball % 6): Bumrah to Smith, no run, good length outside off. " }
        return ["commentary": .string(text), "score": ["runs": 211, "wickets": 4]]
    }()

    private func greeted(
        _ gateway: TestGateway, _ headers: [(String, String)] = [offer], raw: Bool = false
    ) async throws -> WebSocketClient {
        let client = try await WebSocketClient.connect(
            host: "127.0.0.1", port: gateway.port, headers: headers, recordRawFrames: raw, group: gateway.group)
        _ = try await client.next("hello")
        return client
    }

    private func subscribe(_ client: WebSocketClient, _ match: String) async throws {
        client.send(.subscribe(match: MatchID(match)!, since: nil))
        _ = try await client.next("snapshot")
    }

    @Test func theUpgradeAnswersTheOfferOrDeclinesIt() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway)
            #expect(
                client.handshake.header("Sec-WebSocket-Extensions")
                    == "permessage-deflate; server_no_context_takeover; client_no_context_takeover")
            let bounded = try await greeted(
                gateway, [("Sec-WebSocket-Extensions", "permessage-deflate; server_max_window_bits=9")])
            #expect(bounded.deflate?.serverWindowBits == 9)
            // Invalid offers are declined; the upgrade still succeeds.
            let invalid = try await greeted(
                gateway, [("Sec-WebSocket-Extensions", "permessage-deflate; server_max_window_bits")])
            #expect(invalid.handshake.status == 101)
            #expect(invalid.handshake.header("Sec-WebSocket-Extensions") == nil)
            let none = try await greeted(gateway, [])
            #expect(none.handshake.header("Sec-WebSocket-Extensions") == nil)
        }
        try await withGateway(["COMPRESSION": "off"]) { gateway in
            let client = try await greeted(gateway)
            #expect(client.handshake.header("Sec-WebSocket-Extensions") == nil)
            #expect(client.deflate == nil)
        }
    }

    /// Window sizes 9 and 15, each inflated with exactly that window; a plain client alongside.
    @Test func compressedDeltasInflateToTheSameBytesForEveryWindow() async throws {
        try await withGateway { gateway in
            let wide = try await greeted(gateway, raw: true)
            let narrow = try await greeted(
                gateway, [("Sec-WebSocket-Extensions", "permessage-deflate; server_max_window_bits=9")], raw: true)
            let plain = try await greeted(gateway, [], raw: true)
            for client in [wide, narrow, plain] { try await subscribe(client, "m1") }
            try await gateway.publish("m1", Self.commentary)
            let texts = try await [wide, narrow, plain].asyncMap { client -> String in
                guard case .text(let text) = try await client.nextMessage() else {
                    throw WebSocketClientError.connectionClosed
                }
                return text
            }
            #expect(texts[0] == texts[2])
            #expect(texts[1] == texts[2])
            #expect(try JSONValue(parsing: texts[0])["type"] == .string("delta"))
            let wideFrame = try #require(wide.rawFrames.last)
            let narrowFrame = try #require(narrow.rawFrames.last)
            let plainFrame = try #require(plain.rawFrames.last)
            #expect(wideFrame.rsv1 && narrowFrame.rsv1)
            #expect(!plainFrame.rsv1)
            #expect(wideFrame.payload.count < plainFrame.payload.count)
        }
    }

    @Test func subscribersOfOneCohortGetByteIdenticalFramesFromOneDeflate() async throws {
        try await withGateway(["EVENT_LOOP_THREADS": "2"]) { gateway in
            var clients: [WebSocketClient] = []
            for index in 0..<6 {
                let bits = index % 2 == 0 ? "15" : "10"
                let offer = ("Sec-WebSocket-Extensions", "permessage-deflate; server_max_window_bits=\(bits)")
                let client = try await greeted(gateway, [offer], raw: true)
                try await subscribe(client, "m1")
                clients.append(client)
            }
            let callsBefore = try await gateway.metric("crease_deflate_calls_total") ?? 0
            try await gateway.publish("m1", Self.commentary)
            for client in clients { _ = try await client.next("delta") }
            let frames = try clients.map { try #require($0.rawFrames.last) }
            #expect(frames.allSatisfy { $0.rsv1 })
            #expect(frames[0] == frames[2] && frames[2] == frames[4])
            #expect(frames[1] == frames[3] && frames[3] == frames[5])
            #expect(frames[0] != frames[1] || frames[0].payload.count < 512)
            // Two cohorts: two deflates for six subscribers on two event loops.
            #expect(try await gateway.metric("crease_deflate_calls_total") == callsBefore + 2)
            let sent = try await gateway.metric("crease_deflated_bytes_sent_total") ?? 0
            #expect(sent >= Double(frames.map(\.payload.count).reduce(0, +)))
        }
    }

    /// A join storm on a big scorecard: the snapshot is deflated once per cohort, not per joiner.
    @Test func subscribersJoiningAtOneSeqShareOneCompressedSnapshot() async throws {
        try await withGateway { gateway in
            try await gateway.publish("m1", Self.commentary)
            let callsBefore = try await gateway.metric("crease_deflate_calls_total") ?? 0
            var snapshots: [RawFrame] = []
            for _ in 0..<3 {
                let client = try await greeted(gateway, raw: true)
                try await subscribe(client, "m1")
                snapshots.append(try #require(client.rawFrames.last))
            }
            #expect(snapshots.allSatisfy { $0.rsv1 })
            #expect(snapshots[0] == snapshots[1] && snapshots[1] == snapshots[2])
            #expect(try await gateway.metric("crease_deflate_calls_total") == callsBefore + 1)
        }
    }

    @Test func messagesBelowTheThresholdGoOutPlain() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway, raw: true)
            try await subscribe(client, "m1")
            try await gateway.publish("m1", ["runs": 4])
            _ = try await client.next("delta")
            #expect(client.rawFrames.allSatisfy { !$0.rsv1 })
        }
        try await withGateway(["COMPRESSION_MIN_BYTES": "20"]) { gateway in
            let client = try await greeted(gateway, raw: true)
            try await subscribe(client, "m1")
            try await gateway.publish("m1", ["runs": 4, "note": "a short delta, past a low threshold"])
            _ = try await client.next("delta")
            #expect(client.rawFrames.last?.rsv1 == true)
        }
    }

    @Test func compressedClientMessagesAreInflated() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway)
            client.sendCompressed(text: #"{"type":"subscribe","match":"m1"}"#)
            _ = try await client.next("snapshot")
            client.sendCompressed(text: #"{"type":"unsubscribe","match":"m1"}"#)
            _ = try await client.next("unsubscribed")
        }
    }

    @Test func clientContextTakeoverWhenConfigured() async throws {
        try await withGateway(["COMPRESSION_CLIENT_CONTEXT_TAKEOVER": "on"]) { gateway in
            let client = try await greeted(gateway)
            #expect(client.deflate?.clientNoContextTakeover == false)
            // The second message refers back into the first: only a kept context reads it.
            for match in ["m1", "m2", "m1"] {
                client.sendCompressed(text: #"{"type":"subscribe","match":"\#(match)"}"#)
                _ = try await client.next("snapshot")
            }
        }
    }

    @Test func echoRoundTripsCompressedMessages() async throws {
        try await withGateway(["ECHO_ENDPOINT": "on"]) { gateway in
            let client = try await WebSocketClient.connect(
                host: "127.0.0.1", port: gateway.port, path: "/v1/echo", headers: [Self.offer], recordRawFrames: true,
                group: gateway.group)
            let text = String(repeating: "echo, echo, echo. ", count: 40)
            client.sendCompressed(text: text)
            #expect(try await client.nextMessage() == .text(text))
            #expect(client.rawFrames.last?.rsv1 == true)
        }
    }

    @Test func aDeflateBombIsClosedWith1009WithoutInflatingIt() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway)
            // 48 MiB of spaces in one frame under MAX_MESSAGE_BYTES (64 KiB).
            let bomb = try #require(MessageDeflater(windowBits: 15).compress([UInt8](repeating: 0x20, count: 48 << 20)))
            #expect(bomb.count < 65_536)
            let before = residentBytes()
            client.sendFrame(opcode: .text, payload: bomb, rsv1: true)
            #expect(try await client.closeCode() == 1009)
            // Not under `make sanitize`: AddressSanitizer's shadow memory and quarantine of freed
            // blocks count in RSS.
            if ProcessInfo.processInfo.environment["CREASE_SANITIZER"] == nil {
                #expect(residentBytes() - before < 24 << 20, "the gateway's memory jumped")
            }
        }
    }

    @Test func corruptCompressedDataIs1007() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway)
            client.sendFrame(opcode: .text, payload: [0xFF, 0xFF, 0xFF, 0xFF, 0x01], rsv1: true)
            #expect(try await client.closeCode() == 1007)
        }
    }

    @Test func rsv1OnAContinuationFrameIs1002() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway)
            let compressed = try #require(MessageDeflater(windowBits: 15).compress(Array(#"{"type":"ack"}"#.utf8)))
            client.sendFrame(opcode: .text, payload: Array(compressed.prefix(3)), fin: false, rsv1: true)
            client.sendFrame(opcode: .continuation, payload: Array(compressed.dropFirst(3)), fin: true, rsv1: true)
            #expect(try await client.closeCode() == 1002)
        }
    }

    @Test func rsv1OnAControlFrameIs1002() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway)
            client.sendFrame(opcode: .ping, payload: [], rsv1: true)
            #expect(try await client.closeCode() == 1002)
        }
    }

    @Test func aFragmentedCompressedMessageIsInflatedWhole() async throws {
        try await withGateway { gateway in
            let client = try await greeted(gateway)
            let compressed = try #require(
                MessageDeflater(windowBits: 15).compress(Array(#"{"type":"subscribe","match":"m1"}"#.utf8)))
            client.sendFrame(opcode: .text, payload: Array(compressed.prefix(5)), fin: false, rsv1: true)
            client.sendFrame(opcode: .continuation, payload: Array(compressed.dropFirst(5)), fin: true)
            _ = try await client.next("snapshot")
        }
    }
}

/// This process's resident set size, from /proc/self/statm.
private func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count >= 2, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}

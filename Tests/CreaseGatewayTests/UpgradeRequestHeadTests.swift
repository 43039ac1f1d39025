import NIOHTTP1
import Testing

@testable import CreaseGateway

/// The epoll transport's narrow request-head parser: what it serves itself, and what it leaves
/// to SwiftNIO's full parser (never a refusal of its own).
@Suite struct UpgradeRequestHeadTests {
    private static let request =
        "GET /v1/ws?token=abc HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
        + "Sec-WebSocket-Key:  dGhlIHNhbXBsZSBub25jZQ== \r\nSec-WebSocket-Version: 13\r\n\r\n"

    @Test func aPlainUpgradeRequestIsComplete() throws {
        let bytes = Array(Self.request.utf8) + [0x81, 0x80]  // a frame already behind it
        guard case .complete(let head) = UpgradeRequestHead.parse(bytes) else {
            Issue.record("not complete")
            return
        }
        #expect(head.target == "/v1/ws?token=abc")
        #expect(head.path == "/v1/ws")
        #expect(head.length == Self.request.utf8.count)
        #expect(head.headers["Sec-WebSocket-Key"] == ["dGhlIHNhbXBsZSBub25jZQ=="], "surrounding whitespace trimmed")
        #expect(head.headers[canonicalForm: "Connection"].map { $0.lowercased() } == ["keep-alive", "upgrade"])
        guard
            case .accept = WebSocketUpgrade.decide(
                head.headers, policy: .init(allowedOrigins: nil, compression: false, allowClientContextTakeover: false))
        else {
            Issue.record("the handshake decision refused it")
            return
        }
    }

    @Test func everyPrefixIsIncomplete() {
        let bytes = Array(Self.request.utf8)
        for length in 0..<bytes.count {
            #expect(UpgradeRequestHead.parse(bytes.prefix(length)) == .incomplete, "prefix of \(length)")
        }
    }

    @Test(arguments: [
        "POST /v1/ws HTTP/1.1\r\nHost: x\r\n\r\n",  // another method
        "GET /v1/ws HTTP/1.0\r\nHost: x\r\n\r\n",  // another version
        "GET http://x/v1/ws HTTP/1.1\r\nHost: x\r\n\r\n",  // absolute form
        "GET /v1/ws HTTP/1.1\nHost: x\n\n",  // bare LF
        "GET /v1/ws HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n",  // obs-fold
        "GET /v1/ws HTTP/1.1\r\nBad Name: x\r\n\r\n",  // space in a name
        "GET /v1/ws HTTP/1.1\r\n: x\r\n\r\n",  // empty name
        "GET /v1/ws HTTP/1.1\r\nHost: caf\u{e9}\r\n\r\n",  // non-ASCII
        "GET /v1/ws HTTP/1.1\r\nHost: x\ry\r\n\r\n",  // a lone CR
        "GET  /v1/ws HTTP/1.1\r\n\r\n",  // two spaces
        "PUT",  // cannot become a GET
    ])
    func whatItDoesNotServeGoesToTheFullParser(_ text: String) {
        #expect(UpgradeRequestHead.parse(Array(text.utf8)) == .unsupported)
    }

    @Test func aHeadPastTheLimitIsLeftToTheFullParser() {
        let long = "GET /v1/ws HTTP/1.1\r\nX-Padding: " + String(repeating: "a", count: UpgradeRequestHead.maxHeadBytes)
        #expect(UpgradeRequestHead.parse(Array(long.utf8)) == .unsupported)
        let many =
            "GET /v1/ws HTTP/1.1\r\n" + String(repeating: "X: y\r\n", count: UpgradeRequestHead.maxFields + 1) + "\r\n"
        #expect(UpgradeRequestHead.parse(Array(many.utf8)) == .unsupported)
    }

    @Test func theResponseCarriesTheDecisionsHeaders() {
        let text = String(
            decoding: UpgradeRequestHead.switchingProtocols(["Upgrade": "websocket", "Sec-WebSocket-Accept": "abc"]),
            as: UTF8.self)
        #expect(text == "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nSec-WebSocket-Accept: abc\r\n\r\n")
    }
}

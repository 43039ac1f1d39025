import CreaseGateway
import CreaseProtocol
import NIOHTTP1
import Testing

/// The opening handshake's answer (RFC 6455 §4.2, PROTOCOL.md §3) without a socket: the
/// acceptance, every refusal in the order the checks run, and the permessage-deflate offer.
struct WebSocketUpgradeTests {
    static let open = WebSocketUpgrade.Policy(allowedOrigins: nil, compression: true, allowClientContextTakeover: false)

    static func request(_ extra: [(String, String)] = [], without: Set<String> = []) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for (name, value) in [
            ("Host", "scores.example"), ("Upgrade", "websocket"), ("Connection", "Upgrade"),
            ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), ("Sec-WebSocket-Version", "13"),
        ] where !without.contains(name) {
            headers.add(name: name, value: value)
        }
        for (name, value) in extra { headers.add(name: name, value: value) }
        return headers
    }

    @Test func theAcceptKeyIsRFC6455sExample() {
        // RFC 6455 §1.3: the nonce "the sample nonce" and its published answer.
        #expect(WebSocketUpgrade.accept(key: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test func aValidRequestIsAcceptedWithTheRFCsHeaders() {
        guard case .accept(let headers, let deflate) = WebSocketUpgrade.decide(Self.request(), policy: Self.open) else {
            Issue.record("refused")
            return
        }
        #expect(headers["Upgrade"] == ["websocket"])
        #expect(headers["Connection"] == ["Upgrade"])
        #expect(headers["Sec-WebSocket-Accept"] == ["s3pPLMBiTxaQ9kYGzzhZRbK+xOo="])
        #expect(headers["Sec-WebSocket-Extensions"].isEmpty)
        #expect(deflate == nil)
    }

    @Test func tokensAreCaseInsensitiveAndMayShareAList() {
        var headers = Self.request(without: ["Upgrade", "Connection"])
        headers.add(name: "upgrade", value: "WebSocket")
        headers.add(name: "connection", value: "keep-alive, Upgrade")
        guard case .accept = WebSocketUpgrade.decide(headers, policy: Self.open) else {
            Issue.record("refused")
            return
        }
    }

    @Test func everyRefusalHasItsStatusCodeAndHeaders() {
        func refusal(_ headers: HTTPHeaders, policy: WebSocketUpgrade.Policy = Self.open) -> WebSocketUpgrade.Refusal? {
            if case .refuse(let refusal) = WebSocketUpgrade.decide(headers, policy: policy) { return refusal }
            return nil
        }
        let notUpgrade = refusal(Self.request(without: ["Upgrade"]))
        #expect(notUpgrade?.status == .upgradeRequired)
        #expect(notUpgrade?.code.rawValue == "upgrade_required")
        #expect(notUpgrade?.headers["Upgrade"] == ["websocket"])
        #expect(
            refusal(Self.request([("Connection", "keep-alive")], without: ["Connection"]))?.code.rawValue
                == "upgrade_required")

        for versions in [[], ["12"], ["13", "13"], ["8, 13"]] {
            let refused = refusal(
                Self.request(versions.map { ("Sec-WebSocket-Version", $0) }, without: ["Sec-WebSocket-Version"]))
            #expect(refused?.status == .upgradeRequired, "versions \(versions)")
            #expect(refused?.code.rawValue == "unsupported_version")
            #expect(refused?.headers["Sec-WebSocket-Version"] == ["13"])
        }

        // Missing, repeated, not base64, or not 16 bytes.
        for keys in [
            [], ["dGhlIHNhbXBsZSBub25jZQ==", "dGhlIHNhbXBsZSBub25jZQ=="], ["not base64!"], ["dGhlIHNhbXBsZSBub25j"],
        ] {
            let refused = refusal(Self.request(keys.map { ("Sec-WebSocket-Key", $0) }, without: ["Sec-WebSocket-Key"]))
            #expect(refused?.status == .badRequest, "keys \(keys)")
            #expect(refused?.code.rawValue == "bad_handshake")
        }

        // The version is checked before the key.
        #expect(
            refusal(Self.request(without: ["Sec-WebSocket-Version", "Sec-WebSocket-Key"]))?.code.rawValue
                == "unsupported_version")
    }

    @Test func anOriginOffTheAllowListIsRefusedAndCounted() throws {
        let allowed = try OriginAllowList.parse("https://scores.example").get()
        let policy = WebSocketUpgrade.Policy(
            allowedOrigins: allowed, compression: true, allowClientContextTakeover: false)
        guard
            case .refuse(let refusal) = WebSocketUpgrade.decide(
                Self.request([("Origin", "https://evil.example")]), policy: policy)
        else {
            Issue.record("accepted")
            return
        }
        #expect(refusal.status == .forbidden)
        #expect(refusal.code.rawValue == "origin_not_allowed")
        #expect(refusal.countedAsOrigin)
        // Listed (any case, trailing slash), and no Origin at all (not a browser): accepted.
        for origin in ["https://scores.example", "HTTPS://Scores.Example/", nil] {
            let headers = Self.request(origin.map { [("Origin", $0)] } ?? [])
            guard case .accept = WebSocketUpgrade.decide(headers, policy: policy) else {
                Issue.record("refused \(origin ?? "no origin")")
                continue
            }
        }
    }

    @Test func anAcceptableDeflateOfferIsAgreedAnyOtherDeclinedNeverRefused() {
        let offered = Self.request([("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")])
        guard case .accept(let headers, let deflate) = WebSocketUpgrade.decide(offered, policy: Self.open) else {
            Issue.record("refused")
            return
        }
        #expect(
            headers["Sec-WebSocket-Extensions"] == [
                "permessage-deflate; server_no_context_takeover; client_no_context_takeover"
            ])
        #expect(deflate?.serverWindowBits == 15)

        let off = WebSocketUpgrade.Policy(allowedOrigins: nil, compression: false, allowClientContextTakeover: false)
        if case .accept(let headers, let deflate) = WebSocketUpgrade.decide(offered, policy: off) {
            #expect(headers["Sec-WebSocket-Extensions"].isEmpty)
            #expect(deflate == nil)
        } else {
            Issue.record("refused with compression off")
        }

        let bad = Self.request([("Sec-WebSocket-Extensions", "permessage-deflate; server_max_window_bits=7")])
        if case .accept(let headers, let deflate) = WebSocketUpgrade.decide(bad, policy: Self.open) {
            #expect(headers["Sec-WebSocket-Extensions"].isEmpty)
            #expect(deflate == nil)
        } else {
            Issue.record("an offer it cannot honour refused the upgrade")
        }
    }
}

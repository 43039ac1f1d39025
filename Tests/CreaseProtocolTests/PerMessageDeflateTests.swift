import CreaseProtocol
import Testing

/// RFC 7692 §7.1 negotiation: every parameter, combinations, and offers that must be declined
/// (PROTOCOL.md §2).
@Suite struct PerMessageDeflateNegotiationTests {
    private func negotiate(_ headers: String..., allowClientContextTakeover: Bool = false) -> PerMessageDeflate? {
        PerMessageDeflate.negotiate(offers: headers, allowClientContextTakeover: allowClientContextTakeover)
    }

    @Test func noOfferNoExtension() {
        #expect(PerMessageDeflate.negotiate(offers: []) == nil)
        #expect(negotiate("x-webkit-deflate-frame") == nil)
    }

    @Test func plainOfferIsAnsweredWithBothNoContextTakeovers() throws {
        let agreed = try #require(negotiate("permessage-deflate"))
        #expect(agreed.serverWindowBits == 15)
        #expect(agreed.clientNoContextTakeover)
        #expect(agreed.responseHeader == "permessage-deflate; server_no_context_takeover; client_no_context_takeover")
    }

    @Test func clientContextTakeoverWhenConfigured() throws {
        let agreed = try #require(negotiate("permessage-deflate", allowClientContextTakeover: true))
        #expect(!agreed.clientNoContextTakeover)
        #expect(agreed.responseHeader == "permessage-deflate; server_no_context_takeover")
        // A client that asks for it gets it even so.
        let asked = try #require(
            negotiate("permessage-deflate; client_no_context_takeover", allowClientContextTakeover: true))
        #expect(asked.clientNoContextTakeover)
    }

    /// `COMPRESSION=context`: the server keeps its context unless the client asked it not to.
    @Test func serverContextTakeoverWhenAllowedAndNotForbidden() throws {
        let kept = try #require(
            PerMessageDeflate.negotiate(offers: ["permessage-deflate"], allowServerContextTakeover: true))
        #expect(!kept.serverNoContextTakeover)
        #expect(kept.responseHeader == "permessage-deflate; client_no_context_takeover")
        let forbidden = try #require(
            PerMessageDeflate.negotiate(
                offers: ["permessage-deflate; server_no_context_takeover; server_max_window_bits=10"],
                allowServerContextTakeover: true))
        #expect(forbidden.serverNoContextTakeover && forbidden.serverWindowBits == 10)
        #expect(
            forbidden.responseHeader
                == "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=10"
        )
        // Not allowed (the default): never kept.
        #expect(try #require(negotiate("permessage-deflate")).serverNoContextTakeover)
    }

    @Test(arguments: [
        ("permessage-deflate; client_max_window_bits", 15),
        ("permessage-deflate; client_max_window_bits=10", 15),
        ("permessage-deflate; client_max_window_bits=\"12\"", 15),
        ("permessage-deflate; server_max_window_bits=10", 10),
        ("permessage-deflate; server_max_window_bits=8", 8),
        ("permessage-deflate; server_max_window_bits=15", 15),
        ("permessage-deflate; server_no_context_takeover", 15),
        ("permessage-deflate; client_no_context_takeover", 15),
        (
            "permessage-deflate;server_max_window_bits=9;client_max_window_bits;client_no_context_takeover;server_no_context_takeover",
            9
        ),
        ("PerMessage-Deflate; Server_Max_Window_Bits=11", 11),
    ])
    func acceptedOffers(offer: String, bits: Int) throws {
        let agreed = try #require(negotiate(offer), "declined \(offer)")
        #expect(agreed.serverWindowBits == bits)
        #expect(agreed.responseHeader.hasPrefix("permessage-deflate; server_no_context_takeover"))
        let bounded = offer.lowercased().contains("server_max_window_bits")
        #expect(agreed.responseHeader.contains("server_max_window_bits=\(bits)") == bounded)
        // We inflate with the largest window, which reads any: nothing to answer for the client's.
        #expect(!agreed.responseHeader.contains("client_max_window_bits"))
    }

    @Test(arguments: [
        "permessage-deflate; server_max_window_bits",
        "permessage-deflate; server_max_window_bits=7",
        "permessage-deflate; server_max_window_bits=16",
        "permessage-deflate; server_max_window_bits=08",
        "permessage-deflate; server_max_window_bits=abc",
        "permessage-deflate; client_max_window_bits=7",
        "permessage-deflate; client_max_window_bits=16",
        "permessage-deflate; client_max_window_bits=",
        "permessage-deflate; server_no_context_takeover=1",
        "permessage-deflate; client_no_context_takeover=true",
        "permessage-deflate; server_no_context_takeover; server_no_context_takeover",
        "permessage-deflate; client_max_window_bits; client_max_window_bits=10",
        "permessage-deflate; server_max_window_bits=10; server_max_window_bits=11",
        "permessage-deflate; mystery_parameter",
        "permessage-deflate; =3",
        "permessage-deflate; client_max_window_bits=\"1 0\"",
    ])
    func declinedOffers(offer: String) {
        #expect(negotiate(offer) == nil, "accepted \(offer)")
    }

    @Test func theFirstAcceptableOfSeveralOffersWins() throws {
        let agreed = try #require(
            negotiate(
                "permessage-deflate; server_max_window_bits=7, permessage-deflate; server_max_window_bits=10, permessage-deflate"
            ))
        #expect(agreed.serverWindowBits == 10)
        let acrossHeaders = try #require(
            negotiate(
                "x-webkit-deflate-frame", "permessage-deflate; bogus, permessage-deflate; server_max_window_bits=12"))
        #expect(acrossHeaders.serverWindowBits == 12)
        #expect(negotiate("permessage-deflate; bogus, permessage-deflate; server_max_window_bits") == nil)
    }

    @Test func quotedCommasDoNotSplitOffers() {
        let offers = ExtensionOffer.parse(["foo; bar=\"a,b\", permessage-deflate; server_max_window_bits=\"10\""])
        // Two entries, not three; "a,b" is no token, so the first is malformed (named "").
        #expect(offers.map(\.name) == ["", "permessage-deflate"])
        #expect(offers[1].parameters.map(\.value) == ["10"])
    }
}

/// The zlib codec: raw deflate without the sync marker, window bounds respected, inflate capped.
@Suite struct DeflateCodecTests {
    /// JSON with repeats both near and far apart (beyond a 256- and a 512-byte window).
    private static let document: [UInt8] = {
        var text = "{\"commentary\":["
        for ball in 0..<60 {
            text +=
                "{\"ball\":\(ball),\"text\":\"Bumrah to Smith, \(ball % 7) runs, full and straight on middle stump\"},"
        }
        text += "{}]}"
        return Array(text.utf8)
    }()

    @Test(arguments: 8...15)
    func roundTripWithTheAgreedWindow(bits: Int) throws {
        let deflater = MessageDeflater(windowBits: bits)
        let compressed = try #require(deflater.compress(Self.document))
        #expect(compressed.count < Self.document.count)
        #expect(compressed.suffix(4) != [0x00, 0x00, 0xFF, 0xFF])
        // Inflating with exactly the agreed window proves no match reaches further back.
        let inflater = MessageInflater(windowBits: bits)
        #expect(try inflater.decompress(compressed, limit: 1 << 20).get() == Self.document)
        // No context: the same message deflates to the same bytes every time.
        #expect(deflater.compress(Self.document) == compressed)
        #expect(try inflater.decompress(compressed, limit: 1 << 20).get() == Self.document)
    }

    @Test func contextTakeoverShrinksRepeatsAndStillInflates() throws {
        let deflater = MessageDeflater(windowBits: 15, keepsContext: true)
        let inflater = MessageInflater(keepsContext: true)
        let first = try #require(deflater.compress(Self.document))
        let second = try #require(deflater.compress(Self.document))
        #expect(second.count < first.count / 4)
        #expect(try inflater.decompress(first, limit: 1 << 20).get() == Self.document)
        #expect(try inflater.decompress(second, limit: 1 << 20).get() == Self.document)
        // Without the first message's context the second cannot be read.
        #expect(throws: MessageInflater.Failure.self) { try MessageInflater().decompress(second, limit: 1 << 20).get() }
    }

    @Test func inflatingPastTheCapStopsAtTheCap() throws {
        let bomb = try #require(MessageDeflater(windowBits: 15).compress([UInt8](repeating: 0x20, count: 8 << 20)))
        #expect(bomb.count < 16_384)
        #expect(MessageInflater().decompress(bomb, limit: 65_536) == .failure(.tooLarge))
        // The shared stream is usable again after a refusal.
        let inflater = MessageInflater()
        _ = inflater.decompress(bomb, limit: 1_000)
        let small = try #require(MessageDeflater(windowBits: 15).compress(Array("{\"type\":\"ack\"}".utf8)))
        #expect(try inflater.decompress(small, limit: 1_000).get() == Array("{\"type\":\"ack\"}".utf8))
    }

    @Test func garbageIsCorruptAndTheStreamStaysUsable() throws {
        let inflater = MessageInflater()
        #expect(inflater.decompress([0xFF, 0xFF, 0xFF, 0xFF, 0x00], limit: 1_000) == .failure(.corrupt))
        let compressed = try #require(MessageDeflater(windowBits: 15).compress(Self.document))
        #expect(try inflater.decompress(compressed, limit: 1 << 20).get() == Self.document)
    }

    @Test func theCapIsInclusive() throws {
        let compressed = try #require(MessageDeflater(windowBits: 15).compress(Self.document))
        #expect(try MessageInflater().decompress(compressed, limit: Self.document.count).get() == Self.document)
        #expect(MessageInflater().decompress(compressed, limit: Self.document.count - 1) == .failure(.tooLarge))
    }

    /// The inflater stops one byte past the cap; messages of exactly the cap, one chunk of its
    /// scratch buffer (4 KiB) or several, still arrive whole.
    @Test(arguments: [4_095, 4_096, 4_097, 8_192, 65_535, 65_536, 65_537, 131_072, 200_000])
    func theCapIsInclusiveAcrossChunks(size: Int) throws {
        let message = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) }
        let compressed = try #require(MessageDeflater(windowBits: 15).compress(message))
        #expect(try MessageInflater().decompress(compressed, limit: size).get() == message)
        #expect(MessageInflater().decompress(compressed, limit: size - 1) == .failure(.tooLarge))
        #expect(try MessageInflater().decompress(compressed, limit: size + 1).get() == message)
    }

    @Test func anEmptyMessageRoundTrips() throws {
        let compressed = try #require(MessageDeflater(windowBits: 15).compress([UInt8]()))
        #expect(try MessageInflater().decompress(compressed, limit: 10).get() == [])
    }
}

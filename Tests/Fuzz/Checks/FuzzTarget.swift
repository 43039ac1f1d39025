import CreaseGateway
import CreaseProtocol
import NIOCore
import NIOHTTP1
import NIOWebSocket

/// The parsers that face the network, each with the properties that must hold for any input:
/// the libFuzzer targets (`Tests/Fuzz/run.sh`, `make fuzz`), and the replay of their corpora in
/// `make test` (`FuzzCorpusTests`), where every crash the fuzzer found stays as a regression.
///
/// ``check(_:)`` returns nil when the input was handled as the protocol says (accepted or
/// refused), and a description of the broken property otherwise; a crash or a sanitizer report
/// is a finding too.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Bytes off a client's socket, cut into reads: frame parser, message assembler, inflate,
    /// then the client-message parser, as a connection runs them.
    case frames
    /// A JSON document: the parser, its round trip, and the client-message and publish-body
    /// decoders on the same bytes.
    case json
    /// Three JSON documents (patch, patch, document, separated by NUL): RFC 7386's rules.
    case mergePatch = "merge-patch"
    /// `Sec-WebSocket-Extensions` header values (one per line): permessage-deflate negotiation.
    case deflateOffer = "deflate-offer"
    /// A compressed message's payload: inflate with a limit.
    case inflate
    /// An upgrade request's headers (`Name: value` lines; NIO's llhttp parsed the head): the
    /// server's handshake decision.
    case upgrade
    /// A connection's first bytes on the epoll transport: its narrow request-head parser
    /// (`UpgradeRequestHead`), which answers plain upgrade requests itself.
    case upgradeHead = "upgrade-head"

    public func check(_ bytes: [UInt8]) -> String? {
        switch self {
        case .frames: Self.frames(bytes)
        case .json: Self.json(bytes)
        case .mergePatch: Self.mergePatch(bytes)
        case .deflateOffer: Self.deflateOffer(bytes)
        case .inflate: Self.inflate(bytes)
        case .upgrade: Self.upgrade(bytes)
        case .upgradeHead: Self.upgradeHead(bytes)
        }
    }

    /// The limit the inbound path runs with here (small, so that inputs reach it).
    static let maxMessageBytes = 1_024

    /// First byte: bit 0 = permessage-deflate agreed, the rest = bytes per read (1…128).
    private static func frames(_ bytes: [UInt8]) -> String? {
        guard let control = bytes.first else { return nil }
        let limit = maxMessageBytes
        let readSize = Int(control >> 1) + 1
        var parser = InboundFrameParser(maxFrameSize: limit)
        var assembler = InboundMessageAssembler(maxMessageBytes: limit, compressionNegotiated: control & 1 == 1)
        let inflater = MessageInflater()
        var rest = bytes.dropFirst()
        while !rest.isEmpty {
            parser.append(ByteBuffer(bytes: rest.prefix(readSize)))
            rest = rest.dropFirst(readSize)
            while true {
                // A frame still arriving is held, never more than one frame and one read.
                guard parser.heldBytes <= limit + 14 + readSize else {
                    return "the frame parser holds \(parser.heldBytes) bytes"
                }
                let next = parser.next()
                if case .invalid = next { return nil }  // the connection closes
                guard case .frame(let frame) = next else { break }
                guard frame.length <= limit else {
                    return "a frame of \(frame.length) bytes passed the \(limit)-byte limit"
                }
                var action = assembler.receive(frame)
                if case .compressed(let opcode, let payload) = action {
                    let inflated = inflater.decompress(payload.readableBytesView, limit: limit).map {
                        ByteBuffer(bytes: $0)
                    }
                    action = assembler.inflated(opcode: opcode, inflated)
                }
                guard assembler.bufferedBytes <= limit else {
                    return "the assembler holds \(assembler.bufferedBytes) bytes"
                }
                switch action {
                case .text(let message):
                    guard message.readableBytes <= limit else {
                        return "a \(message.readableBytes)-byte message passed the limit"
                    }
                    guard UTF8Validator.isValid(message.readableBytesView) else {
                        return "a text message that is not UTF-8"
                    }
                    _ = ClientMessage.decode(message.readableBytesView)
                case .binary(let message):
                    guard message.readableBytes <= limit else {
                        return "a \(message.readableBytes)-byte message passed the limit"
                    }
                case .compressed:
                    return "a message still compressed after inflating"
                case .fail, .peerClosed:
                    return nil  // the connection closes
                case .none, .ping:
                    break
                }
            }
        }
        return nil
    }

    private static func json(_ bytes: [UInt8]) -> String? {
        _ = ClientMessage.decode(bytes)
        _ = PublishRequest.decode(bytes)
        guard let value = try? JSONValue(parsing: bytes) else { return nil }
        let written = value.serialized
        guard let again = try? JSONValue(parsing: written) else {
            return
                "what the parser accepted serializes to text it refuses: \(String(decoding: written.prefix(200), as: UTF8.self))"
        }
        guard again == value else {
            return "a round trip changed the value: \(String(decoding: written.prefix(200), as: UTF8.self))"
        }
        guard again.serialized == written else { return "serializing is not stable" }
        return nil
    }

    private static func mergePatch(_ bytes: [UInt8]) -> String? {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let first = try? JSONValue(parsing: parts[0]),
            let second = try? JSONValue(parsing: parts[1]),
            let document = try? JSONValue(parsing: parts[2])
        else { return nil }
        let once = MergePatch.apply(first, to: document)
        // What makes a publish safe to retry (README, "No acknowledged event is lost").
        guard MergePatch.apply(first, to: once) == once else { return "applying a patch twice changed the result" }
        let both = MergePatch.apply(second, to: once)
        if let composed = MergePatch.compose(first, second), MergePatch.apply(composed, to: document) != both {
            return "compose(a, b) applied differs from a then b"
        }
        return nil
    }

    /// First byte: bit 0 = allow client context takeover; the rest are header values, one per line.
    private static func deflateOffer(_ bytes: [UInt8]) -> String? {
        guard let control = bytes.first else { return nil }
        let values = bytes.dropFirst().split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
        let allowTakeover = control & 1 == 1
        _ = ExtensionOffer.parse(values)
        guard let agreed = PerMessageDeflate.negotiate(offers: values, allowClientContextTakeover: allowTakeover) else {
            return nil
        }
        guard (8...15).contains(agreed.serverWindowBits) else { return "server window bits \(agreed.serverWindowBits)" }
        guard agreed.responseHeader.hasPrefix("permessage-deflate; server_no_context_takeover") else {
            return "answer \(agreed.responseHeader)"
        }
        // Our answer is itself an acceptable offer of the same parameters.
        guard
            let again = PerMessageDeflate.negotiate(
                offers: [agreed.responseHeader], allowClientContextTakeover: allowTakeover),
            again.serverWindowBits == agreed.serverWindowBits
        else { return "the answer \(agreed.responseHeader) is not an acceptable offer" }
        return nil
    }

    /// First byte: bit 0 = compression on, bit 1 = an origin allow-list; then header lines.
    private static func upgrade(_ bytes: [UInt8]) -> String? {
        guard let control = bytes.first else { return nil }
        var headers = HTTPHeaders()
        for line in bytes.dropFirst().split(separator: UInt8(ascii: "\n")) {
            // Only what NIO's HTTP parser hands on: a token for a name, no CR or NUL anywhere.
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                line[..<colon].allSatisfy(Self.isTokenCharacter), !line.contains(13), !line.contains(0)
            else { continue }
            let value = String(decoding: line[line.index(after: colon)...], as: UTF8.self)
            headers.add(name: String(decoding: line[..<colon], as: UTF8.self), value: value.trimmingSpaces)
        }
        let origins = control & 2 == 2 ? try? OriginAllowList.parse("https://scores.example").get() : nil
        let policy = WebSocketUpgrade.Policy(
            allowedOrigins: origins, compression: control & 1 == 1, allowClientContextTakeover: false)
        let decision = WebSocketUpgrade.decide(headers, policy: policy)
        guard decision == WebSocketUpgrade.decide(headers, policy: policy) else {
            return "the decision is not deterministic"
        }
        switch decision {
        case .accept(let response, let deflate):
            guard headers["Sec-WebSocket-Version"] == ["13"] else {
                return "accepted version \(headers["Sec-WebSocket-Version"])"
            }
            guard headers["Sec-WebSocket-Key"].count == 1, let key = headers["Sec-WebSocket-Key"].first else {
                return "accepted without one key"
            }
            guard response["Sec-WebSocket-Accept"] == [WebSocketUpgrade.accept(key: key)],
                WebSocketUpgrade.accept(key: key).utf8.count == 28
            else {
                return "wrong Sec-WebSocket-Accept"
            }
            guard (deflate != nil) == !response["Sec-WebSocket-Extensions"].isEmpty, deflate == nil || control & 1 == 1
            else {
                return "deflate agreed without saying so, or with compression off"
            }
            // Nothing the client sent can split a response header.
            for (name, value) in response where (name + value).contains(where: { $0 == "\r" || $0 == "\n" }) {
                return "a response header carries a line break: \(name)"
            }
        case .refuse(let refusal):
            guard [.upgradeRequired, .badRequest, .forbidden].contains(refusal.status) else {
                return "refused with \(refusal.status)"
            }
        }
        return nil
    }

    /// Whatever the bytes: a complete head ends with its blank line within the limit, carries no
    /// line break or control byte into a target, name or value (nothing can split the 101), reads
    /// back the same when written out again, and no shorter prefix of it is complete.
    private static func upgradeHead(_ bytes: [UInt8]) -> String? {
        let parsed = UpgradeRequestHead.parse(bytes)
        guard parsed == UpgradeRequestHead.parse(bytes) else { return "the parse is not deterministic" }
        guard case .complete(let head) = parsed else { return nil }
        guard head.length <= bytes.count, head.length <= UpgradeRequestHead.maxHeadBytes,
            bytes[(head.length - 4)..<head.length].elementsEqual([13, 10, 13, 10])
        else { return "a head of \(head.length) bytes does not end with its blank line" }
        let clean: (String) -> Bool = { $0.utf8.allSatisfy { $0 == 9 || (0x20...0x7E).contains($0) } }
        guard head.target.hasPrefix("/"), clean(head.target), !head.target.contains(" ") else {
            return "target \(head.target)"
        }
        for (name, value) in head.headers where !clean(name) || !clean(value) || name.isEmpty || name.contains(" ") {
            return "header \(name): \(value)"
        }
        var text = "GET \(head.target) HTTP/1.1\r\n"
        for (name, value) in head.headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        guard case .complete(let again) = UpgradeRequestHead.parse(Array(text.utf8)), again.target == head.target,
            again.headers.map({ "\($0.name): \($0.value)" }) == head.headers.map({ "\($0.name): \($0.value)" })
        else { return "the head does not read back the same" }
        if case .complete = UpgradeRequestHead.parse(bytes.prefix(head.length - 1)) {
            return "a shorter prefix is complete"
        }
        return nil
    }

    /// RFC 9110 §5.6.2's `tchar`.
    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }

    /// First byte: bit 0 = keep the context, bits 1–3 = window bits 8…15; then the payload,
    /// inflated twice with the same inflater.
    private static func inflate(_ bytes: [UInt8]) -> String? {
        guard let control = bytes.first else { return nil }
        let inflater = MessageInflater(keepsContext: control & 1 == 1, windowBits: 8 + Int((control >> 1) & 7))
        for _ in 0..<2 {
            switch inflater.decompress(bytes.dropFirst(), limit: maxMessageBytes) {
            case .success(let output):
                guard output.count <= maxMessageBytes else { return "inflated \(output.count) bytes past the limit" }
            case .failure: break
            }
        }
        return nil
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}

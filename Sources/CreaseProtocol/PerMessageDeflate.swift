/// The permessage-deflate parameters (RFC 7692) agreed with one client.
///
/// By default the server keeps no compression context between messages
/// (`server_no_context_takeover` is always answered), so a compressed message depends only on its
/// bytes and the server window size: one deflate serves every client that agreed the same
/// `serverWindowBits`. Where the server allows it (`COMPRESSION=context`) and the client did not
/// forbid it, the answer leaves that parameter out, and the client's decoder keeps its window
/// from message to message: the server may then send it frames of a deflate stream it shares
/// with other clients (``SharedDeflateStream``).
public struct PerMessageDeflate: Sendable, Hashable {
    /// The LZ77 window the server compresses with, 8…15 (15 unless the client asked for less).
    public var serverWindowBits: Int
    /// Whether the server promised to compress every message on its own (answered
    /// `server_no_context_takeover`).
    public var serverNoContextTakeover: Bool
    /// Whether the client was told to reset its compressor after every message, which lets the
    /// server inflate with a shared stream instead of one kept per connection.
    public var clientNoContextTakeover: Bool
    /// The `Sec-WebSocket-Extensions` value the server answers with.
    public var responseHeader: String

    public init(
        serverWindowBits: Int, clientNoContextTakeover: Bool, serverWindowBitsRequested: Bool,
        serverNoContextTakeover: Bool = true
    ) {
        self.serverWindowBits = serverWindowBits
        self.clientNoContextTakeover = clientNoContextTakeover
        self.serverNoContextTakeover = serverNoContextTakeover
        var header = "permessage-deflate"
        if serverNoContextTakeover { header += "; server_no_context_takeover" }
        if clientNoContextTakeover { header += "; client_no_context_takeover" }
        // Answered only when offered: a client that did not bound our window expects none.
        if serverWindowBitsRequested { header += "; server_max_window_bits=\(serverWindowBits)" }
        self.responseHeader = header
    }

    /// Chooses the first acceptable permessage-deflate offer among the client's
    /// `Sec-WebSocket-Extensions` header values (RFC 7692 §5, §7.1); nil declines the extension,
    /// and the upgrade goes on without it.
    ///
    /// An offer is declined when it has an unknown or repeated parameter, a value on a
    /// `*_no_context_takeover`, no value on `server_max_window_bits`, or window bits outside 8…15.
    /// - Parameters:
    ///   - allowClientContextTakeover: when false (the default), the answer carries
    ///     `client_no_context_takeover` whatever the client offered (RFC 7692 §7.1.1.2).
    ///   - allowServerContextTakeover: when false (the default), the answer carries
    ///     `server_no_context_takeover` whatever the client offered (RFC 7692 §7.1.1.1); when
    ///     true, only where the client asked for it.
    public static func negotiate(
        offers headerValues: [String], allowClientContextTakeover: Bool = false,
        allowServerContextTakeover: Bool = false
    ) -> PerMessageDeflate? {
        for offer in ExtensionOffer.parse(headerValues) where offer.name == "permessage-deflate" {
            if let accepted = accept(
                offer, allowClientContextTakeover: allowClientContextTakeover,
                allowServerContextTakeover: allowServerContextTakeover)
            {
                return accepted
            }
        }
        return nil
    }

    private static func accept(
        _ offer: ExtensionOffer, allowClientContextTakeover: Bool, allowServerContextTakeover: Bool
    ) -> PerMessageDeflate? {
        var seen = Set<String>()
        var serverWindowBits: Int?
        var clientNoContextTakeover = !allowClientContextTakeover
        var serverNoContextTakeover = !allowServerContextTakeover
        for (name, value) in offer.parameters {
            guard seen.insert(name).inserted else { return nil }
            switch name {
            case "server_no_context_takeover":
                guard value == nil else { return nil }
                serverNoContextTakeover = true
            case "client_no_context_takeover":
                guard value == nil else { return nil }
                clientNoContextTakeover = true
            case "server_max_window_bits":
                guard let value, let bits = windowBits(value) else { return nil }
                serverWindowBits = bits
            case "client_max_window_bits":
                // The client may send with a smaller window; we inflate with the largest, which
                // reads any, so we answer nothing for it.
                if let value, windowBits(value) == nil { return nil }
            default:
                return nil
            }
        }
        return PerMessageDeflate(
            serverWindowBits: serverWindowBits ?? 15,
            clientNoContextTakeover: clientNoContextTakeover,
            serverWindowBitsRequested: serverWindowBits != nil,
            serverNoContextTakeover: serverNoContextTakeover)
    }

    /// A window-bits value: a decimal 8…15 without leading zeros (RFC 7692 §7.1.2).
    private static func windowBits(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 2, text.first != "0", text.allSatisfy(\.isASCII), let bits = Int(text),
            (8...15).contains(bits)
        else { return nil }
        return bits
    }
}

/// One entry of a `Sec-WebSocket-Extensions` header: an extension name and its parameters, in
/// the order sent (RFC 6455 §9.1). Names are lower-cased; quoted values are unquoted.
public struct ExtensionOffer: Sendable, Equatable {
    public var name: String
    public var parameters: [(name: String, value: String?)]

    public static func == (lhs: ExtensionOffer, rhs: ExtensionOffer) -> Bool {
        lhs.name == rhs.name
            && lhs.parameters.elementsEqual(rhs.parameters) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Parses every header value (the header may be repeated). A malformed entry becomes an
    /// offer named "" that nothing accepts, so it is declined without hiding the others.
    public static func parse(_ headerValues: [String]) -> [ExtensionOffer] {
        var offers: [ExtensionOffer] = []
        for value in headerValues {
            for entry in split(Substring(value), on: ",") where !entry.allSatisfy(\.isWhitespace) {
                offers.append(parseEntry(entry))
            }
        }
        return offers
    }

    private static func parseEntry(_ entry: Substring) -> ExtensionOffer {
        let parts = split(entry, on: ";")
        let name = trimmed(parts[0])
        guard isToken(name) else { return ExtensionOffer(name: "", parameters: []) }
        var parameters: [(name: String, value: String?)] = []
        for part in parts.dropFirst() {
            let piece = trimmed(part)
            if let equals = piece.firstIndex(of: "=") {
                let key = trimmed(piece[..<equals])
                var value = trimmed(piece[piece.index(after: equals)...])
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                    value = unquote(value.dropFirst().dropLast())
                }
                guard isToken(key), isToken(value) else { return ExtensionOffer(name: "", parameters: []) }
                parameters.append((key.lowercased(), value))
            } else {
                guard isToken(piece) else { return ExtensionOffer(name: "", parameters: []) }
                parameters.append((piece.lowercased(), nil))
            }
        }
        return ExtensionOffer(name: name.lowercased(), parameters: parameters)
    }

    /// Splits on `separator` outside quoted strings.
    private static func split(_ text: Substring, on separator: Character) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex
        var inQuotes = false
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                escaped = false
            } else if inQuotes, character == "\\" {
                escaped = true
            } else if character == "\"" {
                inQuotes.toggle()
            } else if !inQuotes, character == separator {
                pieces.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    private static func unquote(_ text: Substring) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if !escaped, character == "\\" {
                escaped = true
                continue
            }
            escaped = false
            result.append(character)
        }
        return result
    }

    /// RFC 7230 §3.2.6 token.
    private static func isToken(_ text: String) -> Bool {
        !text.isEmpty
            && text.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    true
                default:
                    Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
                }
            }
    }
}

/// A message a client sends over the WebSocket (PROTOCOL.md §2.2), validated.
public enum ClientMessage: Equatable, Sendable {
    /// Start receiving `match`; `since` is the last seq the client holds; `conflate` (protocol
    /// 1.1) lets the gateway fold deltas that wait for this client into one (``DeltaRun``).
    case subscribe(match: MatchID, since: Int64?, conflate: Bool = false)
    /// Stop receiving `match`.
    case unsubscribe(match: MatchID)
    /// Cumulative: every delta of `match` up to `seq` has been applied.
    case ack(match: MatchID, seq: Int64)

    /// The match the message is about.
    public var match: MatchID {
        switch self {
        case .subscribe(let match, _, _), .unsubscribe(let match), .ack(let match, _): match
        }
    }
}

/// Why a client message was rejected: the `error` code and words for people.
public struct ClientMessageRejection: Error, Equatable, Sendable {
    public let code: ErrorCode
    public let message: String

    public init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }
}

extension ClientMessage {
    /// Decodes one text frame's payload.
    ///
    /// Invalid JSON is `bad_json`; JSON that is not a known message, or lacks a field, or has a
    /// field of the wrong type is `bad_message`; a malformed match id is `bad_match_id`.
    public static func decode(_ bytes: some Collection<UInt8>) -> Result<ClientMessage, ClientMessageRejection> {
        // Acks are most of what clients send (one per subscription per second): the form every
        // client library writes is read without building a JSON value; any other spelling goes
        // through the full parser, with the same result.
        if let ack = bytes.withContiguousStorageIfAvailable({ canonicalAck($0) }) ?? canonicalAck(Array(bytes)) {
            return .success(ack)
        }
        let value: JSONValue
        do {
            value = try JSONValue(parsing: bytes)
        } catch {
            return .failure(.init(.badJSON, "the message is not valid JSON"))
        }
        return decode(value)
    }

    /// `{"type":"ack","match":"<id>","seq":<n>}` exactly (no spaces, this key order, `n` a
    /// non-negative integer of at most 18 digits without leading zeros), or nil.
    static func canonicalAck(_ bytes: UnsafeBufferPointer<UInt8>) -> ClientMessage? {
        let prefix = Self.ackPrefix
        let middle = Self.ackMiddle
        guard bytes.count > prefix.count + middle.count + 2, bytes.last == UInt8(ascii: "}"),
            Self.bytes(bytes, at: 0, equal: prefix)
        else { return nil }
        var index = prefix.count
        let idStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += 1 }
        let idEnd = index
        guard idEnd > idStart, idEnd - idStart <= MatchID.maxLength, Self.bytes(bytes, at: idEnd, equal: middle)
        else { return nil }
        let digits = bytes[(idEnd + middle.count)..<(bytes.count - 1)]
        guard !digits.isEmpty, digits.count <= 18, digits.first != UInt8(ascii: "0") || digits.count == 1 else {
            return nil
        }
        var seq: Int64 = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            seq = seq * 10 + Int64(digit - UInt8(ascii: "0"))
        }
        guard let match = MatchID(String(decoding: bytes[idStart..<idEnd], as: UTF8.self)) else { return nil }
        return .ack(match: match, seq: seq)
    }

    // As byte arrays compared index by index: `starts(with:)` over a string's UTF-8 view was a
    // sixteenth of the gateway's user-space work per ack (perf, `Benchmarks/RESULTS.md`).
    private static let ackPrefix = Array(#"{"type":"ack","match":""#.utf8)
    private static let ackMiddle = Array(#"","seq":"#.utf8)

    /// Whether `bytes` holds `expected` from `offset` on.
    private static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, equal expected: [UInt8]) -> Bool {
        guard bytes.count - offset >= expected.count else { return false }
        for index in expected.indices where bytes[offset + index] != expected[index] { return false }
        return true
    }

    static func canonicalAck(_ bytes: [UInt8]) -> ClientMessage? {
        bytes.withUnsafeBufferPointer { canonicalAck($0) }
    }

    /// Interprets an already parsed JSON value.
    public static func decode(_ value: JSONValue) -> Result<ClientMessage, ClientMessageRejection> {
        guard let members = value.objectValue else {
            return .failure(.init(.badMessage, "a message is a JSON object with a string field 'type'"))
        }
        guard let type = members["type"]?.stringValue else {
            return .failure(.init(.badMessage, "a message needs a string field 'type'"))
        }
        guard ["subscribe", "unsubscribe", "ack"].contains(type) else {
            return .failure(
                .init(.badMessage, "unknown message type '\(type.prefix(64))'; expected subscribe, unsubscribe or ack"))
        }
        guard let matchField = members["match"] else {
            return .failure(.init(.badMessage, "'\(type)' needs a string field 'match'"))
        }
        guard let rawMatch = matchField.stringValue else {
            return .failure(.init(.badMessage, "'match' must be a string"))
        }
        guard let match = MatchID(rawMatch) else {
            return .failure(.init(.badMatchID, MatchID.rule))
        }
        switch type {
        case "subscribe":
            var conflate = false
            if let conflateField = members["conflate"], conflateField != .null {
                guard case .bool(let value) = conflateField else {
                    return .failure(.init(.badMessage, "'conflate' must be true or false"))
                }
                conflate = value
            }
            guard let sinceField = members["since"], sinceField != .null else {
                return .success(.subscribe(match: match, since: nil, conflate: conflate))
            }
            guard let since = sinceField.integerValue, since >= 0 else {
                return .failure(.init(.badMessage, "'since' must be a non-negative integer"))
            }
            return .success(.subscribe(match: match, since: since, conflate: conflate))
        case "unsubscribe":
            return .success(.unsubscribe(match: match))
        default:
            guard let seq = members["seq"]?.integerValue, seq >= 0 else {
                return .failure(.init(.badMessage, "'ack' needs a non-negative integer field 'seq'"))
            }
            return .success(.ack(match: match, seq: seq))
        }
    }

    /// The message as a client sends it (used by the Swift client and tests).
    public var encoded: [UInt8] {
        var members: [String: JSONValue] = ["match": .string(match.rawValue)]
        switch self {
        case .subscribe(_, let since, let conflate):
            members["type"] = .string("subscribe")
            if let since { members["since"] = .integer(since) }
            if conflate { members["conflate"] = .bool(true) }
        case .unsubscribe:
            members["type"] = .string("unsubscribe")
        case .ack(_, let seq):
            members["type"] = .string("ack")
            members["seq"] = .integer(seq)
        }
        return JSONValue.object(members).serialized
    }
}

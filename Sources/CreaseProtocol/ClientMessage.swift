/// A message a client sends over the WebSocket (PROTOCOL.md §2.2), validated.
public enum ClientMessage: Equatable, Sendable {
    /// Start receiving `match`; `since` is the last seq the client holds.
    case subscribe(match: MatchID, since: Int64?)
    /// Stop receiving `match`.
    case unsubscribe(match: MatchID)
    /// Cumulative: every delta of `match` up to `seq` has been applied.
    case ack(match: MatchID, seq: Int64)

    /// The match the message is about.
    public var match: MatchID {
        switch self {
        case .subscribe(let match, _), .unsubscribe(let match), .ack(let match, _): match
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
        let value: JSONValue
        do {
            value = try JSONValue(parsing: bytes)
        } catch {
            return .failure(.init(.badJSON, "the message is not valid JSON"))
        }
        return decode(value)
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
            return .failure(.init(.badMessage, "unknown message type '\(type.prefix(64))'; expected subscribe, unsubscribe or ack"))
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
            guard let sinceField = members["since"], sinceField != .null else {
                return .success(.subscribe(match: match, since: nil))
            }
            guard let since = sinceField.integerValue, since >= 0 else {
                return .failure(.init(.badMessage, "'since' must be a non-negative integer"))
            }
            return .success(.subscribe(match: match, since: since))
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
        case .subscribe(_, let since):
            members["type"] = .string("subscribe")
            if let since { members["since"] = .integer(since) }
        case .unsubscribe:
            members["type"] = .string("unsubscribe")
        case .ack(_, let seq):
            members["type"] = .string("ack")
            members["seq"] = .integer(seq)
        }
        return JSONValue.object(members).serialized
    }
}

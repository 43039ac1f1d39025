/// Encoders for the messages the gateway sends (PROTOCOL.md §2.1).
///
/// Each returns the exact UTF-8 JSON bytes of one text frame. A `delta` is encoded once by its
/// publisher and forwarded untouched; the others are per-connection replies.
public enum ServerMessage {
    /// The protocol version announced in `hello`.
    public static let protocolVersion = 1

    public static func hello(gateway: String, heartbeatMilliseconds: Int, ackTimeoutMilliseconds: Int) -> [UInt8] {
        JSONValue.object([
            "type": .string("hello"),
            "protocol": .integer(Int64(protocolVersion)),
            "gateway": .string(gateway),
            "heartbeat_ms": .integer(Int64(heartbeatMilliseconds)),
            "ack_timeout_ms": .integer(Int64(ackTimeoutMilliseconds)),
        ]).serialized
    }

    /// A full state; `state` nil encodes as JSON `null` (a match with no state yet, seq 0).
    public static func snapshot(match: MatchID, seq: Int64, state: JSONValue?) -> [UInt8] {
        JSONValue.object([
            "type": .string("snapshot"),
            "match": .string(match.rawValue),
            "seq": .integer(seq),
            "state": state ?? .null,
        ]).serialized
    }

    /// A snapshot whose state is already serialised JSON (as stored on the bus), spliced in
    /// without re-parsing it.
    public static func snapshot(match: MatchID, seq: Int64, stateJSON: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(stateJSON.count + 64)
        out.append(contentsOf: #"{"match":"#.utf8)
        JSONValue.writeString(match.rawValue, into: &out)
        out.append(contentsOf: #","seq":"#.utf8)
        out.append(contentsOf: String(seq).utf8)
        out.append(contentsOf: #","state":"#.utf8)
        out.append(contentsOf: stateJSON)
        out.append(contentsOf: #","type":"snapshot"}"#.utf8)
        return out
    }

    /// The one encoding of a published event, forwarded byte for byte to every subscriber;
    /// with `from`, a conflated run `from…seq` (protocol 1.1, ``DeltaRun``).
    public static func delta(
        match: MatchID, seq: Int64, timestamp: Int64, priority: Priority, data: JSONValue, from: Int64? = nil
    ) -> [UInt8] {
        var members: [String: JSONValue] = [
            "type": .string("delta"),
            "match": .string(match.rawValue),
            "seq": .integer(seq),
            "ts": .integer(timestamp),
            "priority": .string(priority.name),
            "data": data,
        ]
        if let from { members["from"] = .integer(from) }
        return JSONValue.object(members).serialized
    }

    public static func resync(match: MatchID, reason: ResyncReason) -> [UInt8] {
        JSONValue.object([
            "type": .string("resync"),
            "match": .string(match.rawValue),
            "reason": .string(reason.rawValue),
            "snapshot_url": .string(snapshotPath(for: match)),
        ]).serialized
    }

    public static func unsubscribed(match: MatchID) -> [UInt8] {
        JSONValue.object(["type": .string("unsubscribed"), "match": .string(match.rawValue)]).serialized
    }

    public static func error(_ code: ErrorCode, message: String) -> [UInt8] {
        JSONValue.object([
            "type": .string("error"),
            "code": .string(code.rawValue),
            "message": .string(message),
        ]).serialized
    }

    /// The REST path a client refetches a match's state from (`snapshot_url`).
    public static func snapshotPath(for match: MatchID) -> String { "/v1/matches/\(match.rawValue)" }
}

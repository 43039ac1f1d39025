/// The WebSocket close codes Crease uses, with the meaning PROTOCOL.md §2.4 gives them.
public enum CloseCode: UInt16, Sendable, CustomStringConvertible {
    case normal = 1000
    case goingAway = 1001
    case protocolError = 1002
    case invalidPayload = 1007
    case policyViolation = 1008
    case messageTooBig = 1009
    case internalError = 1011
    case serviceRestart = 1012

    public var description: String { "\(rawValue)" }
}

/// Why the gateway asks a client to refetch state (PROTOCOL.md §2.1 `resync`).
public enum ResyncReason: String, Sendable, CaseIterable {
    /// The client's acks fell behind, or its queue overflowed.
    case slowConsumer = "slow_consumer"
    /// The bus skipped a `seq`.
    case gap
    /// The bus connection was re-established; deltas may have been missed.
    case busReconnect = "bus_reconnect"
    /// The gateway as a whole shed load.
    case shed
}

/// Machine-readable `error` codes (PROTOCOL.md §2.1).
public enum ErrorCode: String, Sendable, CaseIterable {
    case badJSON = "bad_json"
    case badMessage = "bad_message"
    case badMatchID = "bad_match_id"
    case notSubscribed = "not_subscribed"
    case binaryNotSupported = "binary_not_supported"
    case tooManySubscriptions = "too_many_subscriptions"
    case rateLimited = "rate_limited"
    case internalError = "internal_error"
}

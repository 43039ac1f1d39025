/// The `code` of an HTTP error body, `{"code":"…","message":"…"}` (PROTOCOL.md §3 and §10): what
/// a caller branches on. Each code goes with one status, so a handler names the code and the
/// status follows.
public enum HTTPErrorCode: String, Sendable, CaseIterable {
    /// 400: the match id breaks ``MatchID``'s rule.
    case badMatchID = "bad_match_id"
    /// 400: a published body that is not JSON.
    case badJSON = "bad_json"
    /// 400: a published body that is JSON but not `{"priority","data"}` as PROTOCOL.md §10 says.
    case badMessage = "bad_message"
    /// 400: a WebSocket key that is not 16 bytes of base64.
    case badHandshake = "bad_handshake"
    /// 401: a publisher without a valid token, or (no `INGEST_TOKEN`) off loopback.
    case unauthorized
    /// 403: a browser page whose origin `ALLOWED_ORIGINS` does not list.
    case originNotAllowed = "origin_not_allowed"
    /// 404: no such route (or not on this kind of server).
    case notFound = "not_found"
    /// 404: a match without state yet.
    case unknownMatch = "unknown_match"
    /// 405: a known route, another method (with `Allow`).
    case methodNotAllowed = "method_not_allowed"
    /// 413: a request body larger than the gateway reads. (The contract's name for it.)
    case bodyTooLarge = "bad_request"
    /// 426: a WebSocket route asked without an upgrade.
    case upgradeRequired = "upgrade_required"
    /// 426: a WebSocket version other than 13.
    case unsupportedVersion = "unsupported_version"
    /// 503: the bus did not answer or did not confirm (with `Retry-After` on publishes).
    case busUnavailable = "bus_unavailable"
    /// 503: draining, over `ADMISSION_RATE` or at `MAX_CONNECTIONS` (with `Retry-After`).
    case overCapacity = "over_capacity"

    /// The HTTP status this code is sent with.
    public var status: Int {
        switch self {
        case .badMatchID, .badJSON, .badMessage, .badHandshake: 400
        case .unauthorized: 401
        case .originNotAllowed: 403
        case .notFound, .unknownMatch: 404
        case .methodNotAllowed: 405
        case .bodyTooLarge: 413
        case .upgradeRequired, .unsupportedVersion: 426
        case .busUnavailable, .overCapacity: 503
        }
    }

    /// The code for a body refused with the WebSocket protocol's `error` code `code` (a published
    /// event is parsed by the same rules as a client's message); nil for codes a body cannot get.
    public init?(_ code: ErrorCode) {
        switch code {
        case .badJSON: self = .badJSON
        case .badMessage: self = .badMessage
        case .badMatchID: self = .badMatchID
        case .notSubscribed, .binaryNotSupported, .tooManySubscriptions, .rateLimited, .internalError: return nil
        }
    }
}

import CreaseProtocol
import Foundation
import NIOHTTP1

/// The server's answer to a WebSocket opening handshake (RFC 6455 §4.2, PROTOCOL.md §3), decided
/// from the request's headers alone: a value in, a decision out, so that every refusal is a unit
/// test without a socket. Admission (capacity, draining) is the caller's, after an acceptance.
package enum WebSocketUpgrade {
    /// What to answer.
    package enum Decision: Equatable {
        /// 101 with these headers; `deflate` is the agreed permessage-deflate, if any.
        case accept(headers: HTTPHeaders, deflate: PerMessageDeflate?)
        /// This status and headers, with the error body `{"code","message"}`.
        case refuse(Refusal)
    }

    /// A refused handshake.
    package struct Refusal: Equatable, Sendable {
        package var code: HTTPErrorCode
        package var headers: HTTPHeaders
        package var message: String
        /// The status `code` goes with.
        package var status: HTTPResponseStatus { HTTPResponseStatus(statusCode: code.status) }
        /// Counted in `crease_upgrades_rejected_total{reason}` (the others are not).
        package var countedAsOrigin: Bool = false
    }

    /// What the decision depends on besides the request.
    package struct Policy: Sendable {
        package var allowedOrigins: OriginAllowList?
        package var compression: Bool
        package var allowClientContextTakeover: Bool
        /// `COMPRESSION=context`: answer without `server_no_context_takeover` where the client
        /// did not ask for it.
        package var allowServerContextTakeover: Bool

        package init(
            allowedOrigins: OriginAllowList?, compression: Bool, allowClientContextTakeover: Bool,
            allowServerContextTakeover: Bool = false
        ) {
            self.allowedOrigins = allowedOrigins
            self.compression = compression
            self.allowClientContextTakeover = allowClientContextTakeover
            self.allowServerContextTakeover = allowServerContextTakeover
        }
    }

    /// RFC 6455 §1.3: appended to the client's key before hashing.
    static let guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    /// Decides the answer to a request for the WebSocket endpoint. Checks, in order: `Upgrade`
    /// and `Connection` (426), `Sec-WebSocket-Version` 13 exactly once (426), one
    /// `Sec-WebSocket-Key` of 16 base64 bytes (400), the origin (403); an acceptable
    /// permessage-deflate offer is agreed, any other declined, never refused.
    package static func decide(_ headers: HTTPHeaders, policy: Policy) -> Decision {
        let upgradeTokens = headers[canonicalForm: "Upgrade"].map { $0.lowercased() }
        let connectionTokens = headers[canonicalForm: "Connection"].map { $0.lowercased() }
        guard upgradeTokens.contains("websocket"), connectionTokens.contains("upgrade") else {
            return .refuse(
                Refusal(
                    code: .upgradeRequired, headers: ["Upgrade": "websocket"],
                    message: "this endpoint speaks WebSocket only"))
        }
        guard headers["Sec-WebSocket-Version"].count == 1, headers["Sec-WebSocket-Version"].first == "13" else {
            return .refuse(
                Refusal(
                    code: .unsupportedVersion, headers: ["Sec-WebSocket-Version": "13"],
                    message: "only WebSocket version 13 is supported"))
        }
        guard headers["Sec-WebSocket-Key"].count == 1, let key = headers["Sec-WebSocket-Key"].first,
            Data(base64Encoded: key)?.count == 16
        else {
            return .refuse(
                Refusal(
                    code: .badHandshake, headers: [:],
                    message: "Sec-WebSocket-Key must be 16 bytes, base64-encoded"))
        }
        if let allowed = policy.allowedOrigins, !allowed.allows(headers["Origin"].first) {
            return .refuse(
                Refusal(
                    code: .originNotAllowed, headers: [:],
                    message: "this page's origin may not open a WebSocket here (ALLOWED_ORIGINS)", countedAsOrigin: true
                ))
        }
        var response: HTTPHeaders = [
            "Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Accept": accept(key: key),
        ]
        var deflate: PerMessageDeflate?
        if policy.compression,
            let agreed = PerMessageDeflate.negotiate(
                offers: headers["Sec-WebSocket-Extensions"],
                allowClientContextTakeover: policy.allowClientContextTakeover,
                allowServerContextTakeover: policy.allowServerContextTakeover)
        {
            response.add(name: "Sec-WebSocket-Extensions", value: agreed.responseHeader)
            deflate = agreed
        }
        return .accept(headers: response, deflate: deflate)
    }

    /// `Sec-WebSocket-Accept` for `key`: base64 of SHA-1 of the key and the GUID.
    package static func accept(key: String) -> String {
        Data(SHA1.digest(Array((key + guid).utf8))).base64EncodedString()
    }
}

import CreaseProtocol
import Testing

/// Each HTTP error code with the status PROTOCOL.md §3 and §10 give it.
struct HTTPErrorCodeTests {
    @Test func everyCodeHasTheContractsStatus() {
        let contract: [String: Int] = [
            "bad_match_id": 400, "bad_json": 400, "bad_message": 400, "bad_handshake": 400, "unauthorized": 401,
            "origin_not_allowed": 403, "not_found": 404, "unknown_match": 404, "method_not_allowed": 405,
            "bad_request": 413, "upgrade_required": 426, "unsupported_version": 426, "bus_unavailable": 503,
            "over_capacity": 503,
        ]
        #expect(Set(HTTPErrorCode.allCases.map(\.rawValue)) == Set(contract.keys))
        for code in HTTPErrorCode.allCases {
            #expect(code.status == contract[code.rawValue], "\(code)")
        }
    }

    @Test func aBodysRejectionKeepsItsWebSocketCode() {
        for code in ErrorCode.allCases {
            let http = HTTPErrorCode(code)
            if [.badJSON, .badMessage, .badMatchID].contains(code) {
                #expect(http?.rawValue == code.rawValue)
            } else {
                #expect(http == nil, "\(code)")
            }
        }
    }
}

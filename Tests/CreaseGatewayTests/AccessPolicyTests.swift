import CreaseBus
import Foundation
import NIOCore
import Testing

@testable import CreaseGateway

/// Safe defaults (issue 16, item 2): who may publish, and which browser pages may connect.
struct AccessPolicyTests {
    @Test func withoutATokenOnlyLoopbackPeersMayPublish() throws {
        let open = PublishAuthorization(token: nil)
        for loopback in ["127.0.0.1", "127.3.4.5", "::1", "::ffff:127.0.0.1"] {
            #expect(
                open.decide(authorization: nil, peer: try SocketAddress(ipAddress: loopback, port: 40_000)) == .allowed,
                "\(loopback)")
        }
        for remote in ["10.0.0.7", "192.0.2.2", "::ffff:10.0.0.7", "fd00::2", "::2"] {
            #expect(
                open.decide(authorization: nil, peer: try SocketAddress(ipAddress: remote, port: 40_000))
                    == .notLoopback, "\(remote)")
        }
        #expect(open.decide(authorization: nil, peer: nil) == .notLoopback)
    }

    @Test func withATokenAnyPeerWithItMayPublish() throws {
        let guarded = PublishAuthorization(token: "s3cret")
        let remote = try SocketAddress(ipAddress: "10.0.0.7", port: 40_000)
        let local = try SocketAddress(ipAddress: "127.0.0.1", port: 40_000)
        #expect(guarded.decide(authorization: "Bearer s3cret", peer: remote) == .allowed)
        #expect(guarded.decide(authorization: "bearer s3cret", peer: remote) == .allowed)
        #expect(guarded.decide(authorization: nil, peer: local) == .badToken)  // loopback is no exception then
        #expect(guarded.decide(authorization: "Bearer s3cre", peer: local) == .badToken)
    }

    @Test func originListsAreParsedAndMatchedAsOrigins() throws {
        let list = try OriginAllowList.parse("https://Scores.example, http://localhost:8080/").get()
        #expect(list.origins == ["https://scores.example", "http://localhost:8080"])
        #expect(list.allows("https://scores.example"))
        #expect(list.allows("HTTPS://SCORES.EXAMPLE"))
        #expect(list.allows(nil))  // not a browser page
        #expect(!list.allows("https://evil.example"))
        #expect(!list.allows("https://scores.example.evil.example"))
        #expect(!list.allows("null"))
        for bad in ["scores.example", "https://scores.example/path", "ftp://x", "", " , "] {
            #expect(throws: OriginListError.self, "\(bad)") { try OriginAllowList.parse(bad).get() }
        }
        #expect(throws: ConfigurationError.self) {
            try GatewayConfiguration.from(environment: ["ALLOWED_ORIGINS": "scores.example"])
        }
    }
}

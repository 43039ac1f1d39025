import CreaseBus
import Testing

/// Redis URLs as an operator writes them (issue 14, item 1); the settings around them are
/// `CreaseGatewayTests.RedisURLTests`.
struct RedisEndpointTests {
    @Test func credentialsComeFromTheURLPercentDecoded() throws {
        let acl = try RedisEndpoint.parse("redis://crease:s3cr%40t@redis.internal:6380/2")
        #expect(
            acl
                == RedisEndpoint(
                    host: "redis.internal", port: 6380, database: 2,
                    credentials: RedisCredentials(username: "crease", password: "s3cr@t")))
        let passwordOnly = try RedisEndpoint.parse("redis://:hunter2@127.0.0.1")
        #expect(passwordOnly.credentials == RedisCredentials(username: nil, password: "hunter2"))
        #expect(passwordOnly.port == 6379)
        #expect(try RedisEndpoint.parse("redis://127.0.0.1:7000").credentials == nil)
    }

    @Test func theDescriptionNeverShowsThePassword() throws {
        let endpoint = try RedisEndpoint.parse("redis://crease:hunter2@127.0.0.1:7000")
        #expect(endpoint.description == "redis://crease:***@127.0.0.1:7000/0")
        #expect(!"\(endpoint)".contains("hunter2"))
    }

    @Test func malformedURLsSayWhatIsWrong() {
        #expect(
            throws: RedisURLError.malformed(
                "has a user but no password; write redis://user:password@host or redis://:password@host")
        ) {
            try RedisEndpoint.parse("redis://hunter2@127.0.0.1")
        }
        #expect(throws: RedisURLError.malformed("has an empty password")) {
            try RedisEndpoint.parse("redis://user:@127.0.0.1")
        }
        #expect(throws: RedisURLError.malformed("has no host")) { try RedisEndpoint.parse("redis://:pw@:7000") }
        #expect(throws: RedisURLError.self) { try RedisEndpoint.parse("http://127.0.0.1") }
        #expect(throws: RedisURLError.self) { try RedisEndpoint.parse("redis://127.0.0.1:99999") }
    }

    @Test func tlsURLsNameTheSidecarRemedy() {
        #expect(throws: RedisURLError.tlsUnsupported) { try RedisEndpoint.parse("rediss://:pw@cache.example:6380") }
        let message = RedisURLError.tlsUnsupported.description
        #expect(message.contains("stunnel") && message.contains("README"))
    }
}

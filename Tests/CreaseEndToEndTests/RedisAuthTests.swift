import CreaseGateway
import CreaseProtocol
import Foundation
import Testing

@testable import CreaseBus

/// Redis URLs and credentials as an operator writes them (issue 14, item 1).
struct RedisURLTests {
    @Test func tlsURLsStopStartUp() {
        #expect(throws: ConfigurationError.self) {
            try GatewayConfiguration.from(environment: ["REDIS_URL": "rediss://:pw@cache.example:6380"])
        }
    }

    @Test func credentialsMayComeFromTheirOwnVariables() throws {
        let configuration = try GatewayConfiguration.from(environment: [
            "REDIS_URL": "redis://127.0.0.1:7000", "REDIS_USERNAME": "crease", "REDIS_PASSWORD": "hunter2",
        ])
        #expect(configuration.redis.endpoint?.credentials == RedisCredentials(username: "crease", password: "hunter2"))
        #expect(configuration.redis.credentialVariables == "REDIS_USERNAME/REDIS_PASSWORD")
        let cluster = try GatewayConfiguration.from(environment: [
            "REDIS_CLUSTER_NODES": "127.0.0.1:7000, 127.0.0.1:7001", "REDIS_PASSWORD": "pw",
        ])
        #expect(cluster.busMode == .redisCluster)
        #expect(cluster.redis.clusterSeeds.map(\.address) == ["127.0.0.1:7000", "127.0.0.1:7001"])
        #expect(cluster.redis.clusterSeeds.allSatisfy { $0.credentials == RedisCredentials(password: "pw") })
    }

    @Test func conflictingOrIncompleteCredentialsAreRefusedWithoutEchoingThem() {
        let cases: [[String: String]] = [
            ["REDIS_URL": "redis://:hunter2@127.0.0.1", "REDIS_PASSWORD": "hunter2"],
            ["REDIS_URL": "redis://127.0.0.1", "REDIS_USERNAME": "crease"],
            ["REDIS_URL": "redis://hunter2@127.0.0.1"],
            ["REDIS_URL": "redis://127.0.0.1", "REDIS_CLUSTER_NODES": "127.0.0.1:7000"],
            ["REDIS_CLUSTER_NODES": "127.0.0.1"],
        ]
        for environment in cases {
            do {
                _ = try GatewayConfiguration.from(environment: environment)
                Issue.record("accepted \(environment.keys.sorted())")
            } catch {
                #expect(!error.description.contains("hunter2"), "\(error)")
                #expect(error.description.contains("REDIS_"), "\(error)")
            }
        }
    }
}

/// Authentication against a real `redis-server`: `requirepass` and an ACL user.
@Suite(.serialized, .enabled(if: RedisTestServer.isAvailable, "redis-server is not installed"))
struct RedisAuthenticationTests {
    private static let aclUser = [
        "--user", "default", "off", "--user", "crease", "on", ">hunter2", "~*", "&*", "+@all",
    ]

    @Test func aPasswordOnlyRedisWorksWithTheRightPassword() async throws {
        let redis = try RedisTestServer(
            arguments: ["--requirepass", "hunter2"], credentials: RedisCredentials(password: "hunter2"))
        try await deliversADelta(through: redis.endpoint)
    }

    @Test func anACLUserWorksWithTheRightPassword() async throws {
        let redis = try RedisTestServer(
            arguments: Self.aclUser, credentials: RedisCredentials(username: "crease", password: "hunter2"))
        try await deliversADelta(through: redis.endpoint)
    }

    @Test func wrongOrMissingCredentialsFailAtOnceAndSaySo() async throws {
        let redis = try RedisTestServer(
            arguments: Self.aclUser, credentials: RedisCredentials(username: "crease", password: "hunter2"))
        let wrong = RedisEndpoint(
            host: "127.0.0.1", port: redis.port, credentials: RedisCredentials(username: "crease", password: "nope"))
        let none = RedisEndpoint(host: "127.0.0.1", port: redis.port)
        for endpoint in [wrong, none] {
            #expect {
                try endpoint.checkConnection()
            } throws: { error in
                (error as? RedisError)?.authenticationFailed == true
            }
            // The publisher does not spend its patience retrying what cannot succeed.
            let started = ContinuousClock.now
            await #expect {
                _ = try await RedisPublisher.connect(endpoint: endpoint, historyLength: 10, patience: .seconds(30))
            } throws: { error in
                (error as? RedisError)?.authenticationFailed == true
            }
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }

    @Test(.enabled(if: GatewayProcess.isBuilt, "crease-gateway is not built"))
    func aGatewayWithWrongCredentialsExitsNamingTheVariable() async throws {
        let redis = try RedisTestServer(
            arguments: ["--requirepass", "hunter2"], credentials: RedisCredentials(password: "hunter2"))
        let wrongURL = try await ExitedProcess.run(
            GatewayProcess.binary, ["REDIS_URL": "redis://:sw0rdfish@127.0.0.1:\(redis.port)"])
        #expect(wrongURL.status == 2)
        #expect(wrongURL.standardError.contains("REDIS_URL") && wrongURL.standardError.contains("WRONGPASS"))
        #expect(!wrongURL.standardError.contains("sw0rdfish"))

        let wrongVariable = try await ExitedProcess.run(
            GatewayProcess.binary, ["REDIS_URL": "redis://127.0.0.1:\(redis.port)", "REDIS_PASSWORD": "sw0rdfish"])
        #expect(wrongVariable.status == 2)
        #expect(wrongVariable.standardError.contains("REDIS_PASSWORD"))
        #expect(!wrongVariable.standardError.contains("sw0rdfish"))

        let missing = try await ExitedProcess.run(
            GatewayProcess.binary, ["REDIS_URL": "redis://127.0.0.1:\(redis.port)"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("NOAUTH") && missing.standardError.contains("REDIS_PASSWORD"))

        let ingest = GatewayProcess.binary.deletingLastPathComponent().appendingPathComponent("crease-ingest")
        let wrongIngest = try await ExitedProcess.run(
            ingest, ["REDIS_URL": "redis://:sw0rdfish@127.0.0.1:\(redis.port)"])
        #expect(wrongIngest.status == 2)
        #expect(wrongIngest.standardError.contains("REDIS_URL") && wrongIngest.standardError.contains("WRONGPASS"))
        #expect(!wrongIngest.standardError.contains("sw0rdfish"))

        let tls = try await ExitedProcess.run(
            GatewayProcess.binary, ["REDIS_URL": "rediss://:sw0rdfish@127.0.0.1:\(redis.port)"])
        #expect(tls.status == 2)
        #expect(tls.standardError.contains("stunnel") && !tls.standardError.contains("sw0rdfish"))
    }
}

/// Publisher and bus at `endpoint` carry a delta end to end, and state reads work.
func deliversADelta(through endpoint: RedisEndpoint) async throws {
    let bus = RedisBus(endpoint: endpoint)
    bus.start()
    let publisher = try await RedisPublisher(endpoint: endpoint, historyLength: 10)
    do {
        let stream = try await bus.subscribe(to: MatchID("m1")!)
        _ = try await publisher.publish(to: MatchID("m1")!, priority: .normal, patch: ["runs": 4])
        var iterator = stream.makeAsyncIterator()
        guard case .delta(let delta)? = await iterator.next() else {
            Issue.record("no delta")
            throw RedisError("no delta")
        }
        #expect(delta.seq == 1)
        #expect(try await bus.snapshot(of: MatchID("m1")!)?.seq == 1)
        #expect(bus.isReady)
    } catch {
        await bus.shutdown()
        await publisher.shutdown()
        throw error
    }
    await bus.shutdown()
    await publisher.shutdown()
}

/// A child process run to its exit, with its standard error.
struct ExitedProcess {
    let status: Int32
    let standardError: String

    /// Runs `binary` with `environment` added (loopback ports), and gives up after `timeout`.
    static func run(
        _ binary: URL, _ environment: [String: String], timeout: Duration = .seconds(20)
    ) async throws -> ExitedProcess {
        try await onOwnThread { try runToExit(binary, environment, timeout: timeout) }
    }

    private static func runToExit(
        _ binary: URL, _ environment: [String: String], timeout: Duration
    ) throws -> ExitedProcess {
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        variables["GATEWAY_HOST"] = "127.0.0.1"
        variables["GATEWAY_PORT"] = "0"
        variables["INGEST_HOST"] = "127.0.0.1"
        variables["INGEST_PORT"] = "0"
        let process = try ChildProcess(binary.path, environment: variables, capture: .standardError)
        if !process.waitUntilExit(timeout: timeout) {
            process.send(SIGKILL)
            process.waitUntilExit()
            throw RedisError("\(binary.lastPathComponent) did not exit within \(timeout)")
        }
        return ExitedProcess(status: process.terminationStatus, standardError: process.capturedText())
    }
}

/// The README's remedy for a TLS-only Redis, as shipped: `Docker/stunnel/redis-tls-client.conf`
/// in front of a `redis-server` that speaks only TLS and wants a password.
@Suite(
    .serialized,
    .enabled(if: RedisTestServer.isAvailable && TLSSidecar.isAvailable, "redis-server, stunnel or openssl is missing"))
struct RedisTLSSidecarTests {
    @Test func creaseReachesATLSOnlyRedisThroughTheStunnelExample() async throws {
        let sidecar = try await onOwnThread { try TLSSidecar() }
        defer { sidecar.stop() }
        let endpoint = RedisEndpoint(
            host: "127.0.0.1", port: sidecar.acceptPort, credentials: RedisCredentials(password: "hunter2"))
        #expect(try await eventually { (try? endpoint.checkConnection()) != nil })
        try await deliversADelta(through: endpoint)
        // Plain text to the TLS port itself is refused: the test really goes through TLS.
        #expect(throws: RedisError.self) {
            try RedisEndpoint(
                host: "127.0.0.1", port: sidecar.tlsPort, credentials: RedisCredentials(password: "hunter2")
            ).checkConnection()
        }
    }
}

/// A TLS-only `redis-server` with a fresh self-signed certificate, and stunnel running the
/// shipped example configuration with its three marked values replaced.
final class TLSSidecar: @unchecked Sendable {
    // Both processes are started in `init` and stopped by `stop`, from the test's one task.
    let tlsPort: Int
    let acceptPort: Int
    private let directory: URL
    private var processes: [ChildProcess] = []

    static let stunnel = ["/usr/bin/stunnel4", "/usr/bin/stunnel"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static var isAvailable: Bool { stunnel != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") }

    init() throws {
        tlsPort = try RedisTestServer.freeLoopbackPort()
        acceptPort = try RedisTestServer.freeLoopbackPort()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("crease-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let certificate = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        try Self.runToEnd(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
            ])
        try start(
            RedisTestServer.serverPath,
            [
                "--port", "0", "--bind", "127.0.0.1", "--tls-port", "\(tlsPort)", "--tls-cert-file", certificate,
                "--tls-key-file", key, "--tls-ca-cert-file", certificate, "--tls-auth-clients", "no",
                "--requirepass", "hunter2", "--save", "", "--appendonly", "no",
            ])
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Docker/stunnel/redis-tls-client.conf").standardizedFileURL
        var replaced = 0
        let configuration = try String(contentsOf: example, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { line -> String in
            let replacements = [
                "accept = ": "127.0.0.1:\(acceptPort)", "connect = ": "127.0.0.1:\(tlsPort)",
                "CAfile = ": certificate, "checkHost = ": "localhost",
            ]
            for (prefix, value) in replacements where line.hasPrefix(prefix) {
                replaced += 1
                return prefix + value
            }
            return String(line)
        }
        .joined(separator: "\n")
        guard replaced == 4 else {
            throw RedisError("the stunnel example changed shape (\(replaced) of 4 lines found)")
        }
        let path = directory.appendingPathComponent("stunnel.conf")
        try configuration.write(to: path, atomically: true, encoding: .utf8)
        try start(Self.stunnel!, [path.path])
    }

    func stop() {
        for process in processes where process.isRunning {
            process.send(SIGKILL)
            process.waitUntilExit()
        }
        processes = []
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { stop() }

    private func start(_ path: String, _ arguments: [String]) throws {
        processes.append(try Self.launch(path, arguments))
    }

    private static func runToEnd(_ path: String, _ arguments: [String]) throws {
        let process = try launch(path, arguments)
        guard process.waitUntilExit(timeout: .seconds(60)), process.terminationStatus == 0 else {
            throw RedisError("\(path) failed")
        }
    }

    private static func launch(_ path: String, _ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(path, arguments)
    }
}

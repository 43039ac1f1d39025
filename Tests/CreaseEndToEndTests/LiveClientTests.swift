import CreaseClient
import CreaseProtocol
import Foundation
import Testing

@testable import CreaseBus

/// `LiveClient` follows a `resync` through REST, as PROTOCOL.md §2.3 describes.
@Suite struct LiveClientTests {
    @Test func aResyncIsFollowedThroughRESTWithTheSeqRule() async throws {
        try await withGateway(["ACK_TIMEOUT_MS": "150"]) { gateway in
            var options = LiveClient.Options()
            options.ackInterval = .seconds(60)  // never acks in time: the gateway resyncs it
            options.conflate = false  // a conflating client that keeps up is not resynced
            var following = await FollowingClient(ports: [gateway.port], options: options, group: gateway.group)
            let (client, match) = (following.client, following.match)
            try await gateway.publish("m1", ["runs": 1, "last": "1"])
            while let event = await following.events.next(), event != .resync(match: match, reason: "slow_consumer") {}
            #expect(try await eventually { await client.restResyncs >= 1 })
            for runs in 2...4 { try await gateway.publish("m1", ["runs": .integer(Int64(runs))]) }
            #expect(try await eventually { await client.holding(match)?.seq == 4 })
            let rest = try await gateway.http("GET", "/v1/matches/m1").json
            #expect(await client.holding(match)?.state == rest?["state"])
            #expect(await client.gaps == 0)
            await following.stop()
        }
    }
}

/// SIGKILL of the gateway a client is on, behind a real HAProxy (Docker/haproxy.cfg): the client
/// comes back through the proxy on the other gateway and resumes with no gap and no duplicate.
@Suite(
    .serialized,
    .enabled(
        if: RedisTestServer.isAvailable && GatewayProcess.isBuilt && HAProxyProcess.isAvailable,
        "redis-server, haproxy or the crease-gateway binary is missing"))
struct LoadBalancerKillTests {
    @Test func aKilledGatewaysClientResumesThroughTheLoadBalancer() async throws {
        let redis = try RedisTestServer()
        let publisher = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 1000)
        var gateways = [
            try await GatewayProcess.start(environment: ["REDIS_URL": redis.url, "NODE_ID": "gw-a"]),
            try await GatewayProcess.start(environment: ["REDIS_URL": redis.url, "NODE_ID": "gw-b"]),
        ]
        let ports = gateways.map(\.port)
        let proxy = try await onOwnThread { try HAProxyProcess(backends: ports) }
        defer { proxy.stop() }
        var options = LiveClient.Options()
        options.reconnectJitter = .milliseconds(200)
        var following = await FollowingClient(
            ports: [proxy.port], options: options, group: .singletonMultiThreadedEventLoopGroup)
        let (client, match) = (following.client, following.match)
        for runs in 1...3 {
            _ = try await publisher.publish(to: match, priority: .normal, patch: ["runs": .integer(Int64(runs))])
        }
        for seq in Int64(1)...3 { #expect(await following.events.next() == .state(match: match, seq: seq)) }

        // Kill -9 whichever gateway the proxy gave the client.
        let node = try #require(await client.gatewayNode)
        let victim = node == "gw-a" ? 0 : 1
        gateways[victim].kill()
        #expect(await following.events.next() == .disconnected)
        for runs in 4...6 {
            _ = try await publisher.publish(to: match, priority: .normal, patch: ["runs": .integer(Int64(runs))])
        }
        #expect(await following.events.next() == .connected(gateway: "127.0.0.1:\(proxy.port)"))
        await following.expectStates(after: 3, through: 6)
        #expect(await client.gatewayNode == (victim == 0 ? "gw-b" : "gw-a"))
        #expect(await client.duplicates == 0)
        #expect(await client.gaps == 0)
        await following.stop()
        gateways.removeAll()
        await publisher.shutdown()
    }
}

/// HAProxy with the project's own `Docker/haproxy.cfg`, in front of the given gateway ports.
final class HAProxyProcess: @unchecked Sendable {
    // Set in `init`, read-only afterwards.
    private let process: ChildProcess
    let port: Int

    static let binary = ["/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isAvailable: Bool { binary != nil }

    init(backends: [Int]) throws {
        port = try RedisTestServer.freeLoopbackPort()
        let stats = try RedisTestServer.freeLoopbackPort()
        let config = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Docker/haproxy.cfg").standardizedFileURL
        var environment = ProcessInfo.processInfo.environment
        // A third server that never answers: it must simply be marked down.
        let servers = backends.map { "127.0.0.1:\($0)" } + ["127.0.0.1:9"]
        for (index, server) in servers.prefix(3).enumerated() { environment["GW\(index + 1)"] = server }
        environment["HAPROXY_BIND"] = "127.0.0.1:\(port)"
        environment["HAPROXY_STATS_BIND"] = "127.0.0.1:\(stats)"
        environment["HAPROXY_MAXCONN"] = "256"
        process = try ChildProcess(Self.binary!, ["-q", "-f", config.path], environment: environment)
        for _ in 0..<300 {
            if let connection = try? Socket.connect(port: port) {
                connection.close()
                return
            }
            usleep(20_000)
        }
        throw RedisError("haproxy did not start")
    }

    func stop() {
        process.send(SIGTERM)
        process.waitUntilExit()
    }
}

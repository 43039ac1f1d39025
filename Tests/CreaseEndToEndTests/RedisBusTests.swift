import CreaseClient
import CreaseGateway
import CreaseProtocol
import Foundation
import Logging
import NIOPosix
import ServiceLifecycle
import Testing

@testable import CreaseBus

/// PROTOCOL.md §4 against a real redis-server: gateways subscribe, a publisher writes state,
/// history and the channel in one script, and bus failures are signalled to clients.
@Suite(.serialized, .enabled(if: RedisTestServer.isAvailable, "redis-server is not installed"))
struct RedisBusTests {
    private func withRedisGateway(
        _ redis: RedisTestServer, _ environment: [String: String] = [:],
        _ body: (TestGateway, RedisBus) async throws -> Void
    ) async throws {
        let bus = RedisBus(endpoint: redis.endpoint)
        bus.start()
        let publisher = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 1000)
        var variables = environment
        variables["REDIS_URL"] = redis.url
        do {
            try await withGateway(variables, bus: bus, publisher: publisher) { gateway in try await body(gateway, bus) }
        } catch {
            await bus.shutdown()
            await publisher.shutdown()
            throw error
        }
        await bus.shutdown()
        await publisher.shutdown()
    }

    @Test func twoGatewaysOnOneRedisDeliverTheSameDeltas() async throws {
        let redis = try RedisTestServer()
        try await withRedisGateway(redis) { first, _ in
            try await withRedisGateway(redis) { second, _ in
                let a = try await first.connectAndGreet()
                let b = try await second.connectAndGreet()
                for client in [a, b] {
                    client.send(.subscribe(match: MatchID("m1")!, since: nil))
                    _ = try await client.next("snapshot")
                }
                for runs in 1...5 { try await first.publish("m1", ["runs": .integer(Int64(runs))]) }
                for expected in Int64(1)...5 {
                    let fromA = try await a.nextMessage()
                    let fromB = try await b.nextMessage()
                    #expect(fromA == fromB)
                    #expect(fromA.json?["seq"] == .integer(expected))
                }
                let rest = try await second.http("GET", "/v1/matches/m1")
                #expect(rest.json == ["match": "m1", "seq": 5, "state": ["runs": 5]])
                #expect(try await second.http("GET", "/v1/matches").json == [["match": "m1", "seq": 5]])
            }
        }
    }

    /// The publish script run again with the same arguments (a retry after its reply was lost,
    /// perhaps on a promoted replica) finds its own write by its write id and writes nothing
    /// more, also once other writes followed it; another publisher's write of the same seq,
    /// even with the same state, is a conflict. (Without a publish command it writes the same
    /// and publishes nothing: `aPublishIsAcknowledgedOnlyOnceAReplicaHasIt` shows a viewer
    /// never sees an unconfirmed delta.)
    @Test func thePublishScriptRunTwiceWritesOnce() throws {
        let redis = try RedisTestServer()
        let connection = try RedisConnection(redis.endpoint)
        func run(seq: Int64, write: String, publish: String = "PUBLISH") throws -> [Int64] {
            let reply = try connection.command([
                "EVAL", RedisPublisher.script, "2", "match:m:state", "match:m:log",
                "\(seq - 1)", #"{"match":"m","seq":\#(seq),"state":{"runs":1}}"#,
                #"{"type":"delta","match":"m","seq":\#(seq)}"#,
                "\(seq)", "100", "match:m", publish, write,
            ])
            return reply.elements?.compactMap(\.integer) ?? []
        }
        #expect(try run(seq: 1, write: "a") == [1, 1])
        #expect(try run(seq: 1, write: "a") == [2, 1])
        #expect(try run(seq: 1, write: "b") == [0, 1])
        #expect(try run(seq: 2, write: "c", publish: "") == [1, 2])
        // The retry of seq 1 after seq 2 was written still finds itself: no third write of it.
        #expect(try run(seq: 1, write: "a") == [2, 2])
        #expect(try connection.command(["XLEN", "match:m:log"]) == .integer(2))
        #expect(try JSONValue(parsing: connection.command(["GET", "match:m:state"]).bytes ?? [])["seq"] == 2)
    }

    @Test func aGatewayIsSubscribedOnlyWhileItHasLocalSubscribers() async throws {
        let redis = try RedisTestServer()
        try await withRedisGateway(redis) { gateway, _ in
            func channels() throws -> [String] {
                try redis.command(["PUBSUB", "CHANNELS"]).elements?.compactMap(\.text) ?? []
            }
            #expect(try channels().isEmpty)
            let (client, _) = try await gateway.subscribed(to: "m1")
            #expect(try channels() == ["match:m1"])
            client.send(.unsubscribe(match: MatchID("m1")!))
            _ = try await client.next("unsubscribed")
            #expect(try await eventually { try channels().isEmpty })
        }
    }

    @Test func sinceReplaysFromTheRedisHistory() async throws {
        let redis = try RedisTestServer()
        try await withRedisGateway(redis) { gateway, _ in
            for runs in 1...5 { try await gateway.publish("m1", ["runs": .integer(Int64(runs))]) }
            let client = try await gateway.connectAndGreet()
            client.send(.subscribe(match: MatchID("m1")!, since: 2))
            for expected in Int64(3)...5 {
                let message = try await client.nextJSON()
                #expect(message["type"] == .string("delta"))
                #expect(message["seq"] == .integer(expected))
            }
            try await gateway.publish("m1", ["runs": 6])
            #expect(try await client.nextJSON()["seq"] == .integer(6))
        }
    }

    @Test func publishersNeverRepeatOrSkipASeqAcrossRestartsAndRaces() async throws {
        let redis = try RedisTestServer()
        let match = MatchID("m1")!
        let first = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 100)
        for runs in 1...3 {
            _ = try await first.publish(to: match, priority: .normal, patch: ["runs": .integer(Int64(runs))])
        }
        await first.shutdown()
        // A new publisher (a restarted worker) resumes from the state in Redis; two race.
        let second = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 100)
        let third = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 100)
        let seqs = try await withThrowingTaskGroup(of: [Int64].self) { group in
            for publisher in [second, third] {
                group.addTask {
                    var seqs: [Int64] = []
                    for index in 0..<20 {
                        seqs.append(
                            try await publisher.publish(to: match, priority: .low, patch: ["n": .integer(Int64(index))])
                                .seq)
                    }
                    return seqs
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(seqs.sorted() == Array(4...43))
        let log = try redis.command(["XRANGE", "match:m1:log", "-", "+"]).elements ?? []
        #expect(log.count == 43)
        #expect(log.first?.elements?.first?.text == "1-0")
        await second.shutdown()
        await third.shutdown()
    }

    @Test func aMalformedMessageIsCountedAndSkipped() async throws {
        let redis = try RedisTestServer()
        try await withRedisGateway(redis) { gateway, bus in
            let (client, _) = try await gateway.subscribed(to: "m1")
            _ = try redis.command(["PUBLISH", "match:m1", "{not a delta"])
            _ = try redis.command(["PUBLISH", "match:m1", #"{"type":"delta","match":"m1"}"#])
            try await gateway.publish("m1", ["runs": 1])
            #expect(try await client.nextJSON()["seq"] == .integer(1))
            #expect(bus.malformedMessages == 2)
            #expect(try await gateway.metric("crease_bus_malformed_messages") == 2)
        }
    }

    @Test func aSubscriberConnectionCutByRedisResyncsItsClients() async throws {
        // What Redis does to a client past its pubsub output-buffer limit: it closes it.
        let redis = try RedisTestServer()
        try await withRedisGateway(redis) { gateway, _ in
            let (client, _) = try await gateway.subscribed(to: "m1")
            _ = try redis.command(["CLIENT", "KILL", "TYPE", "pubsub"])
            let resync = try await client.next("resync")
            #expect(resync["reason"] == .string("bus_reconnect"))
            try await gateway.publish("m1", ["runs": 1])
            #expect(try await client.next("delta")["seq"] == .integer(1))
            #expect(try await gateway.http("GET", "/readyz").status == 200)
        }
    }

    @Test func losingRedisFailsReadinessThenResyncsEveryClient() async throws {
        let redis = try RedisTestServer()
        try await withRedisGateway(redis) { gateway, _ in
            let (client, _) = try await gateway.subscribed(to: "m1")
            try await gateway.publish("m1", ["runs": 1])
            _ = try await client.next("delta")

            redis.stop()
            #expect(try await eventually { try await gateway.http("GET", "/readyz").status == 503 })
            try redis.start()
            #expect(try await eventually { try await gateway.http("GET", "/readyz").status == 200 })
            let resync = try await client.next("resync")
            #expect(resync["reason"] == .string("bus_reconnect"))
            let reconnects = try await gateway.metric("crease_bus_reconnects")
            #expect((reconnects ?? 0) >= 1, "reconnects: \(String(describing: reconnects))")
            #expect(resync["match"] == .string("m1"))
            // The restarted Redis kept nothing: the publisher starts over, and deltas flow again.
            try await gateway.publish("m1", ["runs": 2])
            #expect(try await client.next("delta")["data"] == ["runs": 2])
        }
    }

    /// After a reconnect, the node that took over may publish again a delta the gateway already
    /// forwarded (a publish retried on a promoted replica): the hub drops that one (same seq,
    /// same publish time), while a different delta of the same seq (the node lost writes)
    /// starts the new baseline.
    @Test func aDeltaPublishedAgainAfterAReconnectReachesNoClientTwice() async throws {
        let redis = try RedisTestServer()
        try await withRedisGateway(redis) { gateway, _ in
            let (client, _) = try await gateway.subscribed(to: "m1")
            try await gateway.publish("m1", ["runs": 1])
            guard case .text(let first) = try await client.nextMessage() else {
                Issue.record("no delta")
                return
            }
            redis.stop()
            try redis.start()
            #expect(try await client.next("resync")["reason"] == "bus_reconnect")
            // The same bytes again, as a promoted replica would publish them, then a new delta 1.
            _ = try RedisConnection(redis.endpoint).command(["PUBLISH", "match:m1", first])
            try await gateway.publish("m1", ["runs": 2])
            let next = try await client.next("delta")
            #expect(next["data"] == ["runs": 2], "got \(next)")
            #expect(try await gateway.metric("crease_bus_duplicates_total") == 1)
        }
    }
}

/// crease-ingest's providers: the webhook and the replay file, through Redis to a gateway.
@Suite(.serialized, .enabled(if: RedisTestServer.isAvailable, "redis-server is not installed"))
struct IngestTests {
    @Test func webhookEventsReachAGatewayThroughRedis() async throws {
        let redis = try RedisTestServer()
        let bus = RedisBus(endpoint: redis.endpoint)
        bus.start()
        let reads = RedisBus(endpoint: redis.endpoint)
        reads.start()
        let publisher = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 100)
        try await withGateway(["REDIS_URL": redis.url], bus: bus, publisher: publisher) { gateway in
            try await withGateway(
                ["REDIS_URL": redis.url, "INGEST_TOKEN": "t0k"], bus: reads, publisher: publisher, role: .ingest
            ) { ingest in
                let (client, _) = try await gateway.subscribed(to: "final")
                let body = #"{"priority":"critical","data":{"wickets":1}}"#
                #expect(try await ingest.http("POST", "/v1/matches/final/events", body: body).status == 401)
                #expect(
                    try await ingest.http(
                        "POST", "/v1/matches/final/events", headers: [("Authorization", "Bearer t0k")], body: "{oops"
                    ).status == 400)
                let accepted = try await ingest.http(
                    "POST", "/v1/matches/final/events", headers: [("Authorization", "Bearer t0k")], body: body)
                #expect(accepted.status == 202)
                #expect(accepted.json == ["match": "final", "seq": 1])
                let delta = try await client.next("delta")
                #expect(delta["seq"] == .integer(1))
                #expect(delta["priority"] == .string("critical"))
                #expect(try await ingest.http("GET", "/v1/matches/final").json?["state"] == ["wickets": 1])
                #expect(try await ingest.http("GET", "/v1/ws").status == 404)
            }
        }
        await bus.shutdown()
        await reads.shutdown()
        await publisher.shutdown()
    }

    @Test func replayPublishesValidLinesAndReportsTheRest() async throws {
        let redis = try RedisTestServer()
        let publisher = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 100)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(redis.port).jsonl").path
        try """
        {"match":"m1","priority":"normal","data":{"runs":1}}
        {"match":"m1","data":{"runs":4,"last":"4"}}
        {"match":"bad id!","data":{"runs":9}}
        not json

        {"match":"m1","priority":"critical","data":{"wickets":1}}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = try await ReplayService(path: path, rate: 0, publisher: publisher, logger: .init(label: "replay"))
            .replay()
        #expect(outcome == .init(published: 3, rejected: [3, 4]))
        let state = try RedisKeys.decodeState(
            redis.command(["GET", "match:m1:state"]).bytes ?? [], match: MatchID("m1")!)
        #expect(state.seq == 3)
        #expect(try JSONValue(parsing: state.stateJSON) == ["runs": 4, "last": "4", "wickets": 1])
        await publisher.shutdown()
    }
}

/// A subscriber is never left waiting on a bus that does not answer.
@Suite(.serialized, .enabled(if: RedisTestServer.isAvailable, "redis-server is not installed"))
struct RedisOutageTests {
    @Test func subscribingWhileRedisIsDownFailsWithAnErrorAndWorksOnceItIsBack() async throws {
        let redis = try RedisTestServer()
        let bus = RedisBus(endpoint: redis.endpoint)
        bus.start()
        try await withGateway(["REDIS_URL": redis.url], bus: bus) { gateway in
            let client = try await gateway.connectAndGreet()
            redis.stop()
            #expect(try await eventually { try await gateway.http("GET", "/readyz").status == 503 })
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            let error = try await client.nextJSON(timeout: .seconds(15))
            #expect(error["type"] == .string("error"))
            #expect(error["code"] == .string("internal_error"))
            try redis.start()
            #expect(try await eventually { try await gateway.http("GET", "/readyz").status == 200 })
            client.send(.subscribe(match: MatchID("m1")!, since: nil))
            #expect(try await client.next("snapshot")["seq"] == .integer(0))
        }
        await bus.shutdown()
    }
}

/// PROTOCOL.md §5 from the client's side: a gateway drains, its client reconnects to another
/// gateway after a random delay and resumes with `since`: every delta exactly once.
@Suite(.serialized, .enabled(if: RedisTestServer.isAvailable, "redis-server is not installed"))
struct ClientReconnectTests {
    /// crease-ingest started before Redis (compose, a restart) waits for it instead of exiting.
    @Test func aPublisherStartedBeforeRedisWaitsForIt() async throws {
        let redis = try RedisTestServer(startNow: false)
        let (retries, retried) = AsyncStream.makeStream(of: Void.self)
        let connecting = Task {
            try await RedisPublisher.connect(endpoint: redis.endpoint, historyLength: 10, patience: .seconds(30)) {
                _, _ in
                retried.yield()
            }
        }
        var iterator = retries.makeAsyncIterator()
        _ = await iterator.next()  // it failed once and is waiting to retry
        try redis.start()
        let publisher = try await connecting.value
        #expect(try await publisher.publish(to: MatchID("m1")!, priority: .normal, patch: ["runs": 1]).seq == 1)
        await publisher.shutdown()
    }

    @Test func aPublisherGivesUpAfterItsPatience() async throws {
        let redis = try RedisTestServer(startNow: false)
        await #expect(throws: (any Error).self) {
            _ = try await RedisPublisher.connect(
                endpoint: redis.endpoint, historyLength: 10, patience: .milliseconds(300))
        }
    }

    @Test func aClientOfADrainedGatewayResumesElsewhereWithNoGapAndNoDuplicate() async throws {
        let redis = try RedisTestServer()
        let publisher = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 1000)
        let busA = RedisBus(endpoint: redis.endpoint)
        busA.start()
        let busB = RedisBus(endpoint: redis.endpoint)
        busB.start()
        let configuration = try GatewayConfiguration.from(environment: [
            "GATEWAY_HOST": "127.0.0.1", "GATEWAY_PORT": "0", "DRAIN_SECONDS": "1", "EVENT_LOOP_THREADS": "1",
            "REDIS_URL": redis.url,
        ])
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        var logger = Logger(label: "reconnect-test")
        logger.logLevel = .warning
        let gatewayA = GatewayServer(
            configuration: configuration, bus: busA, publisher: nil, group: group, logger: logger)
        let servicesA = ServiceGroup(services: [gatewayA], logger: logger)
        let runA = Task { try await servicesA.run() }
        let portA = try await gatewayA.port

        try await withGateway(["REDIS_URL": redis.url], bus: busB, publisher: publisher) { gatewayB in
            var options = LiveClient.Options()
            options.reconnectJitter = .milliseconds(300)
            var following = await FollowingClient(ports: [portA, gatewayB.port], options: options, group: group)
            let (client, match) = (following.client, following.match)
            for runs in 1...3 { try await gatewayB.publish("m1", ["runs": .integer(Int64(runs))]) }
            for seq in Int64(1)...3 { #expect(await following.events.next() == .state(match: match, seq: seq)) }

            await servicesA.triggerGracefulShutdown()
            #expect(await following.events.next() == .disconnected)
            // Published while the client is away: it must get them by `since` replay.
            for runs in 4...6 { try await gatewayB.publish("m1", ["runs": .integer(Int64(runs)), "last": "4"]) }
            #expect(await following.events.next() == .connected(gateway: "127.0.0.1:\(gatewayB.port)"))
            // The replay of 4…6, folded where it waited (protocol 1.1).
            await following.expectStates(after: 3, through: 6)
            try await gatewayB.publish("m1", ["runs": 7])
            #expect(await following.events.next() == .state(match: match, seq: 7))

            let holding = await client.holding(match)
            let rest = try await gatewayB.http("GET", "/v1/matches/m1").json
            #expect(holding?.seq == 7)
            #expect(rest?["state"] == holding?.state)
            #expect(await client.duplicates == 0)
            #expect(await client.gaps == 0)
            #expect(await client.applied + client.foldedDeltas == 7)
            await following.stop()
        }
        try await runA.value
        await busA.shutdown()
        await busB.shutdown()
        await publisher.shutdown()
        try await group.shutdownGracefully()
    }
}

/// A gateway killed without a drain (SIGKILL) loses no client for good: they reconnect to
/// another gateway and resume with `since`, with no gap and no duplicate.
@Suite(
    .serialized,
    .enabled(
        if: RedisTestServer.isAvailable && GatewayProcess.isBuilt,
        "redis-server or the crease-gateway binary is missing"))
struct KillTests {
    @Test func aKilledGatewaysClientsResumeElsewhereWithNoGapAndNoDuplicate() async throws {
        let redis = try RedisTestServer()
        let publisher = try await RedisPublisher(endpoint: redis.endpoint, historyLength: 1000)
        let bus = RedisBus(endpoint: redis.endpoint)
        bus.start()
        let victim = try await GatewayProcess.start(environment: ["REDIS_URL": redis.url])
        try await withGateway(["REDIS_URL": redis.url], bus: bus, publisher: publisher) { survivor in
            var options = LiveClient.Options()
            options.reconnectJitter = .milliseconds(200)
            var following = await FollowingClient(
                ports: [victim.port, survivor.port], options: options, group: survivor.group)
            let (client, match) = (following.client, following.match)
            for runs in 1...3 { try await survivor.publish("m1", ["runs": .integer(Int64(runs))]) }
            for seq in Int64(1)...3 { #expect(await following.events.next() == .state(match: match, seq: seq)) }

            victim.kill()
            #expect(await following.events.next() == .disconnected)
            for runs in 4...5 { try await survivor.publish("m1", ["runs": .integer(Int64(runs))]) }
            #expect(await following.events.next() == .connected(gateway: "127.0.0.1:\(survivor.port)"))
            await following.expectStates(after: 3, through: 5)
            #expect(await client.duplicates == 0)
            #expect(await client.gaps == 0)
            #expect(
                await client.holding(match)?.state == (try await survivor.http("GET", "/v1/matches/m1").json?["state"]))
            await following.stop()
        }
        await bus.shutdown()
        await publisher.shutdown()
    }
}

/// The real `crease-gateway` executable as a child process (built with the tests).
final class GatewayProcess: @unchecked Sendable {
    // `process` is set in `init` and only read afterwards.
    let port: Int
    private let process: ChildProcess

    static var binary: URL {
        // The test bundle sits next to the products of the same build.
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "crease-gateway")
    }

    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    /// Starts the gateway and returns once it accepts connections (waiting on a thread of its
    /// own, see `onOwnThread`).
    /// - Parameter openFilesLimit: run it under this open-files limit (soft and hard, so the
    ///   gateway cannot raise it).
    static func start(
        environment: [String: String], port: Int? = nil, openFilesLimit: Int? = nil
    ) async throws -> GatewayProcess {
        try await onOwnThread {
            try GatewayProcess(environment: environment, port: port, openFilesLimit: openFilesLimit)
        }
    }

    private init(environment: [String: String], port: Int? = nil, openFilesLimit: Int? = nil) throws {
        self.port = try port ?? RedisTestServer.freeLoopbackPort()
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { $1 }
        variables["GATEWAY_HOST"] = "127.0.0.1"
        variables["GATEWAY_PORT"] = "\(self.port)"
        variables["LOG_LEVEL"] = "warning"
        if let openFilesLimit {
            // exec: the pid is the gateway's own.
            process = try ChildProcess(
                "/bin/sh", ["-c", "ulimit -n \(openFilesLimit) && exec \"$0\"", Self.binary.path],
                environment: variables)
        } else {
            process = try ChildProcess(Self.binary.path, environment: variables)
        }
        for _ in 0..<300 {
            if let connection = try? Socket.connect(port: self.port) {
                connection.close()
                return
            }
            usleep(20_000)
        }
        throw RedisError("crease-gateway did not start")
    }

    /// SIGTERM: the graceful drain; returns once the process has exited. A gateway still
    /// running after `patience` (its drain overran) is killed and the test fails.
    func terminate(patience: Duration = .seconds(30)) async throws {
        process.send(SIGTERM)
        let exited = try await onOwnThread { [process] in process.waitUntilExit(timeout: patience) }
        if !exited {
            kill()
            Issue.record("crease-gateway did not exit within \(patience) of SIGTERM")
        }
    }

    var isRunning: Bool { process.isRunning }
    var pid: Int32 { process.processIdentifier }

    /// SIGKILL: no drain, no close frames; returns once the process is dead.
    func kill() {
        process.send(SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { kill() }
    }
}

/// A plain TCP connect probe.
enum Socket {
    struct Connected {
        let fd: Int32
        func close() { Glibc.close(fd) }
    }

    /// - Parameter sendBuffer: `SO_SNDBUF` to set before connecting (nil: the kernel's).
    static func connect(port: Int, sendBuffer: Int32? = nil) throws -> Connected {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        if var sendBuffer {
            setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, socklen_t(MemoryLayout<Int32>.size))
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            Glibc.close(fd)
            throw RedisError("connect failed")
        }
        return Connected(fd: fd)
    }
}

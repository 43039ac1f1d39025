import CreaseClient
import CreaseGateway
import CreaseProtocol
import Foundation
import NIOPosix
import Synchronization
import Testing

@testable import CreaseBus

/// Redis Cluster mode against a real cluster of three primaries and three replicas (issue 14):
/// the hash-tagged key layout, `SPUBLISH`/`SSUBSCRIBE` end to end, and what clients see when a
/// primary dies, a slot moves or a shard connection is cut.
@Suite(.serialized, .enabled(if: RedisTestCluster.isAvailable, "redis-server or redis-cli is not installed"))
struct RedisClusterTests {
    private func withClusterGateway(
        _ cluster: RedisTestCluster, role: GatewayServer.Role = .gateway,
        _ body: (TestGateway, RedisClusterBus) async throws -> Void
    ) async throws {
        let bus = RedisClusterBus(seeds: cluster.seeds)
        bus.start()
        let publisher = try await RedisPublisher(clusterSeeds: cluster.seeds, historyLength: 1000)
        let environment = [
            "REDIS_CLUSTER_NODES": cluster.seedList, "REDIS_PASSWORD": RedisTestCluster.password,
            // Test clients read but do not ack: no slow_consumer resyncs in the way.
            "ACK_TIMEOUT_MS": "600000",
        ]
        do {
            try await withGateway(environment, bus: bus, publisher: publisher, role: role) { gateway in
                try await body(gateway, bus)
            }
        } catch {
            await bus.shutdown()
            await publisher.shutdown()
            throw error
        }
        await bus.shutdown()
        await publisher.shutdown()
    }

    /// Two match ids whose slots have different primaries now.
    private func matchesOnTwoShards(_ cluster: RedisTestCluster) throws -> (MatchID, MatchID) {
        let layout = RedisKeyLayout(clustered: true)
        let topology = try cluster.topology()
        let first = MatchID("m0")!
        let owner = topology.owner(of: layout.channel(first))?.address
        for index in 1..<100 {
            let other = MatchID("m\(index)")!
            if topology.owner(of: layout.channel(other))?.address != owner { return (first, other) }
        }
        throw RedisError("every match on one shard")
    }

    @Test func deltasTravelThroughShardedPubSubWithTheHashTaggedLayout() async throws {
        let cluster = try await onOwnThread { try RedisTestCluster(replicasEach: 0) }
        let (a, b) = try matchesOnTwoShards(cluster)
        try await withClusterGateway(cluster) { gateway, bus in
            let client = try await gateway.connectAndGreet()
            for match in [a, b] {
                client.send(.subscribe(match: match, since: nil))
                _ = try await client.next("snapshot")
            }
            #expect(bus.shardConnectionCount == 2)
            for runs in 1...3 {
                try await gateway.publish(a.rawValue, ["runs": .integer(Int64(runs))])
                try await gateway.publish(b.rawValue, ["runs": .integer(Int64(runs))])
            }
            var seen: [String: [Int64]] = [:]
            for _ in 0..<6 {
                let delta = try await client.next("delta")
                seen[delta["match"]!.stringValue!, default: []].append(delta["seq"]!.integerValue!)
            }
            #expect(seen == [a.rawValue: [1, 2, 3], b.rawValue: [1, 2, 3]])
            // State, history and shard channel live on the primary that owns the hash tag's slot.
            for match in [a, b] {
                let primary = try cluster.primary(of: "match:{\(match.rawValue)}")
                #expect(
                    try primary.command(["EXISTS", "match:{\(match.rawValue)}:state", "match:{\(match.rawValue)}:log"])
                        == .integer(2))
                let channels = try primary.command(["PUBSUB", "SHARDCHANNELS"]).elements?.compactMap(\.text)
                #expect(channels?.contains("match:{\(match.rawValue)}") == true)
            }
            #expect(
                try await gateway.http("GET", "/v1/matches/\(a.rawValue)").json == [
                    "match": .string(a.rawValue), "seq": 3, "state": ["runs": 3],
                ])
            let listed = try await gateway.http("GET", "/v1/matches").json
            #expect(listed == [["match": .string(a.rawValue), "seq": 3], ["match": .string(b.rawValue), "seq": 3]])
            // `since` replays from the slot's stream.
            let late = try await gateway.connectAndGreet()
            late.send(.subscribe(match: a, since: 1))
            #expect(try await late.next("delta")["seq"] == 2)
            #expect(try await gateway.http("GET", "/readyz").status == 200)
        }
    }

    /// Publishes to `matches` in turn until stopped; records each match's seqs as the publisher
    /// assigned them.
    private final class Feed: Sendable {
        let seqs = Mutex<[MatchID: [Int64]]>([:])
        let failures = Atomic<Int>(0)
        private let task = Mutex<Task<Void, Never>?>(nil)

        init(_ gateway: TestGateway, _ matches: [MatchID]) {
            let task = Task { [self] in
                var runs = 0
                while !Task.isCancelled {
                    runs += 1
                    for match in matches {
                        do {
                            let seq = try await gateway.publish(match.rawValue, ["runs": .integer(Int64(runs))])
                            self.seqs.withLock { $0[match, default: []].append(seq) }
                        } catch {
                            self.failures.add(1, ordering: .relaxed)
                        }
                    }
                    try? await Task.sleep(for: .milliseconds(10))
                }
            }
            self.task.withLock { $0 = task }
        }

        func stop() async {
            let task = self.task.withLock { $0 }
            task?.cancel()
            await task?.value
        }

        func count(_ match: MatchID) -> Int { seqs.withLock { $0[match]?.count ?? 0 } }
    }

    /// Reads `client`'s deltas of its one match until `done` says stop; returns the seqs and the
    /// resync reasons in arrival order (`resync:reason` entries among the seqs' strings).
    /// A seq that arrives twice must carry the same delta both times: `contents` keeps each
    /// seq's data across calls.
    private func read(
        _ client: WebSocketClient, contents: inout [Int64: JSONValue], until done: ([String]) -> Bool
    ) async throws -> [String] {
        var events: [String] = []
        // One deadline for the whole read, not one per message.
        let deadline = ContinuousClock.now + .seconds(30)
        while !done(events) {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { throw RedisError("gave up waiting; last events: \(events.suffix(20))") }
            let message = try await client.nextJSON(timeout: left)
            switch message["type"]?.stringValue {
            case "delta":
                let seq = message["seq"]!.integerValue!
                if let earlier = contents[seq] {
                    #expect(earlier == message["data"], "seq \(seq) came twice with different deltas")
                }
                contents[seq] = message["data"]
                events.append("\(seq)")
            case "resync": events.append("resync:\(message["reason"]!.stringValue!)")
            default: continue
            }
        }
        return events
    }

    /// Deltas are consecutive within each stretch between resyncs, and the first of each stretch
    /// comes after the last of the one before (a resync may skip, never repeat), or is that last
    /// one again where `lastMayRepeat` (see `disruptShard`).
    private func expectConsecutive(
        _ events: [String], lastMayRepeat: Bool = false, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var previous: Int64?
        var afterResync = false
        for event in events {
            if event.hasPrefix("resync") {
                afterResync = true
                continue
            }
            let seq = Int64(event)!
            if let previous {
                if afterResync {
                    #expect(
                        seq > previous || (lastMayRepeat && seq == previous),
                        "repeated \(seq) after a resync: \(events)", sourceLocation: sourceLocation)
                } else {
                    #expect(seq == previous + 1, "gap or repeat at \(seq): \(events)", sourceLocation: sourceLocation)
                }
            }
            previous = seq
            afterResync = false
        }
    }

    /// The publisher's seqs for one match and the match's stream on its primary: 1, 2, 3, … with
    /// nothing repeated or skipped.
    private func expectIngestConsecutive(_ feed: Feed, _ match: MatchID, _ cluster: RedisTestCluster) throws {
        #expect(feed.failures.load(ordering: .relaxed) == 0, "publishes that failed")
        let assigned = feed.seqs.withLock { $0[match] ?? [] }
        guard !assigned.isEmpty else {
            Issue.record("nothing published to \(match)")
            return
        }
        #expect(assigned == Array(1...Int64(assigned.count)), "ingest seqs of \(match): \(assigned)")
        let log = try cluster.primary(of: "match:{\(match.rawValue)}").command([
            "XRANGE", "match:{\(match.rawValue)}:log", "-", "+",
        ])
        let logged = log.elements?.compactMap { $0.elements?.first?.text.flatMap { Int64($0.dropLast(2)) } } ?? []
        #expect(logged == Array(1...Int64(max(logged.count, 1))), "log of \(match)")
        #expect(logged.count == assigned.count)
    }

    /// Kill (or cut) the shard of `affected` while deltas flow to it and to `other`: the affected
    /// match's client gets `resync` `bus_reconnect` and then deltas again; the other's client sees
    /// an unbroken stream.
    /// Ingest's seqs and each match's stream run 1, 2, 3, … whatever the disruption: a publish
    /// returns only once a replica has the write, and one in flight when the primary died is
    /// written again, byte for byte, on the promoted replica.
    /// - Parameter lastMayRepeat: the client may receive the delta that was in flight again
    ///   after its resync (it reached the client from the dying primary before its replica had
    ///   it; the resync tells the client to take the state afresh, so the copy is harmless).
    private func disruptShard(
        _ cluster: RedisTestCluster, lastMayRepeat: Bool = false,
        _ disrupt: (RedisTestServer, MatchID) async throws -> Void
    ) async throws {
        let (affected, other) = try matchesOnTwoShards(cluster)
        let primary = try cluster.primary(of: "match:{\(affected.rawValue)}")
        try await withClusterGateway(cluster) { gateway, bus in
            let hit = try await gateway.connectAndGreet()
            let spared = try await gateway.connectAndGreet()
            hit.send(.subscribe(match: affected, since: nil))
            _ = try await hit.next("snapshot")
            spared.send(.subscribe(match: other, since: nil))
            _ = try await spared.next("snapshot")
            let feed = Feed(gateway, [affected, other])
            do {
                var hitContents: [Int64: JSONValue] = [:]
                var sparedContents: [Int64: JSONValue] = [:]
                let before = try await read(hit, contents: &hitContents) { $0.count >= 5 }
                try await disrupt(primary, affected)
                // The affected client: resync, then live again.
                let after = try await read(hit, contents: &hitContents) { events in
                    guard let resync = events.firstIndex(where: { $0.hasPrefix("resync") }) else { return false }
                    return events.count - resync > 5
                }
                #expect(after.contains("resync:bus_reconnect"))
                #expect(after.filter { $0.hasPrefix("resync") }.allSatisfy { $0 == "resync:bus_reconnect" })
                expectConsecutive(before + after, lastMayRepeat: lastMayRepeat)
                // The other match's client: every delta up to now, in order, no resync.
                let target = feed.count(other) + 5
                let unbroken = try await read(spared, contents: &sparedContents) { $0.count >= target }
                #expect(!unbroken.contains { $0.hasPrefix("resync") })
                expectConsecutive(unbroken)
                #expect(unbroken.first == "1")
                await feed.stop()
                #expect(try await eventually { try await gateway.http("GET", "/readyz").status == 200 })
                #expect(bus.resubscriptionCount >= 1)
                #expect(try await gateway.metric("crease_bus_resubscriptions") ?? 0 >= 1)
                // One subscriber connection per primary that owns one of the two matches now.
                let owners = try Set([affected, other].map { try cluster.primary(of: "match:{\($0.rawValue)}").port })
                #expect(try await gateway.metric("crease_bus_shard_connections") == Double(owners.count))
                #expect(try await gateway.metric(#"crease_resyncs_total{reason="bus_reconnect"}"#) == 1)
                try expectIngestConsecutive(feed, affected, cluster)
                try expectIngestConsecutive(feed, other, cluster)
            } catch {
                await feed.stop()  // a publisher left running would outlive the test
                throw error
            }
        }
    }

    @Test func aKilledPrimaryResyncsOnlyTheClientsOfItsMatches() async throws {
        let cluster = try await onOwnThread { try RedisTestCluster() }  // replicas: one takes over
        try await disruptShard(cluster, lastMayRepeat: true) { primary, match in
            primary.stop()
            // Its replica takes over the slot.
            let promoted = try await eventually(timeout: .seconds(20)) {
                let owner = try? cluster.topology().owner(of: "match:{\(match.rawValue)}")
                return owner != nil && owner?.port != primary.port
            }
            #expect(promoted)
        }
    }

    @Test func aCutShardConnectionResyncsOnlyTheClientsOfItsMatches() async throws {
        let cluster = try await onOwnThread { try RedisTestCluster(replicasEach: 0) }
        try await disruptShard(cluster) { primary, _ in
            _ = try primary.command(["CLIENT", "KILL", "TYPE", "pubsub"])
        }
    }

    /// A publish is acknowledged, and its delta published, only once a replica of the match's
    /// primary has it (`WAIT`), so that a failover cannot take back an event ingest confirmed or
    /// a delta a viewer saw: the replica holds each write the moment `publish` returns; with the
    /// replica stopped (still listed by the cluster, whose node timeout is long here) no replica
    /// confirms, the publish fails (503, `Retry-After`) and its delta reaches no viewer (they
    /// get `resync` `gap` before the next one); publishing works again once the replica is back.
    @Test func aPublishIsAcknowledgedOnlyOnceAReplicaHasIt() async throws {
        let cluster = try await onOwnThread { try RedisTestCluster(replicasEach: 1, nodeTimeout: .seconds(30)) }
        let match = MatchID("durable")!
        let stateKey = "match:{durable}:state"
        let primary = try cluster.primary(of: stateKey)
        let replica = try cluster.replica(of: primary)
        // Seen once in about 15 runs of the suite (after both passes of the other suites):
        // every one of the 20 reads below disagreed. Not reproduced since; the replica's reply
        // is kept for the message of the next failure.
        var lastReply = RedisReply.null
        func replicatedSeq() throws -> Int64? {
            let reply = try RedisTestCluster.readFromReplica(replica, stateKey)
            lastReply = reply
            return try reply.bytes.flatMap {
                try JSONValue(parsing: $0)["seq"]?.integerValue
            }
        }
        // crease-ingest (its webhook answers for the publisher), and a gateway with a viewer.
        try await withClusterGateway(cluster, role: .ingest) { ingest, _ in
            try await withClusterGateway(cluster) { gateway, _ in
                let viewer = try await gateway.connectAndGreet()
                viewer.send(.subscribe(match: match, since: nil))
                _ = try await viewer.next("snapshot")
                for runs in 1...20 {
                    let seq = try await ingest.publish(match.rawValue, ["runs": .integer(Int64(runs))])
                    #expect(try replicatedSeq() == seq, "the replica answered \(lastReply)")
                }
                let refused: HTTPResponse
                do {
                    replica.pause()
                    defer { replica.resume() }
                    refused = try await ingest.http(
                        "POST", "/v1/matches/durable/events", body: #"{"data":{"runs":21}}"#)
                }
                #expect(refused.status == 503)
                #expect(refused.header("Retry-After") == "1")
                // The unconfirmed write is on the primary, unpublished: the retry is a new seq
                // that sets the same value.
                let retried = try await ingest.publish(match.rawValue, ["runs": 21])
                #expect(retried == 22)
                #expect(try replicatedSeq() == 22)
                #expect(try await ingest.http("GET", "/v1/matches/durable").json?["state"] == ["runs": 21])
                // The viewer: 1…20, never 21, a resync for the gap, then 22.
                var seen: [String] = []
                while seen.last != "22" {
                    let message = try await viewer.nextJSON()
                    switch message["type"]?.stringValue {
                    case "delta": seen.append("\(message["seq"]!.integerValue!)")
                    case "resync": seen.append("resync:\(message["reason"]!.stringValue!)")
                    default: continue
                    }
                }
                #expect(seen == (1...20).map { "\($0)" } + ["resync:gap", "22"])
            }
        }
    }

    @Test func aResharedSlotResyncsOnlyTheClientsOfItsMatches() async throws {
        let cluster = try await onOwnThread { try RedisTestCluster(replicasEach: 0) }
        try await disruptShard(cluster) { source, match in
            // Move the match's slot to another primary the way `redis-cli --cluster reshard`
            // does: IMPORTING/MIGRATING, MIGRATE the keys, then SETSLOT NODE everywhere.
            let slot = RedisSlot.of("match:{\(match.rawValue)}")
            let topology = try cluster.topology()
            let target = cluster.nodes.first { node in
                topology.primaries.contains { $0.port == node.port } && node.port != source.port
            }!
            let sourceID = try source.command(["CLUSTER", "MYID"]).text!
            let targetID = try target.command(["CLUSTER", "MYID"]).text!
            _ = try target.command(["CLUSTER", "SETSLOT", "\(slot)", "IMPORTING", sourceID])
            _ = try source.command(["CLUSTER", "SETSLOT", "\(slot)", "MIGRATING", targetID])
            while let keys = try source.command(["CLUSTER", "GETKEYSINSLOT", "\(slot)", "100"]).elements?.compactMap(
                \.text), !keys.isEmpty
            {
                let reply = try source.command(
                    [
                        "MIGRATE", "127.0.0.1", "\(target.port)", "", "0", "5000", "AUTH", RedisTestCluster.password,
                        "KEYS",
                    ] + keys)
                if case .error(let message) = reply { throw RedisError("MIGRATE: \(message)") }
            }
            for node in [target, source] + cluster.nodes where node.isRunning {
                _ = try? node.command(["CLUSTER", "SETSLOT", "\(slot)", "NODE", targetID])
            }
        }
    }

    /// Subscriptions that come and go in bursts, two viewers per match, over many slots: every
    /// one is confirmed (a multi-channel SSUBSCRIBE across slots was refused with CROSSSLOT, so
    /// viewers waited out the 5 s timeout; the unplace/re-place churn that followed crashed the
    /// gateway in the 15,000-viewer cluster benchmark), and none is left subscribed.
    @Test func subscriptionsThatComeAndGoAreAllConfirmedAndLeaveNothingBehind() async throws {
        let cluster = try await onOwnThread { try RedisTestCluster(replicasEach: 0) }
        let bus = RedisClusterBus(seeds: cluster.seeds)
        bus.start()
        let publisher = try await RedisPublisher(clusterSeeds: cluster.seeds, historyLength: 10)
        for round in 0..<20 {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        // Confirmed (or this throws), then dropped at once.
                        _ = try await bus.subscribe(to: MatchID("churn-\(round)-\(index % 25)")!)
                    }
                }
                try await group.waitForAll()
            }
        }
        // The bus still works, and holds no channel nobody wants.
        let stream = try await bus.subscribe(to: MatchID("after")!)
        _ = try await publisher.publish(to: MatchID("after")!, priority: .normal, patch: ["runs": 1])
        var iterator = stream.makeAsyncIterator()
        guard case .delta(let delta)? = await iterator.next() else { throw RedisError("no delta after the churn") }
        #expect(delta.seq == 1)
        let leftover = try await eventually {
            var channels: [String] = []
            for primary in try cluster.topology().primaries {
                let node = cluster.nodes.first { $0.port == primary.port }!
                channels += try node.command(["PUBSUB", "SHARDCHANNELS"]).elements?.compactMap(\.text) ?? []
            }
            return channels == ["match:{after}"]
        }
        #expect(leftover)
        await bus.shutdown()
        await publisher.shutdown()
    }

    @Test(.enabled(if: GatewayProcess.isBuilt, "crease-gateway is not built"))
    func aClusterGatewayProcessStartsWithTheRightPasswordAndRefusesWrongOnes() async throws {
        let cluster = try await onOwnThread { try RedisTestCluster(replicasEach: 0) }
        let wrong = try await ExitedProcess.run(
            GatewayProcess.binary, ["REDIS_CLUSTER_NODES": cluster.seedList, "REDIS_PASSWORD": "sw0rdfish"])
        #expect(wrong.status == 2)
        #expect(wrong.standardError.contains("REDIS_PASSWORD") && !wrong.standardError.contains("sw0rdfish"))
        let single = try RedisTestServer()
        let notCluster = try await ExitedProcess.run(
            GatewayProcess.binary, ["REDIS_CLUSTER_NODES": "127.0.0.1:\(single.port)"])
        #expect(notCluster.status == 2)
        #expect(notCluster.standardError.contains("REDIS_CLUSTER_NODES"))
        // The right password: ready once it has read the slot map.
        let gateway = try await GatewayProcess.start(environment: [
            "REDIS_CLUSTER_NODES": cluster.seedList, "REDIS_PASSWORD": RedisTestCluster.password,
        ])
        defer { gateway.kill() }
        let ready = try await eventually {
            guard
                let connection = try? await HTTPConnection.open(
                    port: gateway.port, group: MultiThreadedEventLoopGroup.singleton)
            else { return false }
            defer { connection.close() }
            return (try? await connection.send("GET", "/readyz"))?.status == 200
        }
        #expect(ready)
    }
}

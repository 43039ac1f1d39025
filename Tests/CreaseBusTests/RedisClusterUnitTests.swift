import CreaseProtocol
import Testing

@testable import CreaseBus

/// Slots, redirects and slot maps as Redis Cluster defines them.
struct RedisClusterUnitTests {
    @Test func slotsMatchRedisClusterKeyslot() {
        // Values from `CLUSTER KEYSLOT` on Redis 7.0.
        #expect(RedisSlot.crc16(Array("123456789".utf8)[...]) == 0x31C3)
        #expect(RedisSlot.of("foo") == 12_182)
        #expect(RedisSlot.of("{user1000}.following") == RedisSlot.of("{user1000}.followers"))
        #expect(RedisSlot.of("foo{}{bar}") == RedisSlot.of("foo{}{bar}"))
        #expect(RedisSlot.of("foo{}{bar}") != RedisSlot.of("bar"))  // an empty tag hashes the whole key
        let layout = RedisKeyLayout(clustered: true)
        let final = MatchID("final")!
        #expect(layout.state(final) == "match:{final}:state")
        #expect(layout.log(final) == "match:{final}:log")
        #expect(layout.channel(final) == "match:{final}")
        #expect(Set([layout.state(final), layout.log(final), layout.channel(final)].map(RedisSlot.of)).count == 1)
        #expect(layout.match(ofStateKey: "match:{final}:state") == final)
        #expect(layout.match(ofStateKey: "match:final:state") == nil)
        #expect(RedisKeyLayout(clustered: false).state(final) == "match:final:state")
    }

    @Test func redirectsAreRead() {
        #expect(RedisRedirect(error: "MOVED 3999 127.0.0.1:6381") == .moved(slot: 3999, host: "127.0.0.1", port: 6381))
        #expect(RedisRedirect(error: "ASK 3999 10.0.0.2:7000") == .ask(slot: 3999, host: "10.0.0.2", port: 7000))
        #expect(RedisRedirect(error: "ERR unknown command") == nil)
        #expect(RedisRedirect(error: "MOVED x 127.0.0.1:6381") == nil)
    }

    /// A publish waits for every replica attached to its primary, in its first sync too: the
    /// count comes from `INFO replication`'s `connected_slaves`, and an ACL refusal falls back.
    @Test func attachedReplicasCountEveryStateAndAnErrorIsNone() {
        let info =
            "# Replication\r\nrole:master\r\nconnected_slaves:2\r\n"
            + "slave0:ip=127.0.0.1,port=7001,state=online,offset=42,lag=0\r\n"
            + "slave1:ip=127.0.0.1,port=7002,state=wait_bgsave,offset=0,lag=0\r\nmaster_repl_offset:42\r\n"
        #expect(RedisCommandPool.attachedReplicas(.string(Array(info.utf8))) == 2)
        #expect(RedisCommandPool.attachedReplicas(.error("NOPERM this user has no permissions to run 'info'")) == nil)
        #expect(RedisCommandPool.attachedReplicas(.string(Array("# Replication\r\nrole:slave\r\n".utf8))) == nil)
    }

    @Test func aSlotMapNamesEachSlotsPrimary() throws {
        let reply = RedisReply.array([
            .array([
                .integer(0), .integer(8191),
                .array([.string(Array("10.0.0.1".utf8)), .integer(7000), .string(Array("id1".utf8))]),
                .array([.string(Array("10.0.0.2".utf8)), .integer(7002), .string(Array("id3".utf8))]),
            ]),
            .array([
                .integer(8192), .integer(16383), .array([.string([]), .integer(7001), .string(Array("id2".utf8))]),
            ]),
        ])
        let seed = RedisEndpoint(host: "10.0.0.9", port: 7000, credentials: RedisCredentials(password: "pw"))
        let topology = try RedisClusterTopology(clusterSlots: reply, reportedBy: seed)
        #expect(topology.isComplete)
        #expect(topology.owner(ofSlot: 0)?.address == "10.0.0.1:7000")
        #expect(topology.owner(ofSlot: 16_383)?.address == "10.0.0.9:7001")  // no address of its own: the seed's host
        #expect(topology.primaries.count == 2)
        #expect(topology.primaries.allSatisfy { $0.credentials == seed.credentials })
        // Replicas listed after the primary (CLUSTER SLOTS leaves out those marked as failed).
        #expect(topology.replicaCount(of: topology.primaries[0]) == 1)
        #expect(topology.replicaCount(of: topology.primaries[1]) == 0)
        let partial = try RedisClusterTopology(clusterSlots: .array([reply.elements![0]]), reportedBy: seed)
        #expect(!partial.isComplete)
        #expect(partial.owner(ofSlot: 9000) == nil)
    }
}

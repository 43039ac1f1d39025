import CreaseBus
import CreaseClient
import CreaseProtocol
import Synchronization
import Testing

/// A join storm's snapshots come from the hub's own state (the last bus read brought forward
/// with the deltas it forwarded), not from one bus read per join.
@Suite struct MatchHubSnapshotTests {
    @Test func joinsAfterDeltasGetTheCurrentStateWithoutABusReadEach() async throws {
        let embedded = InProcessBus(historyLength: 64)
        let bus = SnapshotCountingBus(embedded)
        try await withGateway(bus: bus, publisher: embedded) { gateway in
            try await gateway.publish("m1", ["score": ["runs": 10, "wickets": 1], "striker": "Kohli"])
            let (first, _) = try await gateway.subscribed(to: "m1")
            // Patches that add, change, nest and delete (null).
            let patches: [JSONValue] = [
                ["score": ["runs": 14]], ["striker": .null, "nonStriker": "Rahul"],
                ["score": ["wickets": 2, "extras": ["wd": 1]]],
            ]
            var last: Int64 = 0
            for patch in patches { last = try await gateway.publish("m1", patch) }
            for _ in patches { _ = try await first.next("delta") }
            let readsBefore = bus.snapshotReads
            var states: [JSONValue?] = []
            for _ in 0..<10 {
                let (client, snapshot) = try await gateway.subscribed(to: "m1")
                #expect(snapshot["seq"] == .integer(last))
                states.append(snapshot["state"])
                client.close()
            }
            #expect(bus.snapshotReads == readsBefore, "no bus read for these joins")
            let rest = try await gateway.http("GET", "/v1/matches/m1").json?["state"]
            #expect(rest != nil)
            for state in states { #expect(state == rest) }
        }
    }

    /// A state read that was current when made is not reused once the hub's history no longer
    /// leads from it to the stream (here a history of 2 deltas): the next join reads again and
    /// gets the current state, not an old one with the deltas since skipped.
    @Test func aSharedStateReadThatTheHistoryNoLongerBridgesIsReadAgain() async throws {
        let embedded = InProcessBus(historyLength: 64)
        let bus = SnapshotCountingBus(embedded)
        try await withGateway(["HISTORY_LEN": "2"], bus: bus, publisher: embedded) { gateway in
            try await gateway.publish("m1", ["runs": 0])
            let (watcher, _) = try await gateway.subscribed(to: "m1")
            var last: Int64 = 0
            for round in 1...2 {
                // Three deltas: more than the history holds, so the hub's own state cannot serve
                // the next join, which reads the bus.
                for runs in 1...3 {
                    last = try await gateway.publish("m1", ["runs": .integer(Int64(round * 10 + runs))])
                }
                for _ in 1...3 { _ = try await watcher.next("delta") }
                let (client, snapshot) = try await gateway.subscribed(to: "m1")
                #expect(snapshot["seq"] == .integer(last), "round \(round): the current state")
                client.close()
            }
        }
    }

    /// A state key that stays behind the channel (a publisher that breaks PROTOCOL.md §11's
    /// order) costs a join storm one shared read, not four reads per join.
    @Test func aStateBehindTheStreamIsReadOncePerStormNotPerJoin() async throws {
        let embedded = InProcessBus(historyLength: 64)
        let bus = SnapshotCountingBus(embedded)
        try await withGateway(bus: bus, publisher: embedded) { gateway in
            try await gateway.publish("m1", ["score": ["runs": 1]])
            bus.freeze(try #require(try await embedded.snapshot(of: MatchID("m1")!)))
            try await gateway.publish("m1", ["score": ["runs": 2]])
            // The hub starts from the frozen state (seq 1); the next delta (seq 3) skips seq 2,
            // so its history cannot bridge the state to the stream.
            let (first, _) = try await gateway.subscribed(to: "m1")
            let last = try await gateway.publish("m1", ["score": ["runs": 3]])
            _ = try await first.next("resync")
            _ = try await first.next("delta")
            let readsBefore = bus.snapshotReads
            for _ in 0..<10 {
                let (client, snapshot) = try await gateway.subscribed(to: "m1")
                #expect(snapshot["seq"] == .integer(1), "the only state the bus has")
                // Deltas up to the one the hub last forwarded are skipped; the next arrives.
                let next = try await gateway.publish("m1", ["score": ["runs": 4]])
                #expect(next > last)
                let delta = try await client.next("delta")
                #expect(delta["seq"] == .integer(next))
                client.close()
            }
            // Before: four reads per join (one, then three more while it stayed behind).
            #expect(bus.snapshotReads - readsBefore <= 8, "reads shared between joins, not four per join")
        }
    }
}

/// The in-process bus, counting its state reads; ``freeze(_:)`` makes it answer one fixed state.
final class SnapshotCountingBus: MatchBus {
    private let inner: InProcessBus
    private let reads = Atomic(0)
    private let frozen = Mutex<MatchSnapshot?>(nil)

    init(_ inner: InProcessBus) { self.inner = inner }

    var snapshotReads: Int { reads.load(ordering: .relaxed) }

    /// From now on every state read answers `snapshot`, however far the channel moves on.
    func freeze(_ snapshot: MatchSnapshot) { frozen.withLock { $0 = snapshot } }

    func subscribe(to match: MatchID) async throws -> AsyncStream<BusEvent> { try await inner.subscribe(to: match) }

    func snapshot(of match: MatchID) async throws -> MatchSnapshot? {
        reads.add(1, ordering: .relaxed)
        if let frozen = frozen.withLock({ $0 }) { return frozen }
        return try await inner.snapshot(of: match)
    }

    func history(of match: MatchID, after seq: Int64) async throws -> [BusDelta]? {
        try await inner.history(of: match, after: seq)
    }
    func matches() async throws -> [MatchSummary] { try await inner.matches() }
    var isReady: Bool { inner.isReady }
    var seqOrigin: Int64 { inner.seqOrigin }
}

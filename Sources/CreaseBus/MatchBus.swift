import CreaseProtocol
import NIOCore

/// A delta as it came off the bus: the exact JSON every subscriber receives, plus the header
/// fields the gateway needs without parsing it again.
public struct BusDelta: Sendable {
    public let match: MatchID
    public let seq: Int64
    /// Publish time, milliseconds since the Unix epoch.
    public let timestamp: Int64
    public let priority: Priority
    /// The `delta` message, byte for byte as published.
    public let payload: ByteBuffer

    public init(match: MatchID, seq: Int64, timestamp: Int64, priority: Priority, payload: ByteBuffer) {
        self.match = match
        self.seq = seq
        self.timestamp = timestamp
        self.priority = priority
        self.payload = payload
    }
}

/// What a match's subscription yields.
public enum BusEvent: Sendable {
    /// The next delta published on the match's channel.
    case delta(BusDelta)
    /// The subscription was re-established after the bus connection dropped: deltas may have
    /// been missed in between.
    case resumed
}

/// A match's full state at a seq, as stored for REST resync.
public struct MatchSnapshot: Sendable, Equatable {
    public let match: MatchID
    public let seq: Int64
    /// The scorecard as serialised JSON (`null` when the match has no state yet).
    public let stateJSON: [UInt8]

    public init(match: MatchID, seq: Int64, stateJSON: [UInt8]) {
        self.match = match
        self.seq = seq
        self.stateJSON = stateJSON
    }

    /// The REST document `{"match","seq","state"}` (PROTOCOL.md §3; also the Redis state key).
    public var document: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(stateJSON.count + 48)
        out.append(contentsOf: #"{"match":"#.utf8)
        JSONValue.writeString(match.rawValue, into: &out)
        out.append(contentsOf: #","seq":"#.utf8)
        out.append(contentsOf: String(seq).utf8)
        out.append(contentsOf: #","state":"#.utf8)
        out.append(contentsOf: stateJSON)
        out.append(UInt8(ascii: "}"))
        return out
    }
}

/// A match the bus knows, with its latest seq.
public struct MatchSummary: Sendable, Equatable {
    public let match: MatchID
    public let seq: Int64

    public init(match: MatchID, seq: Int64) {
        self.match = match
        self.seq = seq
    }
}

/// The bus as the gateway sees it: per-match delta streams plus the state and history reads
/// that resync and `since` replay need.
///
/// Implementations: ``InProcessBus`` (embedded mode) and, with Redis, a pub/sub client. The
/// match actors depend only on this interface.
public protocol MatchBus: Sendable {
    /// Subscribes to `match`; returns once the subscription is live, so that every delta
    /// published afterwards is in the stream. Deltas arrive in publish order. The subscription
    /// ends when the consumer stops iterating (the stream's termination releases it).
    func subscribe(to match: MatchID) async throws -> AsyncStream<BusEvent>

    /// The latest state of `match`, or nil for a match with no state.
    func snapshot(of match: MatchID) async throws -> MatchSnapshot?

    /// The deltas of `match` after `seq`, in order, as far as the bus keeps them; nil when its
    /// history does not reach back to `seq + 1`.
    func history(of match: MatchID, after seq: Int64) async throws -> [BusDelta]?

    /// Every match with state.
    func matches() async throws -> [MatchSummary]

    /// Whether the bus connection works (drives `/readyz`).
    var isReady: Bool { get }

    /// Messages on a match channel that were not a valid delta (counted and skipped).
    var malformedMessages: Int { get }

    /// Times the bus connection was re-established (cluster: shard connections lost).
    var reconnectCount: Int { get }

    /// Subscriber connections open to the bus (cluster: one per shard a local subscriber needs).
    var shardConnectionCount: Int { get }

    /// Match channels subscribed again after their connection or their slot was lost.
    var resubscriptionCount: Int { get }

    /// The seq a match has before its first event: its first delta is `seqOrigin + 1`. 0 where
    /// seqs outlive the process (Redis); the start time where they do not (embedded mode), so
    /// that a restarted bus's seqs are above every seq of the run before (PROTOCOL.md §2.3).
    var seqOrigin: Int64 { get }
}

extension MatchBus {
    public var malformedMessages: Int { 0 }
    public var reconnectCount: Int { 0 }
    public var shardConnectionCount: Int { 0 }
    public var resubscriptionCount: Int { 0 }
    public var seqOrigin: Int64 { 0 }
}

/// Publishes events: assigns the seq, applies the patch to the state, records history and
/// publishes the delta, atomically per event.
public protocol EventPublisher: Sendable {
    func publish(to match: MatchID, priority: Priority, patch: JSONValue) async throws -> MatchSummary
}

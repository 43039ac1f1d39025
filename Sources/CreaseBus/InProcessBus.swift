import CreaseProtocol
import NIOCore
import Synchronization

/// The bus of embedded mode: one process is the whole system.
///
/// It is also the event store: each match's ``MatchLedger`` assigns seqs and keeps the state,
/// and a history of `historyLength` deltas serves `since` replay. Publishing is atomic per event
/// (one lock holds the ledger update and the hand-off to every subscriber), so no subscriber
/// can see a seq the state lacks.
public final class InProcessBus: MatchBus, EventPublisher {
    private struct Match {
        var ledger: MatchLedger
        var history: MatchHistory<BusDelta>
        var subscribers: [UInt64: AsyncStream<BusEvent>.Continuation] = [:]
    }

    private struct State {
        var matches: [MatchID: Match] = [:]
        var nextSubscriberID: UInt64 = 0
    }

    /// The state, in an object of its own that each subscription's termination handler holds
    /// strongly. (A `[weak self]` handler gave the bus a weak-reference side table, whose only
    /// pointer lives bit-packed in the bus's reference count, where LeakSanitizer cannot see
    /// it: every gateway exit reported it as a 32-byte leak.)
    private final class Shared: Sendable {
        let state = Mutex(State())
    }

    private let shared = Shared()
    private let historyLength: Int
    private let streamBuffer: Int
    private let droppedCount = Atomic<Int>(0)
    public let seqOrigin: Int64

    /// - Parameters:
    ///   - historyLength: deltas kept per match for `since` replay (`HISTORY_LEN`).
    ///   - streamBuffer: deltas buffered per subscription before the oldest are dropped; a
    ///     drop shows up downstream as a seq gap, which the match actor turns into `resync`.
    ///   - seqOrigin: the seq before each match's first event. The gateway passes its start
    ///     time in microseconds (`SEQ_ORIGIN=clock`), so that no seq of this run was a seq of
    ///     an earlier one; tests pass 0.
    public init(historyLength: Int, streamBuffer: Int = 4096, seqOrigin: Int64 = 0) {
        self.historyLength = historyLength
        self.streamBuffer = streamBuffer
        self.seqOrigin = seqOrigin
    }

    deinit {
        // Outside the lock: finishing runs each termination handler, which takes it (later).
        let open = shared.state.withLock { state in state.matches.values.flatMap { $0.subscribers.values } }
        for continuation in open { continuation.finish() }
    }

    private func newMatch(_ match: MatchID) -> Match {
        Match(
            ledger: MatchLedger(match: match, origin: seqOrigin),
            history: MatchHistory(capacity: historyLength, startingAfter: seqOrigin))
    }

    /// Deltas dropped because a subscriber fell `streamBuffer` behind.
    public var droppedDeltas: Int { droppedCount.load(ordering: .relaxed) }

    public var isReady: Bool { true }

    public func subscribe(to match: MatchID) async throws -> AsyncStream<BusEvent> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: BusEvent.self,
            bufferingPolicy: .bufferingNewest(streamBuffer)
        )
        let id = shared.state.withLock { state in
            let id = state.nextSubscriberID
            state.nextSubscriberID += 1
            state.matches[match, default: newMatch(match)].subscribers[id] = continuation
            return id
        }
        // A cycle (shared → continuation → this handler → shared) until the subscription ends,
        // which removes the continuation; `deinit` ends those still open.
        continuation.onTermination = { [shared] _ in
            // Not here: cancelling the consuming task runs this handler while it holds that
            // task's status lock, and a publish holding the bus's lock may be resuming the same
            // task (which needs that status lock): each would wait for the other, and the
            // thread that cancelled (a gateway's event loop) would stop for good (issue 19;
            // `InProcessBusTests`). A yield to the ended stream meanwhile is dropped.
            Task.detached {
                shared.state.withLock { state in
                    _ = state.matches[match]?.subscribers.removeValue(forKey: id)
                    // A match nobody ever published to is forgotten with its last subscriber, so
                    // subscribing to made-up ids costs nothing afterwards.
                    if let entry = state.matches[match], entry.subscribers.isEmpty, entry.ledger.state == nil {
                        state.matches[match] = nil
                    }
                }
            }
        }
        return stream
    }

    public func snapshot(of match: MatchID) async throws -> MatchSnapshot? {
        shared.state.withLock { state in
            guard let entry = state.matches[match], let matchState = entry.ledger.state else { return nil }
            return MatchSnapshot(match: match, seq: entry.ledger.seq, stateJSON: matchState.serialized)
        }
    }

    public func history(of match: MatchID, after seq: Int64) async throws -> [BusDelta]? {
        shared.state.withLock { state in
            guard let entry = state.matches[match] else { return seq == seqOrigin ? [] : nil }
            return entry.history.replay(after: seq)
        }
    }

    public func matches() async throws -> [MatchSummary] {
        shared.state.withLock { state in
            state.matches.values
                .filter { $0.ledger.state != nil }
                .map { MatchSummary(match: $0.ledger.match, seq: $0.ledger.seq) }
                .sorted { $0.match < $1.match }
        }
    }

    public func publish(to match: MatchID, priority: Priority, patch: JSONValue) async throws -> MatchSummary {
        let timestamp = WallClock.milliseconds()
        return shared.state.withLock { state in
            var entry = state.matches.removeValue(forKey: match) ?? newMatch(match)
            let event = entry.ledger.publish(patch: patch, priority: priority, timestamp: timestamp)
            let delta = BusDelta(
                match: match,
                seq: event.seq,
                timestamp: event.timestamp,
                priority: event.priority,
                payload: ByteBuffer(bytes: event.delta)
            )
            entry.history.append(seq: event.seq, delta)
            for continuation in entry.subscribers.values {
                if case .dropped = continuation.yield(.delta(delta)) {
                    droppedCount.add(1, ordering: .relaxed)
                }
            }
            state.matches[match] = entry
            return MatchSummary(match: match, seq: event.seq)
        }
    }
}

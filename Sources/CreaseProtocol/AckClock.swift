import DequeModule

/// One subscription's ack bookkeeping: how old is the oldest delta the client has not acked?
///
/// Deltas are recorded in time buckets of `granularity`: the clock keeps the first seq sent in
/// each bucket and when, so its memory is bounded by `ackTimeout / granularity` marks however
/// many deltas flow, and its answer is never younger than the truth by more than one bucket.
public struct AckClock: Sendable {
    private struct Mark: Sendable {
        var firstSeq: Int64
        var sentAt: UInt64
    }

    private var marks = Deque<Mark>()
    private var lastSentSeq: Int64?
    /// Bucket width in nanoseconds.
    public let granularity: UInt64

    public init(granularity: UInt64) {
        self.granularity = max(granularity, 1)
    }

    /// Records that the delta `seq` was handed to the connection at `now` (nanoseconds).
    public mutating func sent(seq: Int64, at now: UInt64) {
        if let lastSentSeq, seq <= lastSentSeq { return }
        lastSentSeq = seq
        if let last = marks.last, now &- last.sentAt < granularity { return }
        marks.append(Mark(firstSeq: seq, sentAt: now))
    }

    /// A cumulative ack: every delta up to `seq` was applied.
    public mutating func acked(through seq: Int64) {
        guard let lastSentSeq, !marks.isEmpty else { return }
        if seq >= lastSentSeq {
            marks.removeAll()
            return
        }
        while marks.count >= 2, marks[1].firstSeq <= seq + 1 {
            marks.removeFirst()
        }
        if marks[0].firstSeq <= seq {
            marks[0].firstSeq = seq + 1
        }
    }

    /// Nanoseconds since the oldest unacknowledged delta was sent; nil when all are acked.
    public func oldestUnackedAge(at now: UInt64) -> UInt64? {
        guard let first = marks.first else { return nil }
        return now &- first.sentAt
    }

    /// Forgets every outstanding delta: the clock restarts (after a `resync`).
    public mutating func restart() {
        marks.removeAll()
    }
}

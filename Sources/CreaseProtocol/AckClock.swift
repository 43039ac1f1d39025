import DequeModule

/// One subscription's ack bookkeeping: how old is the oldest delta the client has not acked?
///
/// Deltas are recorded in time buckets of `granularity`: the clock keeps when each bucket began
/// and the last seq sent in it, so its memory is bounded by `ackTimeout / granularity` marks
/// however many deltas flow, and its answer is never younger than the truth and older by less
/// than one bucket.
public struct AckClock: Sendable {
    private struct Mark: Sendable {
        // The last seq rather than the first: the seqs one client is sent may skip (deltas
        // dropped for it), so only the last seq of a bucket tells whether an ack covers it all.
        var lastSeq: Int64
        var sentAt: UInt64
    }

    private var marks = Deque<Mark>()
    /// Bucket width in nanoseconds.
    public let granularity: UInt64
    // Last, so that its optional's spare byte is tail padding a containing record can use (a
    // subscription keeps its `conflates` flag there).
    private var lastSentSeq: Int64?

    public init(granularity: UInt64) {
        self.granularity = max(granularity, 1)
    }

    /// Records that the delta `seq` was handed to the connection at `now` (nanoseconds).
    public mutating func sent(seq: Int64, at now: UInt64) {
        if let lastSentSeq, seq <= lastSentSeq { return }
        lastSentSeq = seq
        if let last = marks.last, now &- last.sentAt < granularity {
            marks[marks.count - 1].lastSeq = seq
            return
        }
        marks.append(Mark(lastSeq: seq, sentAt: now))
    }

    /// A cumulative ack: every delta up to `seq` was applied.
    public mutating func acked(through seq: Int64) {
        guard let lastSentSeq, !marks.isEmpty else { return }
        if seq >= lastSentSeq {
            marks.removeAll()
            return
        }
        // A bucket partly acked keeps its start time: the answer may be older than the truth,
        // by less than one bucket, but never younger.
        while let first = marks.first, first.lastSeq <= seq {
            marks.removeFirst()
        }
    }

    /// Nanoseconds since the oldest unacknowledged delta was sent; nil when all are acked. A
    /// `now` earlier than that send (a caller's clock read before it) is an age of 0, never a
    /// wrapped-around one.
    public func oldestUnackedAge(at now: UInt64) -> UInt64? {
        guard let first = marks.first else { return nil }
        return now > first.sentAt ? now - first.sentAt : 0
    }

    /// Forgets every outstanding delta: the clock restarts (after a `resync`).
    public mutating func restart() {
        marks.removeAll()
    }
}

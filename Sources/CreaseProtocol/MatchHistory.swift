import DequeModule

/// The last `capacity` deltas of one match, contiguous by seq, for `since` replay (§2.2).
public struct MatchHistory<Payload> {
    public let capacity: Int
    private var entries = Deque<Payload>()
    /// Seq of the first entry held.
    public private(set) var firstSeq: Int64 = 1
    /// Seq of the last entry held, or the seq this history was started after.
    public private(set) var lastSeq: Int64 = 0

    public init(capacity: Int, startingAfter seq: Int64 = 0) {
        self.capacity = max(capacity, 0)
        self.firstSeq = seq + 1
        self.lastSeq = seq
    }

    public var count: Int { entries.count }

    /// Appends the delta `seq`. A seq that does not follow the last one restarts the history
    /// at `seq` (the deltas between are unknown and cannot be replayed).
    public mutating func append(seq: Int64, _ payload: Payload) {
        guard capacity > 0 else {
            firstSeq = seq + 1
            lastSeq = seq
            return
        }
        if seq != lastSeq + 1 {
            entries.removeAll()
            firstSeq = seq
        }
        entries.append(payload)
        lastSeq = seq
        if entries.count > capacity {
            entries.removeFirst()
            firstSeq += 1
        }
    }

    /// The deltas `since+1 … lastSeq`, or nil when this history does not hold them all (the
    /// client is too far behind, or claims a seq beyond the last one).
    public func replay(after since: Int64) -> [Payload]? {
        guard since <= lastSeq else { return nil }
        if since == lastSeq { return [] }
        guard since + 1 >= firstSeq else { return nil }
        let start = Int(since + 1 - firstSeq)
        return Array(entries[start...])
    }
}

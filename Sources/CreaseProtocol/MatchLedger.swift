/// The source of truth for one match where events are published: seq assignment, the merge
/// patch applied to the state, and the encoded `delta`, all in one step.
///
/// Embedded mode keeps one per match in process; Redis mode does the same in a Lua script.
public struct MatchLedger: Sendable {
    public let match: MatchID
    /// The seq of the last published delta (`origin`: nothing published yet).
    public private(set) var seq: Int64
    /// The full state after `seq`; nil until the first event.
    public private(set) var state: JSONValue?

    /// - Parameter origin: the seq before the first event (the first delta is `origin + 1`).
    public init(match: MatchID, origin: Int64 = 0) {
        self.match = match
        self.seq = origin
    }

    /// One published event.
    public struct Event: Sendable {
        public let seq: Int64
        public let timestamp: Int64
        public let priority: Priority
        /// The exact `delta` JSON every subscriber receives.
        public let delta: [UInt8]
    }

    /// Assigns the next seq, applies `patch` to the state and encodes the delta.
    public mutating func publish(patch: JSONValue, priority: Priority, timestamp: Int64) -> Event {
        seq += 1
        state = MergePatch.apply(patch, to: state)
        let delta = ServerMessage.delta(match: match, seq: seq, timestamp: timestamp, priority: priority, data: patch)
        return Event(seq: seq, timestamp: timestamp, priority: priority, delta: delta)
    }
}

/// Consecutive deltas of one match folded into one `delta` (protocol 1.1, `"conflate": true`;
/// PROTOCOL.md §4): a client holding seq `from − 1` applies ``data`` once and holds ``seq``.
///
/// Guarantees: for every state `s` at seq `from − 1`, applying ``data`` to `s` gives exactly what
/// applying each delta `from…seq` to `s` in order gives (``MergePatch/compose(_:_:)``'s law);
/// seqs are contiguous, so a run never skips or repeats one; ``priority`` is the highest of
/// the deltas it holds (a run holding a `critical` delta is `critical`); ``timestamp`` is its
/// newest delta's, so a run's age is the age of the state it brings.
public struct DeltaRun: Equatable, Sendable {
    public let match: MatchID
    /// The first seq the run covers; equal to ``seq`` for a single delta.
    public private(set) var from: Int64
    public private(set) var seq: Int64
    /// `ts` of the newest delta, milliseconds since the Unix epoch.
    public private(set) var timestamp: Int64
    public private(set) var priority: Priority
    /// The merge patch from the state at `from − 1` to the state at `seq`.
    public private(set) var data: JSONValue

    public init(match: MatchID, from: Int64, seq: Int64, timestamp: Int64, priority: Priority, data: JSONValue) {
        precondition(from <= seq, "a run covers at least one seq")
        self.match = match
        self.from = from
        self.seq = seq
        self.timestamp = timestamp
        self.priority = priority
        self.data = data
    }

    /// Reads a `delta` message (one delta, or a run with `from`); nil for anything else.
    public init?(message bytes: some Collection<UInt8>) {
        guard let value = try? JSONValue(parsing: bytes), value["type"] == .string("delta"),
            let rawMatch = value["match"]?.stringValue, let match = MatchID(rawMatch),
            let seq = value["seq"]?.integerValue, let data = value["data"], data.objectValue != nil
        else { return nil }
        let from = value["from"]?.integerValue ?? seq
        guard from <= seq else { return nil }
        self.init(
            match: match, from: from, seq: seq, timestamp: value["ts"]?.integerValue ?? 0,
            priority: value["priority"]?.stringValue.flatMap(Priority.init(name:)) ?? .normal, data: data)
    }

    /// Folds `later` (which must start at `seq + 1`) into this run. False, and nothing changed,
    /// when `later` does not follow on or the composition is not a merge patch: the two are then
    /// sent as they are.
    public mutating func append(_ later: DeltaRun) -> Bool {
        guard later.match == match, later.from == seq + 1, let composed = MergePatch.compose(data, later.data) else {
            return false
        }
        data = composed
        seq = later.seq
        timestamp = later.timestamp
        priority = max(priority, later.priority)
        return true
    }

    /// The deltas of `runs` (in seq order) folded wherever they compose: what a conflating
    /// subscriber receives instead of them, in order.
    public static func folding(_ runs: some Sequence<DeltaRun>) -> [DeltaRun] {
        var folded: [DeltaRun] = []
        for run in runs {
            if folded.isEmpty || !folded[folded.count - 1].append(run) { folded.append(run) }
        }
        return folded
    }

    /// The `delta` message: `from` appears only on a run of more than one delta, so a single
    /// delta encodes exactly as its publisher wrote it.
    public var message: [UInt8] {
        ServerMessage.delta(
            match: match, seq: seq, timestamp: timestamp, priority: priority, data: data,
            from: from == seq ? nil : from)
    }
}

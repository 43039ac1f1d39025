import DequeModule

/// A connection's bounded, priority-aware outbound queue (PROTOCOL.md §2.3), as a value.
///
/// Guarantees:
/// - At most `limits.maxMessages` match messages and `limits.maxBytes` bytes are held.
/// - When a new message does not fit, queued messages are dropped one at a time, the oldest of
///   the lowest priority present, until it fits. A new message of lower priority than anything
///   queued is itself the one dropped. Every drop schedules a `resync` for its match.
/// - Pending `resync`s (one per match, coalesced) leave before replies, and replies before
///   match messages; match messages leave in the order they were queued.
/// - Replies (`unsubscribed`, `error`) have their own small bound: a client that floods
///   requests without reading is told so by `enqueueReply` returning false.
/// - A delta of a conflating subscription (``Message/conflation``) that would wait behind the
///   match's previous delta is folded into it when the caller's `fold` can (``DeltaRun``):
///   the match then holds one message where it would hold a run, and the bounds drop nothing.
public struct OutboundQueue<Payload> {
    public typealias Limits = OutboundQueueLimits
    public typealias Drops = MessageDrops

    /// A message about one match: a `delta` or a `snapshot`.
    public struct Message {
        public var match: MatchID
        public var priority: Priority
        public var byteCount: Int
        public var payload: Payload
        /// A `snapshot`: a `resync` of its match makes it stale (the client refetches), so
        /// scheduling one removes it.
        public var isSnapshot: Bool
        /// Set on the deltas of a subscription that asked for conflation (protocol 1.1): what a
        /// later delta of the match needs to be folded into this one while both wait.
        public var conflation: Conflation?

        public init(
            match: MatchID, priority: Priority, byteCount: Int, payload: Payload, isSnapshot: Bool = false,
            conflation: Conflation? = nil
        ) {
            self.match = match
            self.priority = priority
            self.byteCount = byteCount
            self.payload = payload
            self.isSnapshot = isSnapshot
            self.conflation = conflation
        }
    }

    /// A queued delta (or run of deltas) of a conflating subscription.
    public struct Conflation {
        /// The seqs it covers, `from` through `seq`.
        public var from: Int64
        public var seq: Int64
        /// The `delta` message as plain JSON (the payload may be compressed).
        public var text: Payload

        public init(from: Int64, seq: Int64, text: Payload) {
            self.from = from
            self.seq = seq
            self.text = text
        }
    }

    /// What to write next.
    public enum Next {
        case resync(MatchID, ResyncReason)
        case reply(Payload)
        case message(Message)
    }

    private struct Slot {
        var order: UInt64
        var message: Message
    }

    // One lane per priority; empty `Deque`s share a singleton, so an idle queue allocates nothing.
    private var low = Deque<Slot>()
    private var normal = Deque<Slot>()
    private var critical = Deque<Slot>()
    private var replies = Deque<Payload>()
    private var resyncs = Deque<(match: MatchID, reason: ResyncReason)>()
    private var nextOrder: UInt64 = 0
    // The limits and counts in 32 bits each (every connection holds a queue: 20 bytes fewer than
    // `Int`s). The settings' ranges fit (at most 1 GiB, a million messages), larger limits are
    // clamped to 4 GiB - 1, and the counts never exceed the limits.
    private let maxMessages: UInt32
    private let maxBytes: UInt32
    private let maxReplies: UInt32
    private var storedMessageCount: UInt32 = 0
    private var storedByteCount: UInt32 = 0

    public var limits: Limits {
        Limits(maxMessages: Int(maxMessages), maxBytes: Int(maxBytes), maxReplies: Int(maxReplies))
    }
    /// Match messages held.
    public private(set) var messageCount: Int {
        get { Int(storedMessageCount) }
        set { storedMessageCount = UInt32(newValue) }
    }
    /// Bytes of match messages held.
    public private(set) var byteCount: Int {
        get { Int(storedByteCount) }
        set { storedByteCount = UInt32(newValue) }
    }

    public init(limits: Limits) {
        maxMessages = UInt32(clamping: limits.maxMessages)
        maxBytes = UInt32(clamping: limits.maxBytes)
        maxReplies = UInt32(clamping: limits.maxReplies)
    }

    /// Nothing at all waits to be written.
    public var isEmpty: Bool { messageCount == 0 && replies.isEmpty && resyncs.isEmpty }

    /// The matches with a `resync` waiting, in order.
    public var pendingResyncs: [MatchID] { resyncs.map(\.match) }

    /// Queues a match message, dropping what must go for it to fit (see the type's guarantees).
    @discardableResult
    public mutating func enqueue(_ message: Message) -> Drops {
        enqueue(message, folding: { _, _ in nil })
    }

    /// Queues a match message; a conflating delta is first offered to `fold` together with the
    /// match's newest queued message when that is a conflating delta whose seqs end just before
    /// it. `fold(earlier, later)` returns the one message that replaces both, or nil when they
    /// do not compose (both then wait as they are).
    @discardableResult
    public mutating func enqueue(_ message: Message, folding fold: (Message, Message) -> Message?) -> Drops {
        if let later = message.conflation, let (lane, index) = newestSlot(of: message.match) {
            let earlier = slot(lane, index).message
            if !earlier.isSnapshot, let run = earlier.conflation, run.seq &+ 1 == later.from,
                let folded = fold(earlier, message)
            {
                removeSlot(lane, index)
                var drops = append(folded)
                // The fold did not fit (too large, or below everything queued): the run it
                // replaced is gone with it, under the same resync.
                if newestSlot(of: message.match).map({ self.slot($0.0, $0.1).order }) != nextOrder &- 1 {
                    drops[earlier.priority] += 1
                }
                return drops
            }
        }
        return append(message)
    }

    private mutating func append(_ message: Message) -> Drops {
        var drops = Drops()
        guard message.byteCount <= Int(maxBytes), maxMessages > 0 else {
            drops[message.priority] += 1
            scheduleResync(for: message.match, reason: .slowConsumer)
            return drops
        }
        while messageCount + 1 > Int(maxMessages) || byteCount + message.byteCount > Int(maxBytes) {
            guard let lowest = lowestQueuedPriority else { break }
            if message.priority < lowest {
                drops[message.priority] += 1
                scheduleResync(for: message.match, reason: .slowConsumer)
                return drops
            }
            let evicted = popLane(lowest)
            drops[evicted.priority] += 1
            scheduleResync(for: evicted.match, reason: .slowConsumer)
        }
        let slot = Slot(order: nextOrder, message: message)
        nextOrder &+= 1
        switch message.priority {
        case .low: low.append(slot)
        case .normal: normal.append(slot)
        case .critical: critical.append(slot)
        }
        messageCount += 1
        byteCount += message.byteCount
        return drops
    }

    /// Queues a reply; false when the reply bound is reached (the client floods without reading).
    public mutating func enqueueReply(_ payload: Payload) -> Bool {
        guard replies.count < Int(maxReplies) else { return false }
        replies.append(payload)
        return true
    }

    /// Asks for a `resync` of `match` ahead of everything else; coalesced per match. A queued
    /// `snapshot` of the match goes: arriving after the resync, it would take the client back to
    /// an older state than the one it refetches.
    public mutating func scheduleResync(for match: MatchID, reason: ResyncReason) {
        if critical.contains(where: { $0.message.isSnapshot && $0.message.match == match }) {
            for slot in critical where slot.message.isSnapshot && slot.message.match == match {
                messageCount -= 1
                byteCount -= slot.message.byteCount
            }
            critical.removeAll { $0.message.isSnapshot && $0.message.match == match }
        }
        guard !resyncs.contains(where: { $0.match == match }) else { return }
        resyncs.append((match, reason))
    }

    /// Drops every queued message of `match`; returns what was dropped.
    @discardableResult
    public mutating func discardMessages(of match: MatchID) -> Drops {
        var drops = Drops()
        var removedBytes = 0
        func filter(_ lane: inout Deque<Slot>) {
            guard lane.contains(where: { $0.message.match == match }) else { return }
            var kept = Deque<Slot>()
            for slot in lane {
                if slot.message.match == match {
                    drops[slot.message.priority] += 1
                    removedBytes += slot.message.byteCount
                } else {
                    kept.append(slot)
                }
            }
            lane = kept
        }
        filter(&low)
        filter(&normal)
        filter(&critical)
        messageCount -= drops.total
        byteCount -= removedBytes
        return drops
    }

    /// Queued deltas (not snapshots) of `match`: a conflating subscription with at most one
    /// needs no `resync` at an ack timeout (nothing waits that a fold could still shrink).
    public func deltaCount(of match: MatchID) -> Int {
        var count = 0
        for lane in [low, normal, critical] {
            for slot in lane where slot.message.match == match && !slot.message.isSnapshot { count += 1 }
        }
        return count
    }

    /// Forgets a pending `resync` of `match` (the client unsubscribed or restarted the match).
    public mutating func cancelResync(for match: MatchID) {
        resyncs.removeAll(where: { $0.match == match })
    }

    /// Takes the next thing to write, in the order the type's guarantees give.
    public mutating func popNext() -> Next? {
        if let resync = resyncs.popFirst() {
            return .resync(resync.match, resync.reason)
        }
        if let reply = replies.popFirst() {
            return .reply(reply)
        }
        // The oldest head of the three lanes; compared in place, no array built per pop.
        var oldest: Priority?
        var oldestOrder = UInt64.max
        if let head = critical.first, head.order < oldestOrder { (oldest, oldestOrder) = (.critical, head.order) }
        if let head = normal.first, head.order < oldestOrder { (oldest, oldestOrder) = (.normal, head.order) }
        if let head = low.first, head.order < oldestOrder { (oldest, oldestOrder) = (.low, head.order) }
        guard let oldest else { return nil }
        return .message(popLane(oldest))
    }

    /// The lane and index of the most recently queued message of `match`.
    private func newestSlot(of match: MatchID) -> (Priority, Int)? {
        var newest: (Priority, Int)?
        var newestOrder: UInt64 = 0
        for priority in [Priority.low, .normal, .critical] {
            let lane = self.lane(priority)
            // Lanes are in queue order: the last of the match in a lane is its newest there.
            guard let index = lane.lastIndex(where: { $0.message.match == match }) else { continue }
            if newest == nil || lane[index].order > newestOrder {
                newest = (priority, index)
                newestOrder = lane[index].order
            }
        }
        return newest
    }

    private func lane(_ priority: Priority) -> Deque<Slot> {
        switch priority {
        case .low: low
        case .normal: normal
        case .critical: critical
        }
    }

    private func slot(_ priority: Priority, _ index: Int) -> Slot { lane(priority)[index] }

    private mutating func removeSlot(_ priority: Priority, _ index: Int) {
        let removed: Slot
        switch priority {
        case .low: removed = low.remove(at: index)
        case .normal: removed = normal.remove(at: index)
        case .critical: removed = critical.remove(at: index)
        }
        messageCount -= 1
        byteCount -= removed.message.byteCount
    }

    private var lowestQueuedPriority: Priority? {
        if !low.isEmpty { return .low }
        if !normal.isEmpty { return .normal }
        if !critical.isEmpty { return .critical }
        return nil
    }

    private mutating func popLane(_ priority: Priority) -> Message {
        let slot: Slot
        switch priority {
        case .low: slot = low.removeFirst()
        case .normal: slot = normal.removeFirst()
        case .critical: slot = critical.removeFirst()
        }
        messageCount -= 1
        byteCount -= slot.message.byteCount
        return slot.message
    }
}

/// The bounds of one connection's queue.
public struct OutboundQueueLimits: Sendable, Equatable {
    public var maxMessages: Int
    public var maxBytes: Int
    public var maxReplies: Int

    public init(maxMessages: Int, maxBytes: Int, maxReplies: Int = 32) {
        self.maxMessages = maxMessages
        self.maxBytes = maxBytes
        self.maxReplies = maxReplies
    }
}

/// How many messages of each priority an operation dropped.
public struct MessageDrops: Equatable, Sendable {
    public var low = 0
    public var normal = 0
    public var critical = 0

    public init() {}

    public var total: Int { low + normal + critical }

    public subscript(priority: Priority) -> Int {
        get {
            switch priority {
            case .low: low
            case .normal: normal
            case .critical: critical
            }
        }
        set {
            switch priority {
            case .low: low = newValue
            case .normal: normal = newValue
            case .critical: critical = newValue
            }
        }
    }
}

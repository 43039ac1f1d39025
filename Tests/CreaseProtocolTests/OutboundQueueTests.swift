import CreaseProtocol
import Testing

private typealias Queue = OutboundQueue<String>

private func message(
    _ id: String, match: String = "m", _ priority: Priority = .normal, bytes: Int = 10
) -> Queue.Message {
    Queue.Message(match: matchID(match), priority: priority, byteCount: bytes, payload: id)
}

/// A readable form of what `popNext` hands out.
private func describe(_ next: Queue.Next?) -> String? {
    switch next {
    case nil: nil
    case .resync(let match, let reason)?: "resync \(match) \(reason.rawValue)"
    case .reply(let payload)?: "reply \(payload)"
    case .message(let message)?: message.payload
    }
}

private func drain(_ queue: inout Queue) -> [String] {
    var out: [String] = []
    while let next = describe(queue.popNext()) { out.append(next) }
    return out
}

private func drops(low: Int = 0, normal: Int = 0, critical: Int = 0) -> MessageDrops {
    var drops = MessageDrops()
    drops.low = low
    drops.normal = normal
    drops.critical = critical
    return drops
}

@Suite("OutboundQueue")
struct OutboundQueueTests {
    @Test func emptyQueue() {
        var queue = Queue(limits: .init(maxMessages: 4, maxBytes: 100))
        #expect(queue.isEmpty)
        #expect(queue.popNext() == nil)
        #expect(queue.messageCount == 0 && queue.byteCount == 0)
    }

    /// A snapshot still queued when its match is resynced would arrive after the resync and take
    /// the client back to an older state: it goes, the other match's snapshot and deltas stay.
    @Test func aResyncRemovesItsMatchsQueuedSnapshot() {
        var queue = Queue(limits: .init(maxMessages: 10, maxBytes: 10_000))
        var snapshot = message("snapshot m", .critical, bytes: 100)
        snapshot.isSnapshot = true
        var other = message("snapshot n", match: "n", .critical)
        other.isSnapshot = true
        queue.enqueue(snapshot)
        queue.enqueue(other)
        queue.enqueue(message("d1", .critical))
        queue.enqueue(message("d2"))
        queue.scheduleResync(for: matchID("m"), reason: .slowConsumer)
        #expect(queue.messageCount == 3)
        #expect(queue.byteCount == 30)
        #expect(drain(&queue) == ["resync m slow_consumer", "snapshot n", "d1", "d2"])
    }

    @Test func depthBound() {
        var queue = Queue(limits: .init(maxMessages: 3, maxBytes: 10_000))
        var dropped = 0
        for index in 1...5 {
            dropped += queue.enqueue(message("d\(index)")).total
            #expect(queue.messageCount <= 3)
        }
        #expect(dropped == 2)
        #expect(queue.messageCount == 3)
        #expect(queue.byteCount == 30)
        #expect(drain(&queue) == ["resync m slow_consumer", "d3", "d4", "d5"])
    }

    @Test func byteBound() {
        var queue = Queue(limits: .init(maxMessages: 100, maxBytes: 100))
        #expect(queue.enqueue(message("a", bytes: 40)).total == 0)
        #expect(queue.enqueue(message("b", bytes: 40)).total == 0)
        #expect(queue.enqueue(message("c", bytes: 20)).total == 0)  // exactly at the bound fits
        #expect(queue.byteCount == 100)
        #expect(queue.enqueue(message("d", bytes: 41)) == drops(normal: 2))  // a alone frees 40, not 41
        #expect(queue.byteCount == 61)
        #expect(drain(&queue) == ["resync m slow_consumer", "c", "d"])
    }

    @Test func dropsTheOldestOfTheLowestPriorityFirst() {
        var queue = Queue(limits: .init(maxMessages: 4, maxBytes: 10_000))
        queue.enqueue(message("n1", .normal))
        queue.enqueue(message("l1", .low))
        queue.enqueue(message("c1", .critical))
        queue.enqueue(message("l2", .low))
        #expect(queue.enqueue(message("n2", .normal)) == drops(low: 1))  // l1 goes
        #expect(queue.enqueue(message("n3", .normal)) == drops(low: 1))  // then l2
        #expect(queue.enqueue(message("c2", .critical)) == drops(normal: 1))  // then the oldest normal, n1
        #expect(queue.enqueue(message("l3", .low)) == drops(low: 1))  // lower than all queued: itself
        #expect(drain(&queue) == ["resync m slow_consumer", "c1", "n2", "n3", "c2"])
    }

    @Test func aNewMessageOfLowerPriorityThanEverythingQueuedIsDroppedItself() {
        var queue = Queue(limits: .init(maxMessages: 2, maxBytes: 10_000))
        queue.enqueue(message("n1", match: "a", .normal))
        queue.enqueue(message("c1", match: "a", .critical))
        #expect(queue.enqueue(message("l1", match: "b", .low)) == drops(low: 1))
        #expect(queue.messageCount == 2)
        #expect(queue.pendingResyncs == [matchID("b")])  // the dropped message's match, not the queued one
        #expect(drain(&queue) == ["resync b slow_consumer", "n1", "c1"])
    }

    @Test func equalPriorityEvictsTheOlderQueuedMessage() {
        var queue = Queue(limits: .init(maxMessages: 1, maxBytes: 10_000))
        queue.enqueue(message("old", .low))
        #expect(queue.enqueue(message("new", .low)) == drops(low: 1))
        #expect(drain(&queue) == ["resync m slow_consumer", "new"])
    }

    @Test func lowerPrioritiesGoBeforeANewMessageIsGivenUp() {
        // Shedding order holds even when the new message cannot be saved: the queued low goes
        // first (it is lower than the new normal), then the new normal finds only criticals above
        // it and is dropped itself. Never is a normal kept while a low is dropped, or vice versa.
        var queue = Queue(limits: .init(maxMessages: 10, maxBytes: 100))
        queue.enqueue(message("l1", match: "a", .low, bytes: 10))
        queue.enqueue(message("c1", match: "b", .critical, bytes: 80))
        #expect(queue.enqueue(message("n1", match: "c", .normal, bytes: 30)) == drops(low: 1, normal: 1))
        #expect(queue.messageCount == 1 && queue.byteCount == 80)
        #expect(drain(&queue) == ["resync a slow_consumer", "resync c slow_consumer", "c1"])
    }

    @Test func anOversizeMessageIsDroppedAndNothingElse() {
        var queue = Queue(limits: .init(maxMessages: 10, maxBytes: 100))
        queue.enqueue(message("small", match: "a", .low, bytes: 10))
        #expect(queue.enqueue(message("huge", match: "b", .critical, bytes: 101)) == drops(critical: 1))
        #expect(queue.messageCount == 1)
        #expect(queue.byteCount == 10)
        #expect(drain(&queue) == ["resync b slow_consumer", "small"])
    }

    @Test func aQueueOfDepthZeroDropsEverything() {
        var queue = Queue(limits: .init(maxMessages: 0, maxBytes: 100))
        #expect(queue.enqueue(message("x", .critical, bytes: 1)) == drops(critical: 1))
        #expect(queue.messageCount == 0)
        #expect(drain(&queue) == ["resync m slow_consumer"])
    }

    @Test func resyncIsScheduledOncePerMatchAndCoalesced() {
        var queue = Queue(limits: .init(maxMessages: 1, maxBytes: 10_000))
        for index in 0..<5 { queue.enqueue(message("a\(index)", match: "a")) }
        #expect(queue.pendingResyncs == [matchID("a")])
        for index in 0..<3 { queue.enqueue(message("b\(index)", match: "b")) }
        queue.enqueue(message("a9", match: "a"))
        #expect(queue.pendingResyncs == [matchID("a"), matchID("b")])
        queue.scheduleResync(for: matchID("a"), reason: .gap)  // already pending: no second one
        #expect(drain(&queue) == ["resync a slow_consumer", "resync b slow_consumer", "a9"])
        // Once sent, a later drop schedules a new one.
        queue.enqueue(message("a10", match: "a"))
        queue.enqueue(message("a11", match: "a"))
        #expect(queue.pendingResyncs == [matchID("a")])
    }

    @Test func resyncsLeaveBeforeRepliesAndRepliesBeforeMessages() {
        var queue = Queue(limits: .init(maxMessages: 8, maxBytes: 10_000))
        queue.enqueue(message("d1", match: "a"))
        #expect(queue.enqueueReply("unsubscribed") == true)
        queue.enqueue(message("d2", match: "a"))
        queue.scheduleResync(for: matchID("b"), reason: .gap)
        #expect(queue.enqueueReply("error") == true)
        queue.scheduleResync(for: matchID("c"), reason: .busReconnect)
        #expect(
            drain(&queue) == [
                "resync b gap", "resync c bus_reconnect", "reply unsubscribed", "reply error", "d1", "d2",
            ])
        #expect(queue.isEmpty)
    }

    @Test func messagesLeaveInQueueOrderWhateverTheirPriority() {
        var queue = Queue(limits: .init(maxMessages: 8, maxBytes: 10_000))
        let order: [(String, Priority)] = [
            ("l1", .low), ("c1", .critical), ("n1", .normal), ("l2", .low), ("c2", .critical), ("n2", .normal),
        ]
        for (id, priority) in order { queue.enqueue(message(id, priority)) }
        #expect(drain(&queue) == order.map(\.0))
    }

    @Test func discardMessagesCountsWhatItDrops() {
        var queue = Queue(limits: .init(maxMessages: 16, maxBytes: 10_000))
        queue.enqueue(message("a1", match: "a", .low, bytes: 1))
        queue.enqueue(message("b1", match: "b", .low, bytes: 2))
        queue.enqueue(message("a2", match: "a", .critical, bytes: 4))
        queue.enqueue(message("a3", match: "a", .critical, bytes: 8))
        queue.enqueue(message("b2", match: "b", .normal, bytes: 16))
        queue.enqueue(message("a4", match: "a", .normal, bytes: 32))
        #expect(queue.discardMessages(of: matchID("a")) == drops(low: 1, normal: 1, critical: 2))
        #expect(queue.messageCount == 2)
        #expect(queue.byteCount == 18)
        #expect(queue.discardMessages(of: matchID("a")) == MessageDrops())
        #expect(queue.discardMessages(of: matchID("zz")).total == 0)
        #expect(queue.pendingResyncs.isEmpty)  // discarding is the caller's decision; it schedules nothing
        #expect(drain(&queue) == ["b1", "b2"])
    }

    @Test func replyBound() {
        var queue = Queue(limits: .init(maxMessages: 4, maxBytes: 100, maxReplies: 2))
        #expect(queue.enqueueReply("r1") == true)
        #expect(queue.enqueueReply("r2") == true)
        #expect(queue.enqueueReply("r3") == false)
        #expect(describe(queue.popNext()) == "reply r1")
        #expect(queue.enqueueReply("r4") == true)
        #expect(drain(&queue) == ["reply r2", "reply r4"])
        // Replies do not count against the message bounds.
        #expect(queue.messageCount == 0)
    }

    @Test func cancelResync() {
        var queue = Queue(limits: .init(maxMessages: 4, maxBytes: 100))
        queue.scheduleResync(for: matchID("a"), reason: .shed)
        queue.scheduleResync(for: matchID("b"), reason: .shed)
        queue.cancelResync(for: matchID("a"))
        queue.cancelResync(for: matchID("nope"))
        #expect(queue.pendingResyncs == [matchID("b")])
        #expect(drain(&queue) == ["resync b shed"])
        #expect(queue.isEmpty)
    }

    @Test func dropsReportEachPriority() {
        var all = MessageDrops()
        all[.low] += 1
        all[.critical] += 2
        #expect(all.low == 1 && all.normal == 0 && all.critical == 2)
        #expect(all.total == 3)
        #expect(all[.critical] == 2)
    }
}

/// The reference: the queue's guarantees written as plainly as possible, on one array.
private struct ReferenceQueue {
    struct Item {
        var id: String
        var match: MatchID
        var priority: Priority
        var bytes: Int
    }

    let limits: OutboundQueueLimits
    var items: [Item] = []
    var replies: [String] = []
    var resyncs: [(MatchID, ResyncReason)] = []

    var messageCount: Int { items.count }
    var byteCount: Int { items.reduce(0) { $0 + $1.bytes } }

    mutating func schedule(_ match: MatchID, _ reason: ResyncReason) {
        if !resyncs.contains(where: { $0.0 == match }) { resyncs.append((match, reason)) }
    }

    mutating func enqueue(_ item: Item) -> MessageDrops {
        var drops = MessageDrops()
        if item.bytes > limits.maxBytes || limits.maxMessages <= 0 {
            drops[item.priority] += 1
            schedule(item.match, .slowConsumer)
            return drops
        }
        while items.count + 1 > limits.maxMessages || byteCount + item.bytes > limits.maxBytes {
            let lowest = items.map(\.priority).min()!
            if item.priority < lowest {
                drops[item.priority] += 1
                schedule(item.match, .slowConsumer)
                return drops
            }
            let victim = items.remove(at: items.firstIndex { $0.priority == lowest }!)
            drops[victim.priority] += 1
            schedule(victim.match, .slowConsumer)
        }
        items.append(item)
        return drops
    }

    mutating func discard(_ match: MatchID) -> MessageDrops {
        var drops = MessageDrops()
        for item in items where item.match == match { drops[item.priority] += 1 }
        items.removeAll { $0.match == match }
        return drops
    }

    mutating func pop() -> String? {
        if !resyncs.isEmpty {
            let (match, reason) = resyncs.removeFirst()
            return "resync \(match) \(reason.rawValue)"
        }
        if !replies.isEmpty { return "reply \(replies.removeFirst())" }
        if !items.isEmpty { return items.removeFirst().id }
        return nil
    }
}

@Suite("OutboundQueue against a reference model")
struct OutboundQueueModelTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomizedOperations(seed: UInt64) {
        var random = TestRandom(seed: seed)
        let limits = OutboundQueueLimits(
            maxMessages: Int.random(in: 0...12, using: &random),
            maxBytes: Int.random(in: 0...400, using: &random),
            maxReplies: Int.random(in: 0...4, using: &random)
        )
        var queue = Queue(limits: limits)
        var model = ReferenceQueue(limits: limits)
        let matches = ["a", "b", "c", "d"].map(matchID)
        var totalDrops = 0
        for step in 0..<4000 {
            let match = matches.randomElement(using: &random)!
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<55:
                let item = ReferenceQueue.Item(
                    id: "m\(step)", match: match, priority: Priority.allCases.randomElement(using: &random)!,
                    bytes: Int.random(in: 0...90, using: &random)
                )
                let got = queue.enqueue(
                    Queue.Message(match: item.match, priority: item.priority, byteCount: item.bytes, payload: item.id))
                let want = model.enqueue(item)
                #expect(got == want, "step \(step)")
                totalDrops += got.total
            case 55..<80:
                #expect(describe(queue.popNext()) == model.pop(), "step \(step)")
            case 80..<87:
                let accepted = queue.enqueueReply("r\(step)")
                #expect(accepted == (model.replies.count < limits.maxReplies), "step \(step)")
                if accepted { model.replies.append("r\(step)") }
            case 87..<93:
                #expect(queue.discardMessages(of: match) == model.discard(match), "step \(step)")
            case 93..<97:
                let reason = ResyncReason.allCases.randomElement(using: &random)!
                queue.scheduleResync(for: match, reason: reason)
                model.schedule(match, reason)
            default:
                queue.cancelResync(for: match)
                model.resyncs.removeAll { $0.0 == match }
            }
            #expect(queue.messageCount == model.messageCount, "step \(step)")
            #expect(queue.byteCount == model.byteCount, "step \(step)")
            #expect(queue.messageCount <= max(limits.maxMessages, 0))
            #expect(queue.byteCount <= limits.maxBytes)
            #expect(queue.pendingResyncs == model.resyncs.map(\.0), "step \(step)")
            #expect(queue.isEmpty == (model.items.isEmpty && model.replies.isEmpty && model.resyncs.isEmpty))
        }
        var rest: [String] = []
        while let next = describe(queue.popNext()) { rest.append(next) }
        var modelRest: [String] = []
        while let next = model.pop() { modelRest.append(next) }
        #expect(rest == modelRest)
        #expect(queue.messageCount == 0 && queue.byteCount == 0)
        // Only meaningful if the bounds were hit; most seeds give small limits, so they are.
        if limits.maxMessages < 6 { #expect(totalDrops > 0) }
    }
}

/// Protocol 1.1 conflation in the queue: the payload is a readable name, and `fold` joins the
/// names (or refuses, for the non-composable case).
@Suite("OutboundQueue conflation")
struct OutboundQueueConflationTests {
    private static func delta(
        _ seq: Int64, match: String = "m", _ priority: Priority = .normal, through last: Int64? = nil
    ) -> Queue.Message {
        let name = last.map { "d\(seq)-\($0)" } ?? "d\(seq)"
        return Queue.Message(
            match: matchID(match), priority: priority, byteCount: 10, payload: name,
            conflation: .init(from: seq, seq: last ?? seq, text: name))
    }

    /// Joins two runs as `d<from>-<seq>`, at the higher priority; refuses when `refuse` says so.
    private static func fold(refusing refuse: Set<Int64> = []) -> (Queue.Message, Queue.Message) -> Queue.Message? {
        { earlier, later in
            guard let first = earlier.conflation, let second = later.conflation, !refuse.contains(second.from) else {
                return nil
            }
            let name = "d\(first.from)-\(second.seq)"
            return Queue.Message(
                match: earlier.match, priority: max(earlier.priority, later.priority), byteCount: 12, payload: name,
                conflation: .init(from: first.from, seq: second.seq, text: name))
        }
    }

    @Test func waitingDeltasOfAMatchFoldIntoOne() {
        var queue = Queue(limits: .init(maxMessages: 2, maxBytes: 1_000))
        for seq in Int64(1)...9 {
            #expect(queue.enqueue(Self.delta(seq), folding: Self.fold()).total == 0, "nothing is dropped")
        }
        #expect(queue.messageCount == 1)
        #expect(queue.byteCount == 12)
        #expect(queue.deltaCount(of: matchID("m")) == 1)
        #expect(drain(&queue) == ["d1-9"])
    }

    /// Other matches' messages keep their place; the fold moves to the end (it now holds the
    /// newest delta), which keeps each match's order.
    @Test func foldingKeepsEachMatchsOrder() {
        var queue = Queue(limits: .init(maxMessages: 10, maxBytes: 1_000))
        queue.enqueue(Self.delta(1), folding: Self.fold())
        queue.enqueue(Self.delta(7, match: "n"), folding: Self.fold())
        queue.enqueue(Self.delta(2), folding: Self.fold())
        queue.enqueue(Self.delta(8, match: "n"), folding: Self.fold())
        #expect(drain(&queue) == ["d1-2", "d7-8"])
    }

    /// A run holding a `critical` delta is `critical`: it survives the drops that make room.
    @Test func aFoldWithACriticalDeltaIsCritical() {
        var queue = Queue(limits: .init(maxMessages: 2, maxBytes: 1_000))
        queue.enqueue(Self.delta(1, .low), folding: Self.fold())
        queue.enqueue(Self.delta(2, .critical), folding: Self.fold())
        queue.enqueue(Self.delta(5, match: "n"), folding: Self.fold())
        // Full: the new `n` delta must push out the lowest queued, which is `n`'s own normal, not m's run.
        queue.enqueue(Self.delta(9, match: "o"), folding: Self.fold())
        #expect(drain(&queue) == ["resync n slow_consumer", "d1-2", "d9"])
    }

    @Test func whatCannotFoldWaitsAsItIs() {
        var queue = Queue(limits: .init(maxMessages: 10, maxBytes: 1_000))
        let fold = Self.fold(refusing: [3])
        for seq in Int64(1)...4 { queue.enqueue(Self.delta(seq), folding: fold) }
        #expect(queue.deltaCount(of: matchID("m")) == 2)
        #expect(drain(&queue) == ["d1-2", "d3-4"])
    }

    /// Only the match's newest queued message, a conflating delta, ending right before: not a
    /// snapshot, not a plain delta, not across a gap, not another match.
    @Test func onlyTheNextSeqAfterTheNewestConflatingDeltaFolds() {
        var queue = Queue(limits: .init(maxMessages: 10, maxBytes: 1_000))
        var snapshot = message("snapshot", .critical)
        snapshot.isSnapshot = true
        snapshot.conflation = .init(from: 4, seq: 4, text: "snapshot")
        queue.enqueue(snapshot)
        queue.enqueue(Self.delta(5), folding: Self.fold())
        queue.enqueue(Self.delta(7), folding: Self.fold())  // a gap: not folded
        queue.enqueue(message("plain 8"))
        queue.enqueue(Self.delta(9), folding: Self.fold())  // behind a plain delta
        queue.enqueue(Self.delta(10, match: "n"), folding: Self.fold())
        queue.enqueue(Self.delta(10), folding: Self.fold())
        #expect(queue.deltaCount(of: matchID("m")) == 4)
        #expect(drain(&queue) == ["snapshot", "d5", "d7", "plain 8", "d10", "d9-10"])
    }

    /// A fold too large for the queue is dropped, and the run it replaced is counted with it.
    @Test func aFoldThatDoesNotFitDropsBothWithOneResync() {
        var queue = Queue(limits: .init(maxMessages: 10, maxBytes: 30))
        let growing: (Queue.Message, Queue.Message) -> Queue.Message? = { earlier, later in
            Queue.Message(
                match: earlier.match, priority: .normal, byteCount: 40, payload: "big",
                conflation: .init(from: earlier.conflation!.from, seq: later.conflation!.seq, text: "big"))
        }
        queue.enqueue(Self.delta(1), folding: growing)
        #expect(queue.enqueue(Self.delta(2), folding: growing) == drops(normal: 2))
        #expect(queue.messageCount == 0 && queue.byteCount == 0)
        #expect(drain(&queue) == ["resync m slow_consumer"])
    }

    /// Without a `fold` (a client that did not opt in), deltas wait one by one and the bounds drop.
    @Test func plainEnqueueNeverFolds() {
        var queue = Queue(limits: .init(maxMessages: 2, maxBytes: 1_000))
        for seq in Int64(1)...3 { queue.enqueue(Self.delta(seq)) }
        #expect(drain(&queue) == ["resync m slow_consumer", "d2", "d3"])
    }
}

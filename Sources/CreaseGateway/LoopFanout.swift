import CreaseBus
import CreaseProtocol
import DequeModule
import NIOCore

/// The deltas one event loop still has to hand to its subscribers: the loop's fan-out inbox.
///
/// Match actors hand each delta to each loop once (``enqueue(_:environment:)``); the loop then
/// delivers everything pending in passes, serving the matches in turn. The deltas of one match
/// pending together (a run) are delivered subscriber by subscriber: each connection gets all its
/// frames written, then one flush, so k deltas for one socket leave in one system call (a `send`
/// of the loop's cork on the epoll transport, a `writev` on SwiftNIO's), and each socket's
/// state is touched once while it is in cache. A lone delta still goes out at once (the pass runs as the loop's
/// next task); under load, deltas pile up while a pass runs and the next pass batches them by
/// itself.
///
/// A run goes on across joins of its match, so that the backlog of a join storm (where nearly
/// every delta has a member list of its own) is batched like any other: the joins it passes run
/// first, and every delta of the run goes to its latest member list. That is exact because the
/// connection itself decides what it is owed: a joiner skips every seq up to the state it was
/// given (all that the match forwarded before its join), and a connection that left has dropped
/// its subscription before the hub dropped it.
///
/// Guarantees:
/// - Each match's deltas are delivered in the order they were enqueued; a pass boundary in the
///   middle of a run resumes with the run's next subscriber, before any later delta of the match,
///   so nothing is reordered or delivered twice. A join or resync of a match is never passed
///   over by a later delta of that match.
/// - A pass visits at most `sliceDeliveries` subscribers before it flushes and yields, so that
///   the loop's I/O (acks, pings, accepts) and its timers run between slices of a large fan-out.
///
/// Touched only on its loop.
final class LoopFanout {
    /// One delta on its way to this loop's subscribers of its match.
    struct Batch {
        let frame: DeltaFrame
        let match: MatchID
        let members: [GatewayConnection]
        /// When the loop took it (uptime nanoseconds): the inbox's backlog is measured from it.
        let enqueuedAt = NIODeadline.now().uptimeNanoseconds
    }

    /// What a match actor hands to the loop, delivered in order with the match's other items.
    enum Item {
        case delta(Batch)
        /// `connection` joins `match` (its snapshot or replay): runs before the match's later
        /// deltas. It may run before earlier ones still pending too (they gather into one run):
        /// the joiner skips their seqs.
        case join(match: MatchID, connection: GatewayConnection, action: @Sendable (isolated GatewayConnection) -> Void)
        /// Something for `match`'s subscribers (a resync), kept exactly in order with the
        /// match's deltas.
        case perform(
            match: MatchID, members: [GatewayConnection], action: @Sendable (isolated GatewayConnection) -> Void)

        var match: MatchID {
            switch self {
            case .delta(let batch): batch.match
            case .join(let match, _, _), .perform(let match, _, _): match
            }
        }
    }

    private let loop: any EventLoop
    private let codecs: LoopCodecs
    private let sliceDeliveries: Int
    /// Pause between two slices of one long fan-out: long enough for the loop to poll its
    /// sockets first (a zero delay would run before any I/O).
    private let slicePause: TimeAmount
    /// What waits, by match, each match's items in order; and the matches that have any, each
    /// once, served in turn: a match's run takes everything of it that waits (up to
    /// `longestRun`), so the longer the loop is busy, the more deltas each subscriber gets per
    /// flush, as in one loop iteration of uWebSockets.
    private var queues: [MatchID: Deque<Item>] = [:]
    private var ready = Deque<MatchID>()
    /// The deltas being delivered together, taken out of their queue; a run in progress is
    /// finished before anything else (storage kept between passes).
    private var run: [Batch] = []
    /// Who the run goes to: its latest delta's members.
    private var runMembers: [GatewayConnection] = []
    /// The next of `runMembers` to visit (a slice can end in the middle of a run).
    private var runNext = 0
    /// For each delta of the run, how many subscribers it was written to so far.
    private var runWritten: [Int] = []
    /// The joins a run passed, run before its deltas (storage kept).
    private var joins: [(connection: GatewayConnection, action: @Sendable (isolated GatewayConnection) -> Void)] = []
    /// The run's frames, their plain wires and compressed ones by window size (slot
    /// `windowBits - 8`, built at the first subscriber of that size), prepared once per run
    /// (storage kept between runs).
    private var frames: [DeltaFrame] = []
    private var plainWires: [ByteBuffer] = []
    private var windowWires = [[ByteBuffer]?](repeating: nil, count: 8)
    /// Consecutive deltas of the run that are all delivered or all shed.
    private struct Stretch {
        var deltas: Range<Int>
        let shed: Bool
        /// Where a shed stretch's deltas are in `shedDeltas`.
        var shedDeltas: Range<Int>
    }
    /// The run's stretches in order, and its shed deltas in order (storage kept).
    private var stretches: [Stretch] = []
    private var shedDeltas: [(seq: Int64, priority: Priority)] = []
    /// Shed deltas counted in this pass, recorded at its end.
    private var shedDrops = MessageDrops()
    /// The most deltas delivered to a subscriber in one go (about 16 KB of frames, a quarter of
    /// the loop's write cork).
    private static let longestRun = 64
    private var passScheduled = false
    /// Publish times of the deltas a slice finished delivering (storage kept between slices).
    private var completed: [Int64] = []
    /// Passes run, and subscribers written to per run (a run's flushes), for tests (wrapping
    /// counters).
    private(set) var passes = 0
    private(set) var flushes = 0

    init(loop: any EventLoop, codecs: LoopCodecs, sliceDeliveries: Int, slicePause: TimeAmount = .microseconds(50)) {
        self.loop = loop
        self.codecs = codecs
        self.sliceDeliveries = max(1, sliceDeliveries)
        self.slicePause = slicePause
    }

    /// Whether nothing waits to be delivered and no pass is scheduled.
    var isIdle: Bool { queues.isEmpty && run.isEmpty && !passScheduled }

    /// How long the oldest delta still in the inbox has waited, nanoseconds (0 when none waits).
    ///
    /// Slices keep the loop responsive, so its lag no longer shows a fan-out that cannot keep
    /// up; this does: the overload shedder reads it with the lag (`EventLoopLagProbe`).
    func backlog(at now: UInt64) -> UInt64 {
        // The run in progress need not hold the oldest: matches take turns, so an older delta
        // of another match can wait behind it.
        var oldest = min(now, run.first?.enqueuedAt ?? now)
        for queue in queues.values {
            for item in queue {
                guard case .delta(let batch) = item else { continue }
                oldest = min(oldest, batch.enqueuedAt)
                break
            }
        }
        return now - oldest
    }

    /// Takes a delta for `members` (all on this loop), behind its match's items already waiting;
    /// the pass that delivers it runs as this loop's next task.
    func enqueue(_ item: Item, environment: GatewayEnvironment) {
        let match = item.match
        if queues[match] == nil { ready.append(match) }
        queues[match, default: Deque()].append(item)
        guard !passScheduled else { return }
        passScheduled = true
        let this = NIOLoopBound(self, eventLoop: loop)
        loop.execute {
            this.value.runPass(environment: environment)
        }
    }

    /// Delivers up to `sliceDeliveries` frames and schedules the next slice if deltas remain.
    func runPass(environment: GatewayEnvironment) {
        passScheduled = false
        passes &+= 1
        var now = NIODeadline.now().uptimeNanoseconds
        var budget = sliceDeliveries
        slice: while budget > 0 {
            if run.isEmpty {
                guard let match = ready.first else { break slice }
                var queue = queues.removeValue(forKey: match)!
                switch queue.first! {
                case .perform(_, let members, let action):
                    queue.removeFirst()
                    putBack(queue, of: match, nextInTurn: false)
                    for connection in members {
                        connection.assumeIsolated { action($0) }
                    }
                    budget -= members.count
                    now = NIODeadline.now().uptimeNanoseconds
                    continue slice
                case .join(_, let connection, let action):
                    queue.removeFirst()
                    putBack(queue, of: match, nextInTurn: false)
                    connection.assumeIsolated { action($0) }
                    budget -= 1
                    // A join stamps its replay with the time it ran: later deliveries must not
                    // read an older clock than that.
                    now = NIODeadline.now().uptimeNanoseconds
                    continue slice
                case .delta:
                    collectRun(from: &queue, joinBudget: budget - 1)
                    putBack(queue, of: match, nextInTurn: true)
                    prepareRun(environment: environment)
                    if !joins.isEmpty {
                        for join in joins { join.connection.assumeIsolated { join.action($0) } }
                        budget -= joins.count
                        joins.removeAll(keepingCapacity: true)
                        now = NIODeadline.now().uptimeNanoseconds
                    }
                }
            }
            // A subscriber gets the whole run in one go: end the slice rather than exceed it
            // (a slice that has done nothing yet still serves one subscriber).
            if budget < run.count, budget < sliceDeliveries { break slice }
            budget -= deliverRun(budget: budget, now: now, environment: environment)
            if runNext == runMembers.count {
                for index in run.indices where runWritten[index] > 0 { completed.append(run[index].frame.timestamp) }
                run.removeAll(keepingCapacity: true)
                runMembers = []
                runNext = 0
            }
        }
        let metrics = environment.metrics
        environment.connections.shard(on: loop).flushTraffic(to: metrics)
        if shedDrops.total > 0 {
            metrics.recordDrops(shedDrops, reason: .shed)
            shedDrops = MessageDrops()
        }
        if !completed.isEmpty {
            let at = WallClock.milliseconds()
            for timestamp in completed {
                metrics.deliveryLatency.recordMilliseconds(max(0, at - timestamp))
            }
            completed.removeAll(keepingCapacity: true)
        }
        guard !queues.isEmpty || !run.isEmpty, !passScheduled else { return }
        passScheduled = true
        let this = NIOLoopBound(self, eventLoop: loop)
        loop.scheduleTask(in: slicePause) {
            this.value.runPass(environment: environment)
        }
    }

    /// Puts `queue` back as `match`'s (or drops the match when nothing of it waits), the match
    /// at the head of `ready`: it stays there for its next item, or, once a run was taken
    /// (`nextInTurn`), goes behind the other matches.
    private func putBack(_ queue: Deque<Item>, of match: MatchID, nextInTurn: Bool) {
        guard !queue.isEmpty else {
            ready.removeFirst()
            return
        }
        queues[match] = queue
        if nextInTurn { ready.append(ready.removeFirst()) }
    }

    /// Moves into `run` the deltas at the head of `queue` (one match's), up to `longestRun`, and
    /// into `joins` the joins among them; it stops at a resync (which must come between the
    /// deltas it came between) and at a join beyond `joinBudget` (the slice's bound counts joins
    /// too; the run ends before it, so that no later delta goes to a joiner not yet subscribed).
    private func collectRun(from queue: inout Deque<Item>, joinBudget: Int) {
        collect: while let item = queue.first, run.count < Self.longestRun {
            switch item {
            case .delta(let batch):
                run.append(batch)
            case .join(_, let connection, let action):
                guard joins.count < joinBudget else { break collect }
                joins.append((connection, action))
            case .perform:
                break collect
            }
            queue.removeFirst()
        }
        runMembers = run[run.count - 1].members
    }

    /// Reads each delta of the new run's shed level once, and lays out once what every slice of
    /// the run shares: its frames, their plain wires, its stretches and shed deltas.
    private func prepareRun(environment: GatewayEnvironment) {
        frames.removeAll(keepingCapacity: true)
        plainWires.removeAll(keepingCapacity: true)
        shedDeltas.removeAll(keepingCapacity: true)
        stretches.removeAll(keepingCapacity: true)
        for slot in windowWires.indices { windowWires[slot] = nil }
        runWritten = Array(repeating: 0, count: run.count)
        runNext = 0
        for index in run.indices {
            let frame = run[index].frame
            let shed = environment.shedder.sheds(frame.priority)
            frames.append(frame)
            plainWires.append(frame.wire)
            if shed { shedDeltas.append((frame.seq, frame.priority)) }
            if let last = stretches.last, last.shed == shed {
                stretches[stretches.count - 1].deltas = last.deltas.lowerBound..<index + 1
                if shed { stretches[stretches.count - 1].shedDeltas = last.shedDeltas.lowerBound..<shedDeltas.count }
            } else {
                stretches.append(
                    Stretch(
                        deltas: index..<index + 1, shed: shed,
                        shedDeltas: shed ? shedDeltas.count - 1..<shedDeltas.count : 0..<0))
            }
        }
    }

    /// Hands every delta of `run` to as many of their remaining subscribers as `budget` allows,
    /// subscriber by subscriber: each gets the run in one call, which writes its frames and
    /// flushes once, while its state is still in cache. Each stretch of consecutive
    /// shed deltas costs a subscriber one call too (its `resync` then goes ahead of the next
    /// delta written), so that shedding costs less than delivering. Returns the deliveries
    /// visited.
    private func deliverRun(budget: Int, now: UInt64, environment: GatewayEnvironment) -> Int {
        let members = runMembers
        let match = run[0].match
        let start = runNext
        let end = min(members.count, start + max(1, budget / run.count))
        for member in start..<end {
            let connection = members[member]
            let memberWires = wireSet(for: connection.deflate, environment: environment)
            var wrote = false
            for stretch in stretches {
                if stretch.shed {
                    let drops = connection.shedOnLoop(shedDeltas[stretch.shedDeltas], of: match, now: now)
                    shedDrops.low += drops.low
                    shedDrops.normal += drops.normal
                    shedDrops.critical += drops.critical
                    continue
                }
                let sent = connection.deliverOnLoop(
                    frames[stretch.deltas], wires: memberWires[stretch.deltas], of: match, now: now)
                for index in sent { runWritten[index] += 1 }
                wrote = wrote || !sent.isEmpty
            }
            if wrote { flushes &+= 1 }
        }
        runNext = end
        return (end - start) * run.count
    }

    /// The run's frames for a subscriber with `deflate`, built once per window size per run (shed
    /// deltas keep their plain frame: they are never written).
    /// A subscriber that lets the server keep its context picks its frames itself (its shared
    /// stream's, mostly): it gets the plain ones, and deflates nothing it does not send.
    private func wireSet(for deflate: NegotiatedDeflate?, environment: GatewayEnvironment) -> [ByteBuffer] {
        guard let deflate, !deflate.serverKeepsContext else { return plainWires }
        let slot = Int(deflate.windowBits) - 8
        if let built = windowWires[slot] { return built }
        var built = plainWires
        for stretch in stretches where !stretch.shed {
            for index in stretch.deltas {
                built[index] = frames[index].wire(for: deflate, codecs: codecs, metrics: environment.metrics)
            }
        }
        windowWires[slot] = built
        return built
    }
}

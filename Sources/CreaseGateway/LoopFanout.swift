import CreaseBus
import CreaseProtocol
import DequeModule
import NIOCore

/// The deltas one event loop still has to hand to its subscribers: the loop's fan-out inbox.
///
/// Match actors hand each delta to each loop once (``enqueue(_:)``); the loop then delivers
/// everything pending in passes. Within a pass each connection gets every frame due to it
/// written, and one flush at the end of the pass, so k deltas for one socket leave in one
/// `writev`. A lone delta still goes out at once (the pass runs as the loop's next task); under
/// load, deltas pile up while a pass runs and the next pass batches them by itself.
///
/// Guarantees:
/// - Deltas are delivered in the order they were enqueued, so a match's order is kept; a pass
///   boundary in the middle of a delta resumes with the next subscriber of that same delta,
///   before any later delta, so nothing is reordered or delivered twice.
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
        /// The next member to visit (a slice can end in the middle of a batch).
        var next = 0
        /// Read once per delta per loop, at its first visit.
        var shed: Bool?
        var written = 0
    }

    /// What a match actor hands to the loop, delivered in order.
    enum Item {
        case delta(Batch)
        /// A change of the match's subscribers (a join's snapshot and replay, a resync), kept in
        /// order with the match's deltas.
        case perform(members: [GatewayConnection], action: @Sendable (isolated GatewayConnection) -> Void)

        var memberCount: Int {
            switch self {
            case .delta(let batch): batch.members.count
            case .perform(let members, _): members.count
            }
        }
    }

    private let loop: any EventLoop
    private let codecs: LoopCodecs
    private let sliceDeliveries: Int
    /// Pause between two slices of one long fan-out: long enough for the loop to poll its
    /// sockets first (a zero delay would run before any I/O).
    private let slicePause: TimeAmount
    private var pending = Deque<Item>()
    /// Connections written to during the current pass, flushed once at its end.
    private var unflushed: [GatewayConnection] = []
    private var passScheduled = false
    /// Publish times of the deltas a slice finished delivering (storage kept between slices).
    private var completed: [Int64] = []
    /// Passes run and frames flushed, for tests and metrics (wrapping counters).
    private(set) var passes = 0
    private(set) var flushes = 0

    init(loop: any EventLoop, codecs: LoopCodecs, sliceDeliveries: Int, slicePause: TimeAmount = .microseconds(50)) {
        self.loop = loop
        self.codecs = codecs
        self.sliceDeliveries = max(1, sliceDeliveries)
        self.slicePause = slicePause
    }

    /// Whether a delta waits to be delivered (a slice ended in the middle of the inbox).
    var isIdle: Bool { pending.isEmpty && !passScheduled }

    /// Takes a delta for `members` (all on this loop); the pass that delivers it runs as this
    /// loop's next task, after whatever deltas are already queued for the loop.
    func enqueue(_ item: Item, environment: GatewayEnvironment) {
        pending.append(item)
        guard !passScheduled else { return }
        passScheduled = true
        let this = NIOLoopBound(self, eventLoop: loop)
        loop.execute {
            this.value.runPass(environment: environment)
        }
    }

    /// Delivers up to `sliceDeliveries` frames, flushes every connection written to, and
    /// schedules the next slice if deltas remain.
    func runPass(environment: GatewayEnvironment) {
        passScheduled = false
        passes &+= 1
        let now = NIODeadline.now().uptimeNanoseconds
        var budget = sliceDeliveries
        while budget > 0, let first = pending.first {
            switch first {
            case .perform(let members, let action):
                pending.removeFirst()
                for connection in members {
                    connection.assumeIsolated { action($0) }
                }
                budget -= members.count
            case .delta(var batch):
                budget -= deliver(&batch, budget: budget, now: now, environment: environment)
                if batch.next == batch.members.count {
                    pending.removeFirst()
                    if batch.written > 0 { completed.append(batch.frame.timestamp) }
                } else {
                    pending[0] = .delta(batch)
                }
            }
        }
        flush()
        let metrics = environment.metrics
        environment.connections.shard(on: loop).flushTraffic(to: metrics)
        if !completed.isEmpty {
            let at = WallClock.milliseconds()
            for timestamp in completed {
                metrics.deliveryLatency.recordMilliseconds(max(0, at - timestamp))
            }
            completed.removeAll(keepingCapacity: true)
        }
        guard !pending.isEmpty, !passScheduled else { return }
        passScheduled = true
        let this = NIOLoopBound(self, eventLoop: loop)
        loop.scheduleTask(in: slicePause) {
            this.value.runPass(environment: environment)
        }
    }

    /// Hands `batch`'s delta to up to `budget` of its remaining members; returns how many it
    /// visited.
    private func deliver(_ batch: inout Batch, budget: Int, now: UInt64, environment: GatewayEnvironment) -> Int {
        let shed = batch.shed ?? environment.shedder.sheds(batch.frame.priority)
        batch.shed = shed
        let frame = batch.frame
        let match = batch.match
        let members = batch.members
        var wires = DeltaWires(frame, codecs: codecs, metrics: environment.metrics)
        let start = batch.next
        let end = min(members.count, start + budget)
        var written = 0
        for index in start..<end {
            let connection = members[index]
            // Shed deltas are not written: no need to deflate them.
            let wire = shed ? frame.wire : wires.wire(for: connection.deflate)
            switch connection.assumeIsolated({ $0.deliver(frame, wire: wire, of: match, now: now, shed: shed) }) {
            case .wroteFirst:
                unflushed.append(connection)
                written += 1
            case .wrote:
                written += 1
            case .notWritten:
                break
            }
        }
        batch.next = end
        batch.written += written
        return end - start
    }

    private func flush() {
        guard !unflushed.isEmpty else { return }
        for connection in unflushed {
            connection.assumeIsolated { $0.flushDeliveries() }
        }
        flushes &+= unflushed.count
        unflushed.removeAll(keepingCapacity: unflushed.count <= 4_096)
    }
}

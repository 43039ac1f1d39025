import NIOCore
import Synchronization

/// Measures each event loop's lag: a task scheduled every `interval` records how late it ran.
/// A loop busy with fan-out, or blocked, shows up here before clients notice.
///
/// Overload shedding reads that lag and the loop's fan-out backlog (how long the oldest delta
/// in its inbox has waited): a fan-out cut into slices keeps the loop prompt while deltas pile
/// up behind it, and only the backlog shows that.
final class EventLoopLagProbe: Sendable {
    private let loops: [any EventLoop]
    private let interval: TimeAmount
    private let metrics: GatewayMetrics
    private let shedder: LoadShedder?
    /// The fan-out backlog of a loop, nanoseconds; called on that loop.
    private let backlog: (@Sendable (any EventLoop, UInt64) -> UInt64)?
    private let tasks = Mutex<[RepeatedTask]>([])
    /// The worst lag of the latest round, nanoseconds (read by overload shedding).
    private let latestLag = Atomic<Int64>(0)

    init(
        loops: [any EventLoop], interval: TimeAmount = .milliseconds(100), metrics: GatewayMetrics,
        shedder: LoadShedder? = nil,
        backlog: (@Sendable (any EventLoop, UInt64) -> UInt64)? = nil
    ) {
        self.backlog = backlog
        self.loops = loops
        self.interval = interval
        self.metrics = metrics
        self.shedder = shedder
    }

    var currentLagNanoseconds: Int64 { latestLag.load(ordering: .relaxed) }

    func start() {
        let interval = self.interval
        for (index, loop) in loops.enumerated() {
            let last = NIOLoopBoundBox.makeBoxSendingValue(NIODeadline.now(), eventLoop: loop)
            let metrics = self.metrics
            let task = loop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { [self] _ in
                let now = NIODeadline.now()
                let lag = max(0, (now - last.value - interval).nanoseconds)
                last.value = now
                metrics.recordLag(loop: index, nanoseconds: lag)
                self.latestLag.store(lag, ordering: .relaxed)
                if let shedder = self.shedder {
                    let waiting = Int64(self.backlog?(loop, UInt64(now.uptimeNanoseconds)) ?? 0)
                    metrics.fanoutBacklog.recordNanoseconds(waiting)
                    metrics.shedLevel.record(shedder.observe(lagNanoseconds: lag, backlogNanoseconds: waiting))
                    metrics.queuedBytes.record(shedder.queuedBytes)
                }
            }
            tasks.withLock { $0.append(task) }
        }
    }

    func stop() {
        for task in tasks.withLock({ tasks in
            defer { tasks = [] }
            return tasks
        }) {
            task.cancel()
        }
    }
}

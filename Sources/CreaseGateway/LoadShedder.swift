import CreaseProtocol
import Synchronization

/// Whole-gateway overload shedding (PROTOCOL.md §2.3): from event-loop lag and the bytes queued
/// on every connection, a level that the hot path reads once per delivery.
///
/// Level 0 sheds nothing, 1 sheds `low`, 2 sheds `low` and `normal`; `critical` is never shed.
/// A pressure of 1 means a threshold reached (`SHED_LAG_MS` or `SHED_QUEUED_BYTES`); the level
/// rises at once and falls only when the pressure is half a level below (hysteresis), so it
/// does not flap around a threshold.
///
/// Lag counts only when it persists: the pressure from lag is the least of the latest
/// `lagSamples` probe readings (every loop's, about 200 ms at the default probe interval), so one
/// long pass of one loop, which the next slice already absorbs, sheds nothing; a gateway that
/// stays behind does.
final class LoadShedder: Sendable {
    private let lagThreshold: Double
    private let bytesThreshold: Double
    private let queued = Atomic<Int>(0)
    private let level = Atomic<Int>(0)
    /// The latest lag readings, nanoseconds, oldest overwritten first.
    private let recentLag: Mutex<(samples: [Int64], next: Int)>

    /// - Parameter lagSamples: how many consecutive probe readings must all be late for lag to
    ///   count (2 per event loop is about 200 ms of persisting lag).
    init(lagThresholdMilliseconds: Int, queuedBytesThreshold: Int, lagSamples: Int = 4) {
        lagThreshold = Double(lagThresholdMilliseconds) * 1_000_000
        bytesThreshold = Double(queuedBytesThreshold)
        recentLag = Mutex((Array(repeating: 0, count: max(1, lagSamples)), 0))
    }

    /// Bytes waiting in every connection's outbound queue.
    var queuedBytes: Int { queued.load(ordering: .relaxed) }

    var currentLevel: Int { level.load(ordering: .relaxed) }

    func addQueued(_ delta: Int) {
        if delta != 0 { queued.add(delta, ordering: .relaxed) }
    }

    /// Whether a delta of `priority` is to be dropped now.
    func sheds(_ priority: Priority) -> Bool {
        priority != .critical && priority.rawValue < level.load(ordering: .relaxed)
    }

    /// Re-evaluates the level from the latest worst event-loop lag (called by the lag probe).
    @discardableResult
    func observe(lagNanoseconds: Int64) -> Int {
        let persistingLag = recentLag.withLock { recent in
            recent.samples[recent.next] = lagNanoseconds
            recent.next = (recent.next + 1) % recent.samples.count
            return recent.samples.min()!
        }
        let pressure = max(Double(persistingLag) / lagThreshold, Double(queuedBytes) / bytesThreshold)
        let current = level.load(ordering: .relaxed)
        let target = pressure >= 2 ? 2 : pressure >= 1 ? 1 : 0
        var next = current
        if target > current {
            next = target
        } else if target < current, pressure < Double(current) - 0.5 {
            next = pressure < 0.5 ? 0 : 1
        }
        if next != current { level.store(next, ordering: .relaxed) }
        return next
    }
}

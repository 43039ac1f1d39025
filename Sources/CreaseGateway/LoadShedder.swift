import CreaseProtocol
import Synchronization

/// Whole-gateway overload shedding (PROTOCOL.md §2.3): from event-loop lag and the bytes queued
/// on every connection, a level that the hot path reads once per delivery.
///
/// Level 0 sheds nothing, 1 sheds `low`, 2 sheds `low` and `normal`; `critical` is never shed.
/// A pressure of 1 means a threshold reached (`SHED_LAG_MS`, `SHED_BACKLOG_MS` or
/// `SHED_QUEUED_BYTES`); the level
/// rises at once and falls only when the pressure is half a level below (hysteresis), so it
/// does not flap around a threshold.
///
/// Lag and backlog count only when they persist: each pressure is the least of the latest
/// `lagSamples` probe readings (every loop's, about 200 ms at the default probe interval), so one
/// long pass of one loop, which the next slice already absorbs, sheds nothing; a gateway that
/// stays behind does. The backlog (how long the oldest delta in a loop's fan-out inbox has
/// waited) has its own, larger threshold: fan-out slices keep the loop prompt, so lag alone no
/// longer shows a gateway that falls behind, yet a gateway that delivers everything a few
/// hundred milliseconds late is busy, not overloaded, and shedding would cost it more (each
/// shed delta is a `resync`, and a resync a refetch).
final class LoadShedder: Sendable {
    private let lagThreshold: Double
    private let backlogThreshold: Double
    private let bytesThreshold: Double
    private let queued = Atomic<Int>(0)
    private let level = Atomic<Int>(0)
    /// The latest lag and backlog readings, nanoseconds, oldest overwritten first.
    private let recent: Mutex<(lag: [Int64], backlog: [Int64], next: Int)>

    /// - Parameters:
    ///   - lagSamples: how many consecutive probe readings must all be late for lag (or backlog)
    ///     to count (2 per event loop is about 200 ms of persisting lag).
    ///   - backlogThresholdMilliseconds: how long the oldest delta in a loop's fan-out inbox may
    ///     wait (`SHED_BACKLOG_MS`): a gateway that delivers everything, only later, is not
    ///     shedding yet; one whose inbox keeps growing is.
    init(
        lagThresholdMilliseconds: Int, queuedBytesThreshold: Int, backlogThresholdMilliseconds: Int = 1_000,
        lagSamples: Int = 4
    ) {
        lagThreshold = Double(lagThresholdMilliseconds) * 1_000_000
        backlogThreshold = Double(backlogThresholdMilliseconds) * 1_000_000
        bytesThreshold = Double(queuedBytesThreshold)
        let samples = Array(repeating: Int64(0), count: max(1, lagSamples))
        recent = Mutex((samples, samples, 0))
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

    /// Re-evaluates the level from a loop's latest lag and fan-out backlog (called by the lag
    /// probe).
    @discardableResult
    func observe(lagNanoseconds: Int64, backlogNanoseconds: Int64 = 0) -> Int {
        let (persistingLag, persistingBacklog) = recent.withLock { recent in
            recent.lag[recent.next] = lagNanoseconds
            recent.backlog[recent.next] = backlogNanoseconds
            recent.next = (recent.next + 1) % recent.lag.count
            return (recent.lag.min()!, recent.backlog.min()!)
        }
        let pressure = max(
            Double(persistingLag) / lagThreshold, Double(persistingBacklog) / backlogThreshold,
            Double(queuedBytes) / bytesThreshold)
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

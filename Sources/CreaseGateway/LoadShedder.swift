import CreaseProtocol
import Synchronization

/// Whole-gateway overload shedding (PROTOCOL.md §2.3): from event-loop lag and the bytes queued
/// on every connection, a level that the hot path reads once per delivery.
///
/// Level 0 sheds nothing, 1 sheds `low`, 2 sheds `low` and `normal`; `critical` is never shed.
/// A pressure of 1 means a threshold reached (`SHED_LAG_MS` or `SHED_QUEUED_BYTES`); the level
/// rises at once and falls only when the pressure is half a level below (hysteresis), so it
/// does not flap around a threshold.
final class LoadShedder: Sendable {
    private let lagThreshold: Double
    private let bytesThreshold: Double
    private let queued = Atomic<Int>(0)
    private let level = Atomic<Int>(0)

    init(lagThresholdMilliseconds: Int, queuedBytesThreshold: Int) {
        lagThreshold = Double(lagThresholdMilliseconds) * 1_000_000
        bytesThreshold = Double(queuedBytesThreshold)
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
        let pressure = max(Double(lagNanoseconds) / lagThreshold, Double(queuedBytes) / bytesThreshold)
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

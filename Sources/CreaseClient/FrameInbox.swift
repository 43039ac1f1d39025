import DequeModule
import Synchronization

/// Frames received and not yet read, with an awaitable `next` that gives up at a deadline.
final class FrameInbox: Sendable {
    enum Outcome: Sendable {
        case frame(ReceivedFrame)
        case closed
        case timedOut
    }

    private struct State {
        var frames = Deque<ReceivedFrame>()
        var closed = false
        var waiter: (id: UInt64, continuation: CheckedContinuation<Outcome, Never>)?
        var nextWaiterID: UInt64 = 0
    }

    private let state = Mutex(State())

    func push(_ frame: ReceivedFrame) {
        let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter.continuation
            }
            state.frames.append(frame)
            return nil
        }
        waiter?.resume(returning: .frame(frame))
    }

    func finish() {
        let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            state.closed = true
            defer { state.waiter = nil }
            return state.waiter?.continuation
        }
        waiter?.resume(returning: .closed)
    }

    /// Frames already buffered.
    var buffered: Int { state.withLock { $0.frames.count } }

    func next(timeout: Duration) async -> Outcome {
        await withCheckedContinuation { continuation in
            let immediate = state.withLock { state -> Outcome? in
                if let frame = state.frames.popFirst() { return .frame(frame) }
                if state.closed { return .closed }
                let id = state.nextWaiterID
                state.nextWaiterID += 1
                state.waiter = (id, continuation)
                Task { [weak self] in
                    try? await Task.sleep(for: timeout)
                    self?.expire(id)
                }
                return nil
            }
            if let immediate { continuation.resume(returning: immediate) }
        }
    }

    private func expire(_ id: UInt64) {
        let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
            guard let waiter = state.waiter, waiter.id == id else { return nil }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(returning: .timedOut)
    }
}

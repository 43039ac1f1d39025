import CreaseProtocol
import Foundation
import Synchronization
import Testing

@testable import CreaseBus

/// The embedded bus under the race that stalled a gateway (issue 19, item 1).
struct InProcessBusTests {
    /// A subscription cancelled while a publish hands a delta to it must not deadlock.
    ///
    /// What `make test` caught (run 11 of 20 on 2026-12-06, stacks in `Benchmarks/results/`):
    /// the match actor, on the gateway's event loop, cancelled its feed task as its last viewer
    /// left. Cancelling holds the task's status lock while the stream's termination handler
    /// runs, and that handler took the bus's lock; meanwhile a publish, holding the bus's lock,
    /// resumed the same task's waiting `next()`, which needs its status lock. Each thread waited
    /// for the other: the event loop stopped, and the gateway answered nothing from then on.
    ///
    /// Here a thread of its own cancels consumers while a task publishes to their match without
    /// pause; each consumer waits in `next()` between deltas, so some cancels meet a hand-off.
    /// Before the fix this deadlocked after 2, 35 and 64 of 5,000 rounds in three runs; the test fails when the
    /// rounds do not finish in time (it cannot wait on the deadlocked threads themselves).
    @Test func cancellingASubscriptionWhileAPublishHandsItADeltaDoesNotDeadlock() async throws {
        let bus = InProcessBus(historyLength: 4)
        let match = MatchID("race")!
        let rounds = 5_000
        let race = Race()
        let publisher = Task {
            var runs: Int64 = 0
            while !race.stop.load(ordering: .relaxed) {
                runs += 1
                _ = try await bus.publish(to: match, priority: .normal, patch: ["runs": .integer(runs)])
                // Without pause, but not holding a thread of the shared pool the whole time: the
                // other suites run beside this one.
                await Task.yield()
            }
        }
        let finishedInTime = await withCheckedContinuation { (outcome: CheckedContinuation<Bool, Never>) in
            Thread {
                for _ in 0..<rounds {
                    let subscribed = DispatchSemaphore(value: 0)
                    let consumer = Task {
                        let stream = try await bus.subscribe(to: match)
                        subscribed.signal()
                        for await _ in stream {}
                    }
                    subscribed.wait()
                    consumer.cancel()
                    race.rounds.add(1, ordering: .relaxed)
                }
                if race.claim() { outcome.resume(returning: true) }
            }.start()
            // A deadlocked thread never reports: the deadline does.
            Task {
                try? await Task.sleep(for: .seconds(30))
                if race.claim() { outcome.resume(returning: false) }
            }
        }
        race.stop.store(true, ordering: .relaxed)
        #expect(finishedInTime, "deadlocked after \(race.rounds.load(ordering: .relaxed)) of \(rounds) rounds")
        if finishedInTime { try await publisher.value }
    }

    /// The race's shared flags (atomics cannot be captured by the closures on their own).
    private final class Race: Sendable {
        let stop = Atomic<Bool>(false)
        let rounds = Atomic<Int>(0)
        private let reported = Atomic<Bool>(false)

        /// True for the first caller only.
        func claim() -> Bool { !reported.exchange(true, ordering: .acquiringAndReleasing) }
    }
}

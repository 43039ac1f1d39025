import CreaseProtocol
import Testing

private let ms: UInt64 = 1_000_000
private let second: UInt64 = 1_000_000_000

@Suite("AckClock")
struct AckClockTests {
    @Test func nothingSentIsNothingOutstanding() {
        var clock = AckClock(granularity: 100 * ms)
        #expect(clock.oldestUnackedAge(at: 5 * second) == nil)
        clock.acked(through: 10)  // an ack before anything was sent is harmless
        #expect(clock.oldestUnackedAge(at: 5 * second) == nil)
    }

    /// A clock read before the send (a fan-out pass that began before a join stamped its
    /// replay) is an age of 0: wrapping around made it look 584 years old and timed the
    /// subscription out at once (found by running `make test` 20 times).
    @Test func aNowBeforeTheSendIsNoAge() {
        var clock = AckClock(granularity: 100 * ms)
        clock.sent(seq: 1, at: 5 * second)
        #expect(clock.oldestUnackedAge(at: 5 * second - 1) == 0)
        #expect(clock.oldestUnackedAge(at: 5 * second + 3) == 3)
    }

    @Test func allAckedClears() {
        var clock = AckClock(granularity: 100 * ms)
        for seq in Int64(1)...20 { clock.sent(seq: seq, at: UInt64(seq) * 50 * ms) }
        #expect(clock.oldestUnackedAge(at: 2 * second) == 2 * second - 50 * ms)
        clock.acked(through: 20)
        #expect(clock.oldestUnackedAge(at: 10 * second) == nil)
        // Acking beyond the last sent seq clears as well.
        clock.sent(seq: 21, at: 3 * second)
        clock.acked(through: 99)
        #expect(clock.oldestUnackedAge(at: 10 * second) == nil)
    }

    @Test func partialAckKeepsTheAgeOfTheOldestUnacked() {
        var clock = AckClock(granularity: 100 * ms)
        // One delta per bucket: the answer is exact.
        for seq in Int64(1)...10 { clock.sent(seq: seq, at: UInt64(seq) * 100 * ms) }
        clock.acked(through: 4)
        #expect(clock.oldestUnackedAge(at: 2 * second) == 2 * second - 500 * ms)
        clock.acked(through: 3)  // a stale ack changes nothing
        #expect(clock.oldestUnackedAge(at: 2 * second) == 2 * second - 500 * ms)
        clock.acked(through: 9)
        #expect(clock.oldestUnackedAge(at: 2 * second) == 2 * second - 1000 * ms)
    }

    @Test func ackWithinABucketNeverUnderstatesTheAge() {
        var clock = AckClock(granularity: 1 * second)
        for seq in Int64(1)...10 { clock.sent(seq: seq, at: UInt64(seq) * 100 * ms) }  // all in one bucket
        clock.acked(through: 5)
        // Seq 6 went at 600 ms; the bucket started at 100 ms: older by less than one bucket.
        let age = clock.oldestUnackedAge(at: 3 * second)!
        #expect(age >= 3 * second - 600 * ms)
        #expect(age < 3 * second - 600 * ms + 1 * second)
    }

    @Test func repeatedOrOlderSeqsAreIgnored() {
        var clock = AckClock(granularity: 10 * ms)
        clock.sent(seq: 5, at: 1 * second)
        clock.sent(seq: 5, at: 2 * second)
        clock.sent(seq: 3, at: 3 * second)
        clock.acked(through: 5)
        #expect(clock.oldestUnackedAge(at: 4 * second) == nil)
    }

    @Test func restartForgetsOutstandingDeltas() {
        var clock = AckClock(granularity: 100 * ms)
        for seq in Int64(1)...5 { clock.sent(seq: seq, at: UInt64(seq) * second) }
        clock.restart()
        #expect(clock.oldestUnackedAge(at: 10 * second) == nil)
        clock.sent(seq: 6, at: 11 * second)
        #expect(clock.oldestUnackedAge(at: 12 * second) == 1 * second)
        clock.acked(through: 5)  // an ack of what was forgotten does not clear what came after
        #expect(clock.oldestUnackedAge(at: 12 * second) == 1 * second)
        clock.acked(through: 6)
        #expect(clock.oldestUnackedAge(at: 12 * second) == nil)
    }

    /// Compares the clock with an exact record of every delta: the clock's age is never younger
    /// than the truth, and older by less than one bucket.
    private func checkAgainstExactRecord(seed: UInt64, gaps: Bool) {
        var random = TestRandom(seed: seed)
        let granularity = UInt64.random(in: 1...500, using: &random) * ms
        var clock = AckClock(granularity: granularity)
        var sentAt: [Int64: UInt64] = [:]
        var lastSent: Int64 = 0
        var forgottenThrough: Int64 = 0
        var ackedThrough: Int64 = 0
        var now: UInt64 = 1 * second
        for step in 0..<3000 {
            now += UInt64.random(in: 0...(granularity / 2), using: &random)
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<60:
                lastSent += gaps ? Int64.random(in: 1...3, using: &random) : 1
                sentAt[lastSent] = now
                clock.sent(seq: lastSent, at: now)
            case 60..<95:
                // Clients ack what they received: a seq that was sent (or an older one).
                let candidates = sentAt.keys.filter { $0 >= ackedThrough }
                guard let seq = candidates.randomElement(using: &random) else { continue }
                ackedThrough = max(ackedThrough, seq)
                clock.acked(through: seq)
            default:
                clock.restart()
                forgottenThrough = lastSent
            }
            let floor = max(ackedThrough, forgottenThrough)
            let truth = sentAt.filter { $0.key > floor }.values.min().map { now - $0 }
            let age = clock.oldestUnackedAge(at: now)
            #expect((age == nil) == (truth == nil), "step \(step)")
            if let age, let truth {
                #expect(age >= truth, "step \(step): age \(age) younger than \(truth)")
                #expect(age < truth + granularity, "step \(step): age \(age), truth \(truth), bucket \(granularity)")
            }
        }
    }

    @Test(arguments: [11, 12, 13, 14])
    func ageIsWithinOneBucketOfTheTruth(seed: UInt64) {
        checkAgainstExactRecord(seed: seed, gaps: false)
    }

    /// Seqs handed to one client skip when the gateway dropped deltas for it.
    @Test(arguments: [21, 22, 23, 24])
    func ageIsWithinOneBucketOfTheTruthWhenSeqsSkip(seed: UInt64) {
        checkAgainstExactRecord(seed: seed, gaps: true)
    }
}

@Suite("MatchHistory")
struct MatchHistoryTests {
    private func filled(capacity: Int, through last: Int64) -> MatchHistory<Int64> {
        var history = MatchHistory<Int64>(capacity: capacity)
        for seq in Int64(1)...last { history.append(seq: seq, seq * 10) }
        return history
    }

    @Test func replayRanges() {
        let history = filled(capacity: 100, through: 10)
        #expect(history.replay(after: 0) == Array(1...10).map { $0 * 10 })
        #expect(history.replay(after: 3) == [40, 50, 60, 70, 80, 90, 100])
        #expect(history.replay(after: 9) == [100])
        #expect(history.count == 10)
        #expect(history.firstSeq == 1 && history.lastSeq == 10)
    }

    @Test func sinceEqualToLastIsNothingToReplay() {
        #expect(filled(capacity: 5, through: 10).replay(after: 10) == [])
        #expect(MatchHistory<Int>(capacity: 5).replay(after: 0) == [])
    }

    @Test func sinceBeyondLastIsNil() {
        #expect(filled(capacity: 5, through: 10).replay(after: 11) == nil)
        #expect(MatchHistory<Int>(capacity: 5).replay(after: 1) == nil)
    }

    @Test func tooOldIsNil() {
        let history = filled(capacity: 5, through: 10)  // holds 6...10
        #expect(history.firstSeq == 6)
        #expect(history.replay(after: 5) == [60, 70, 80, 90, 100])
        #expect(history.replay(after: 4) == nil)
        #expect(history.replay(after: 0) == nil)
    }

    @Test func capacityEviction() {
        var history = MatchHistory<Int64>(capacity: 3)
        for seq in Int64(1)...1000 {
            history.append(seq: seq, seq)
            #expect(history.count == min(Int(seq), 3))
        }
        #expect(history.replay(after: 997) == [998, 999, 1000])
        #expect(history.replay(after: 996) == nil)
    }

    @Test func aGapRestartsTheHistory() {
        var history = filled(capacity: 10, through: 5)
        history.append(seq: 9, 90)  // 6, 7, 8 never arrived
        #expect(history.firstSeq == 9 && history.lastSeq == 9 && history.count == 1)
        #expect(history.replay(after: 8) == [90])
        #expect(history.replay(after: 5) == nil)  // cannot replay across the hole
        #expect(history.replay(after: 7) == nil)
        history.append(seq: 10, 100)
        #expect(history.replay(after: 8) == [90, 100])
    }

    @Test func aSeqGoingBackwardsRestartsTheHistory() {
        var history = filled(capacity: 10, through: 5)
        history.append(seq: 3, 33)
        #expect(history.firstSeq == 3 && history.lastSeq == 3)
        #expect(history.replay(after: 2) == [33])
        #expect(history.replay(after: 5) == nil)
    }

    @Test func capacityZeroKeepsNothingButTracksTheLastSeq() {
        var history = MatchHistory<Int>(capacity: 0)
        history.append(seq: 1, 1)
        history.append(seq: 2, 2)
        #expect(history.count == 0)
        #expect(history.lastSeq == 2)
        #expect(history.replay(after: 2) == [])
        #expect(history.replay(after: 1) == nil)
        #expect(history.replay(after: 3) == nil)
        #expect(MatchHistory<Int>(capacity: -4).capacity == 0)
    }

    @Test func startingAfterASeq() {
        var history = MatchHistory<Int>(capacity: 4, startingAfter: 50)
        #expect(history.replay(after: 50) == [])
        #expect(history.replay(after: 49) == nil)
        history.append(seq: 51, 510)
        #expect(history.replay(after: 50) == [510])
        #expect(history.firstSeq == 51)
    }
}

@Suite("RejectionWindow")
struct RejectionWindowTests {
    @Test func twentyAreAllowedTheTwentyFirstWithinTenSecondsIsOver() {
        var window = RejectionWindow()
        for index in 0..<20 {
            #expect(window.record(at: UInt64(index) * 400 * ms) == false, "rejection \(index + 1)")
        }
        #expect(window.record(at: 9 * second) == true)
        #expect(window.record(at: 9 * second + 1) == true)  // still over while inside the window
    }

    @Test func oldRejectionsExpire() {
        var window = RejectionWindow()
        for _ in 0..<20 { #expect(window.record(at: 1 * second) == false) }
        #expect(window.record(at: 11 * second) == false)  // the 20 are exactly 10 s old: gone
        for index in 0..<19 { #expect(window.record(at: 11 * second + UInt64(index)) == false) }
        #expect(window.record(at: 12 * second) == true)
    }

    @Test func aSteadyTrickleNeverTrips() {
        var window = RejectionWindow()
        // One every 0.5 s is exactly 20 per 10 s: allowed forever.
        for index in 0..<500 {
            #expect(window.record(at: UInt64(index) * 500 * ms) == false, "rejection \(index)")
        }
    }

    @Test func customLimitAndWindow() {
        var window = RejectionWindow(limit: 2, window: 1 * second)
        #expect(window.record(at: 0) == false)
        #expect(window.record(at: 100 * ms) == false)
        #expect(window.record(at: 200 * ms) == true)
        #expect(window.record(at: 1 * second + 200 * ms) == false)
    }
}

@Suite("TokenBucket")
struct TokenBucketTests {
    @Test func burstThenEmpty() {
        var bucket = TokenBucket(rate: 10, burst: 5, now: 0)
        for _ in 0..<5 { #expect(bucket.take(at: 0) == true) }
        #expect(bucket.take(at: 0) == false)
    }

    @Test func refillsAtTheRate() {
        var bucket = TokenBucket(rate: 10, burst: 5, now: 0)
        for _ in 0..<5 { _ = bucket.take(at: 0) }
        #expect(bucket.take(at: 99 * ms) == false)
        #expect(bucket.take(at: 100 * ms) == true)
        #expect(bucket.take(at: 100 * ms) == false)
        #expect(bucket.take(at: 350 * ms) == true)
        #expect(bucket.take(at: 350 * ms) == true)
        #expect(bucket.take(at: 350 * ms) == false)
    }

    @Test func neverHoldsMoreThanTheBurst() {
        var bucket = TokenBucket(rate: 1000, burst: 3, now: 0)
        let later = 3600 * second
        for _ in 0..<3 { #expect(bucket.take(at: later) == true) }
        #expect(bucket.take(at: later) == false)
    }

    @Test func secondsUntilNextToken() {
        var bucket = TokenBucket(rate: 10, burst: 2, now: 0)
        #expect(bucket.secondsUntilNextToken(at: 0) == 0)
        _ = bucket.take(at: 0)
        _ = bucket.take(at: 0)
        #expect(abs(bucket.secondsUntilNextToken(at: 0) - 0.1) < 1e-9)
        #expect(abs(bucket.secondsUntilNextToken(at: 50 * ms) - 0.05) < 1e-9)
        #expect(bucket.secondsUntilNextToken(at: 100 * ms) == 0)
    }

    @Test func timeGoingBackwardsAddsNothing() {
        var bucket = TokenBucket(rate: 10, burst: 1, now: 10 * second)
        #expect(bucket.take(at: 10 * second) == true)
        #expect(bucket.take(at: 5 * second) == false)
        #expect(bucket.take(at: 10 * second) == false)
        #expect(bucket.take(at: 10 * second + 100 * ms) == true)
    }

    @Test func admissionRateShape() {
        // The gateway's admission bucket: rate r, a burst of one second's worth.
        var bucket = TokenBucket(rate: 2000, burst: 2000, now: 0)
        var admitted = 0
        for _ in 0..<5000 where bucket.take(at: 0) { admitted += 1 }
        #expect(admitted == 2000)
        admitted = 0
        for _ in 0..<5000 where bucket.take(at: 500 * ms) { admitted += 1 }
        #expect(admitted == 1000)
    }
}

@Suite("MatchLedger")
struct MatchLedgerTests {
    @Test func publishAssignsSeqsMergesStateAndEncodesTheDelta() throws {
        var ledger = MatchLedger(match: matchID("IND-AUS"))
        #expect(ledger.seq == 0)
        #expect(ledger.state == nil)

        let first = ledger.publish(
            patch: try json(#"{"score":{"runs":0,"wickets":0},"title":"IND v AUS"}"#), priority: .normal,
            timestamp: 1000)
        #expect(first.seq == 1)
        #expect(ledger.seq == 1)
        #expect(ledger.state == (try json(#"{"score":{"runs":0,"wickets":0},"title":"IND v AUS"}"#)))

        let patch = try json(#"{"score":{"wickets":1},"title":null,"last":"W"}"#)
        let second = ledger.publish(patch: patch, priority: .critical, timestamp: 2000)
        #expect(second.seq == 2)
        #expect(second.timestamp == 2000)
        #expect(second.priority == .critical)
        #expect(ledger.state == (try json(#"{"score":{"runs":0,"wickets":1},"last":"W"}"#)))

        let delta = try JSONValue(parsing: second.delta)
        #expect(
            delta
                == .object([
                    "type": .string("delta"), "match": .string("IND-AUS"), "seq": .integer(2), "ts": .integer(2000),
                    "priority": .string("critical"), "data": patch,
                ]))
        #expect(
            second.delta
                == ServerMessage.delta(
                    match: matchID("IND-AUS"), seq: 2, timestamp: 2000, priority: .critical, data: patch))
    }

    @Test func seqsIncreaseByOne() throws {
        var ledger = MatchLedger(match: matchID("m"))
        for expected in Int64(1)...50 {
            let event = ledger.publish(patch: .object(["n": .integer(expected)]), priority: .low, timestamp: expected)
            #expect(event.seq == expected)
            #expect(try JSONValue(parsing: event.delta)["seq"] == .integer(expected))
        }
        #expect(ledger.state == .object(["n": .integer(50)]))
    }
}

@Suite("InboundAllowance")
struct InboundAllowanceTests {
    let rates = InboundAllowance.Rates(framesPerSecond: 100, frameBurst: 4, requestsPerSecond: 10, requestBurst: 3)

    @Test func debtIsBoundedByTheBurst() {
        // Frames handed over while reading stops (a transport's last read) owe at most a burst.
        var allowance = InboundAllowance(rates: rates, now: 0)
        var wait: UInt64 = 0
        for _ in 0..<1_000 { wait = allowance.spendFrame(at: 0, rates: rates) }
        #expect(wait == 50 * ms)  // from -4 tokens to 1, at 100 a second
    }

    @Test func aBurstGoesThroughThenTheClientWaitsForOneToken() {
        var allowance = InboundAllowance(rates: rates, now: 0)
        for _ in 0..<3 { #expect(allowance.spendFrame(at: 0, rates: rates) == 0) }
        // The fourth empties the bucket: the next frame may come after one token, 10 ms.
        #expect(allowance.spendFrame(at: 0, rates: rates) == 10 * ms)
        #expect(allowance.waitUntilReplenished(at: 5 * ms, rates: rates) == 5 * ms)
        #expect(allowance.waitUntilReplenished(at: 10 * ms, rates: rates) == 0)
    }

    @Test func aFrameTakenOnCreditLengthensTheWait() {
        var allowance = InboundAllowance(rates: rates, now: 0)
        for _ in 0..<4 { _ = allowance.spendFrame(at: 0, rates: rates) }
        // Already handed over while reading stopped: owed, so the wait covers it too.
        #expect(allowance.spendFrame(at: 0, rates: rates) == 20 * ms)
    }

    @Test func requestsHaveTheirOwnBucket() {
        var allowance = InboundAllowance(rates: rates, now: 0)
        for _ in 0..<2 { #expect(allowance.spendRequest(at: 0, rates: rates) == 0) }
        #expect(allowance.spendRequest(at: 0, rates: rates) == 100 * ms)
        // Frames are untouched by requests, but the wait to read again covers both.
        #expect(allowance.spendFrame(at: 0, rates: rates) == 0)
        #expect(allowance.waitUntilReplenished(at: 40 * ms, rates: rates) == 60 * ms)
        #expect(allowance.waitUntilReplenished(at: 100 * ms, rates: rates) == 0)
    }

    @Test func theSustainedRateIsTheRate() {
        // A client that sends as soon as it may: over 10 s it gets the burst plus 10 s × rate.
        var allowance = InboundAllowance(rates: rates, now: 0)
        var now: UInt64 = 0
        var requests = 0
        while now <= 10 * second {
            requests += 1
            now += allowance.spendRequest(at: now, rates: rates)
        }
        #expect(requests == 3 + 100)
    }

    @Test func neverMoreThanTheBurstAfterSilence() {
        var allowance = InboundAllowance(rates: rates, now: 0)
        let later = 3600 * second
        for _ in 0..<3 { #expect(allowance.spendFrame(at: later, rates: rates) == 0) }
        #expect(allowance.spendFrame(at: later, rates: rates) > 0)
    }

    @Test func anEarlierReadingAddsNothing() {
        var allowance = InboundAllowance(rates: rates, now: 10 * second)
        for _ in 0..<4 { _ = allowance.spendFrame(at: 10 * second, rates: rates) }
        #expect(allowance.waitUntilReplenished(at: 9 * second, rates: rates) == 10 * ms)
        #expect(allowance.waitUntilReplenished(at: 10 * second + 10 * ms, rates: rates) == 0)
    }
}

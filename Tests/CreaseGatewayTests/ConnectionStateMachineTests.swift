import CreaseProtocol
import Testing

@testable import CreaseGateway

/// Every rule of `ConnectionStateMachine` event by event, without a socket: each event in, the
/// action out. The socket tests (`WebSocketProtocolTests`, `FrameViolationTests`, `DrainTests`)
/// show the same rules end to end.
struct ConnectionStateMachineTests {
    typealias Machine = ConnectionStateMachine

    static let second: UInt64 = 1_000_000_000
    static let start: UInt64 = 1_000 * second
    /// Heartbeat 8 s (ride 1 s), silence 30 s; 10 frames a second (burst 20), 5 requests a
    /// second (burst 4).
    static let timing = Machine.Timing(
        heartbeat: 8 * second, heartbeatTimeout: 30 * second,
        rates: .init(framesPerSecond: 10, frameBurst: 20, requestsPerSecond: 5, requestBurst: 4))

    static let match = MatchID("m1")!
    static let other = MatchID("m2")!

    static func machine() -> Machine { Machine(now: start, rates: timing.rates) }

    static func at(_ seconds: Double) -> UInt64 { start + UInt64(seconds * Double(second)) }

    // MARK: Requests in order

    @Test func anAckWithNothingAheadOfItIsAppliedAtOnce() {
        var machine = Self.machine()
        #expect(
            machine.requestReceived(.ack(match: Self.match, seq: 7), at: Self.start, timing: Self.timing)
                == .acknowledge(Self.match, through: 7))
        #expect(machine.nextRequest() == .finished)
    }

    @Test func anAckNeverOvertakesTheSubscribeBeforeIt() {
        var machine = Self.machine()
        let subscribe = ClientMessage.subscribe(match: Self.match, since: nil)
        #expect(
            machine.requestReceived(subscribe, at: Self.start, timing: Self.timing)
                == .queued(.init(pausesInput: false, hold: nil, startsRunner: true)))
        // The subscribe runs (an await); the client's ack arrives meanwhile and waits behind it.
        #expect(
            machine.requestReceived(.ack(match: Self.match, seq: 3), at: Self.start, timing: Self.timing)
                == .queued(.init(pausesInput: false, hold: nil, startsRunner: false)))
        #expect(machine.nextRequest() == .run(subscribe, resumesInput: false))
        #expect(machine.nextRequest() == .run(.ack(match: Self.match, seq: 3), resumesInput: false))
        #expect(machine.nextRequest() == .finished)
        // The runner is gone: the next ack is applied at once again, and a request starts a runner.
        #expect(
            machine.requestReceived(.ack(match: Self.match, seq: 4), at: Self.start, timing: Self.timing)
                == .acknowledge(Self.match, through: 4))
        guard
            case .queued(let queued) = machine.requestReceived(
                .unsubscribe(match: Self.match), at: Self.start, timing: Self.timing)
        else {
            Issue.record("an unsubscribe is queued")
            return
        }
        #expect(queued.startsRunner)
    }

    @Test func aFullBacklogStopsReadingUntilHalfOfItIsDone() {
        var machine = Self.machine()
        // Acks behind a request spend no request allowance: only the backlog holds.
        _ = machine.requestReceived(.subscribe(match: Self.match, since: nil), at: Self.start, timing: Self.timing)
        for index in 2...Machine.maxPendingRequests {
            let action = machine.requestReceived(
                .ack(match: Self.match, seq: Int64(index)), at: Self.start, timing: Self.timing)
            #expect(
                action
                    == .queued(
                        .init(pausesInput: index == Machine.maxPendingRequests, hold: nil, startsRunner: false)))
        }
        #expect(machine.inputHolds == .backlog)
        // Past the bound (only if the socket delivered more anyway): refused, not queued.
        #expect(
            machine.requestReceived(.ack(match: Self.match, seq: 99), at: Self.start, timing: Self.timing) == .refuse)
        var resumedAfter: Int?
        for done in 1...Machine.maxPendingRequests {
            guard case .run(_, let resumes) = machine.nextRequest() else {
                Issue.record("request \(done) runs")
                return
            }
            if resumes {
                #expect(resumedAfter == nil)
                resumedAfter = done
            }
        }
        #expect(resumedAfter == Machine.maxPendingRequests / 2)
        #expect(machine.inputHolds.isEmpty)
        #expect(machine.nextRequest() == .finished)
    }

    @Test func requestsPastTheAllowanceHoldTheSocketOnce() {
        var machine = Self.machine()
        var holds: [Machine.AllowanceHold] = []
        for index in 0..<6 {
            let match = MatchID("m\(index)")!
            guard
                case .queued(let queued) = machine.requestReceived(
                    .subscribe(match: match, since: nil), at: Self.start, timing: Self.timing)
            else {
                Issue.record("a subscribe is queued")
                return
            }
            if let hold = queued.hold { holds.append(hold) }
        }
        // Burst 4: the fourth request empties the bucket; one hold, 200 ms at 5 a second.
        #expect(holds == [.init(pausesInput: true, checkIn: 200_000_000, limit: .requests)])
        #expect(machine.inputHolds == .allowance)
        // Not back yet at 100 ms; back at 1 s, and heard then.
        #expect(
            machine.visit(at: Self.at(0.1), timing: Self.timing) == .open(resumesInput: false, checkIn: 500_000_000))
        #expect(machine.visit(at: Self.at(1), timing: Self.timing) == .open(resumesInput: true, checkIn: nil))
        #expect(machine.inputHolds.isEmpty)
    }

    @Test func framesPastTheAllowanceHoldTheSocketAndTheHoldIsNotSilence() {
        var machine = Self.machine()
        var holds: [Machine.AllowanceHold] = []
        for _ in 0..<25 {
            guard case .handle(let hold) = machine.frameReceived(at: Self.start, timing: Self.timing) else {
                Issue.record("an open connection handles frames")
                return
            }
            if let hold { holds.append(hold) }
        }
        #expect(holds == [.init(pausesInput: true, checkIn: 100_000_000, limit: .frames)])
        // Held far past the silence limit (a visit that finds the allowance short): not silent,
        // because what it sent is unread.
        let late = Self.at(40)
        #expect(machine.checkSilence(at: late, timing: Self.timing, isWritable: true) == .heard)
        // Released, it counts as heard at the release.
        #expect(machine.visit(at: late, timing: Self.timing) == .open(resumesInput: true, checkIn: nil))
        #expect(machine.checkSilence(at: late + Self.second, timing: Self.timing, isWritable: true) == .heard)
    }

    @Test func aBacklogHoldAndAnAllowanceHoldPauseOnceAndResumeWhenBothEnd() {
        var machine = Self.machine()
        for index in 0..<Machine.maxPendingRequests {
            let action = machine.requestReceived(
                .subscribe(match: MatchID("m\(index)")!, since: nil), at: Self.start, timing: Self.timing)
            guard case .queued(let queued) = action else {
                Issue.record("request \(index) is queued")
                return
            }
            // The allowance ran out at the fourth request and paused reading then; the backlog's
            // hold at the 64th finds reading paused already.
            #expect(queued.pausesInput == false)
            #expect((queued.hold != nil) == (index == 3))
            if index == 3 { #expect(queued.hold?.pausesInput == true) }
        }
        #expect(machine.inputHolds == [.backlog, .allowance])
        for _ in 0..<(Machine.maxPendingRequests / 2) {
            guard case .run(_, let resumes) = machine.nextRequest() else {
                Issue.record("a request runs")
                return
            }
            #expect(!resumes)  // the allowance still holds
        }
        #expect(machine.inputHolds == .allowance)
        #expect(machine.visit(at: Self.at(60), timing: Self.timing) == .open(resumesInput: true, checkIn: nil))
    }

    @Test func subscriptionsPastTheLimitAreRefusedThreeTimesThenClose() {
        var machine = Self.machine()
        var verdicts = [machine.subscriptionRefused(), machine.subscriptionRefused()]
        machine.unsubscribed()  // back within the limit: the strikes start again
        for _ in 0..<4 { verdicts.append(machine.subscriptionRefused()) }
        #expect(verdicts == [false, false, false, false, false, true])
    }

    @Test func twentyOneRejectionsWithinTenSecondsClose() {
        var machine = Self.machine()
        var closes = (0..<20).map { machine.rejected(at: Self.at(Double($0) * 0.4)) }
        #expect(!closes.contains(true))
        let twentyFirst = machine.rejected(at: Self.at(8.5))
        #expect(twentyFirst)
        var spread = Self.machine()
        closes = (0..<40).map { spread.rejected(at: Self.at(Double($0) * 0.6)) }
        #expect(!closes.contains(true))
    }

    // MARK: Closing

    @Test func nothingButTheHandshakeFollowsTheCloseFrame() {
        var machine = Self.machine()
        #expect(
            machine.closeRequested(.goingAway, reason: "bye", flushing: false, at: Self.start)
                == .sendCloseFrame(.goingAway, reason: "bye", resumesInput: false))
        #expect(!machine.isOpen)
        #expect(!machine.takesDeltas)
        // A second close, a failure, a heartbeat: no second close frame, no ping.
        #expect(machine.closeRequested(.internalError, reason: "", flushing: false, at: Self.start) == .none)
        #expect(
            machine.fail(at: Self.start)
                == .init(sendsCloseFrame: false, transport: .afterPendingWrites(lingering: true)))
        #expect(machine.heartbeat(at: Self.at(100), timing: Self.timing, subscribed: false) == .none)
        #expect(machine.checkSilence(at: Self.at(100), timing: Self.timing, isWritable: true) == .heard)
        // Frames are still read (the peer's close must be), past the burst, without spending
        // allowance.
        let verdicts = (0..<50).map { _ in machine.frameReceived(at: Self.start, timing: Self.timing) }
        #expect(verdicts.allSatisfy { $0 == .handle(hold: nil) })
    }

    @Test func theClosesCloseFrameReadsAgainWhateverHeldTheSocket() {
        var machine = Self.machine()
        for _ in 0..<20 { _ = machine.frameReceived(at: Self.start, timing: Self.timing) }
        #expect(machine.inputHolds == .allowance)
        #expect(
            machine.closeRequested(.policyViolation, reason: "x", flushing: false, at: Self.start)
                == .sendCloseFrame(.policyViolation, reason: "x", resumesInput: true))
        #expect(machine.inputHolds.isEmpty)
    }

    @Test func aRestartCloseWaitsForTheQueueAndTakesNoDeltasMeanwhile() {
        var machine = Self.machine()
        #expect(
            machine.closeRequested(.serviceRestart, reason: "restart", flushing: true, at: Self.start) == .flushFirst)
        #expect(machine.isOpen)  // replies and queued deltas still go out
        #expect(!machine.takesDeltas)
        #expect(machine.closesWhenFlushed)
        // Asked again (the drain repeats it): nothing new.
        #expect(machine.closeRequested(.serviceRestart, reason: "again", flushing: true, at: Self.start) == .none)
        #expect(
            machine.queueFlushed(at: Self.at(3))
                == .sendCloseFrame(.serviceRestart, reason: "restart", resumesInput: false))
        #expect(!machine.closesWhenFlushed)
        #expect(machine.queueFlushed(at: Self.at(4)) == .none)
    }

    @Test func aCloseThatDoesNotFlushOverridesARestartCloseThatWaits() {
        var machine = Self.machine()
        #expect(
            machine.closeRequested(.serviceRestart, reason: "restart", flushing: true, at: Self.start) == .flushFirst)
        #expect(
            machine.closeRequested(.serviceRestart, reason: "deadline", flushing: false, at: Self.at(10))
                == .sendCloseFrame(.serviceRestart, reason: "deadline", resumesInput: false))
        #expect(machine.queueFlushed(at: Self.at(11)) == .none)
    }

    @Test func theTCPConnectionEndsAfterTheGraceThenAtOnce() {
        var machine = Self.machine()
        _ = machine.closeRequested(.normal, reason: "", flushing: false, at: Self.start)
        #expect(machine.visit(at: Self.at(0.5), timing: Self.timing) == .closing(nil, checkIn: 1_500_000_000))
        #expect(
            machine.visit(at: Self.at(2), timing: Self.timing)
                == .closing(.afterPendingWrites(lingering: false), checkIn: Machine.closeGrace))
        // The polite close did not get through: the next attempt drops what is pending.
        #expect(machine.visit(at: Self.at(4), timing: Self.timing) == .closing(.now, checkIn: Machine.closeGrace))
    }

    @Test func aFailureSendsItsCloseFrameAndLingers() {
        var machine = Self.machine()
        #expect(
            machine.fail(at: Self.start)
                == .init(sendsCloseFrame: true, transport: .afterPendingWrites(lingering: true)))
        #expect(machine.lifecycle == .closing(since: Self.start))
        // The peer answers our close frame: no echo, and the lingering close is cut short.
        #expect(machine.peerClosed(at: Self.at(0.1)) == .init(echoes: false, transport: .now))
    }

    @Test func aPeersCloseIsEchoedOnce() {
        var machine = Self.machine()
        #expect(
            machine.peerClosed(at: Self.start) == .init(echoes: true, transport: .afterPendingWrites(lingering: false)))
        #expect(machine.peerClosed(at: Self.start) == .init(echoes: false, transport: .now))
    }

    @Test func aCloseTheServerAnswersEndsWithoutLingering() {
        var machine = Self.machine()
        _ = machine.closeRequested(.goingAway, reason: "", flushing: false, at: Self.start)
        #expect(
            machine.peerClosed(at: Self.at(0.1))
                == .init(echoes: false, transport: .afterPendingWrites(lingering: false)))
    }

    @Test func aClosedConnectionIgnoresFramesAndLeavesItsHubsOnce() {
        var machine = Self.machine()
        #expect(machine.channelClosed() == true)
        #expect(machine.nextRequest() == .leaveHubs)
        #expect(machine.channelClosed() == nil)
        #expect(machine.frameReceived(at: Self.start, timing: Self.timing) == .ignore)
        #expect(machine.visit(at: Self.at(100), timing: Self.timing) == .none)
        #expect(machine.closeRequested(.goingAway, reason: "", flushing: false, at: Self.start) == .none)
    }

    @Test func aRunnerAtWorkWhenTheSocketClosesLeavesTheHubsInsteadOfRunningTheRest() {
        var machine = Self.machine()
        _ = machine.requestReceived(.subscribe(match: Self.match, since: nil), at: Self.start, timing: Self.timing)
        _ = machine.requestReceived(.subscribe(match: Self.other, since: nil), at: Self.start, timing: Self.timing)
        #expect(machine.nextRequest() == .run(.subscribe(match: Self.match, since: nil), resumesInput: false))
        // Closed while the first subscribe awaits its hub: no second runner; the one at work
        // skips the rest and leaves every hub.
        #expect(machine.channelClosed() == false)
        #expect(machine.nextRequest() == .leaveHubs)
    }

    @Test func aClosingConnectionRunsNoMoreRequests() {
        var machine = Self.machine()
        _ = machine.requestReceived(.subscribe(match: Self.match, since: nil), at: Self.start, timing: Self.timing)
        _ = machine.closeRequested(.goingAway, reason: "", flushing: false, at: Self.start)
        #expect(machine.nextRequest() == .finished)
    }

    // MARK: Heartbeat

    @Test func anIdleClientIsPingedEveryHeartbeat() {
        var machine = Self.machine()
        #expect(machine.heartbeat(at: Self.at(7.9), timing: Self.timing, subscribed: false) == .none)
        #expect(machine.heartbeat(at: Self.at(8), timing: Self.timing, subscribed: false) == .ping)
        #expect(machine.heartbeat(at: Self.at(9), timing: Self.timing, subscribed: false) == .none)
        #expect(machine.heartbeat(at: Self.at(16), timing: Self.timing, subscribed: false) == .ping)
    }

    @Test func aSubscribersPingRidesWithTheNextDeliveryOrGoesAloneAfterTheRide() {
        var machine = Self.machine()
        #expect(
            machine.heartbeat(at: Self.at(8), timing: Self.timing, subscribed: true)
                == .waitForRide(checkIn: Self.second))
        #expect(machine.pingOwed)
        let rides = [machine.pingRides(), machine.pingRides()]
        #expect(rides == [true, false])  // a delivery took it, once
        #expect(machine.heartbeat(at: Self.at(9), timing: Self.timing, subscribed: true) == .none)
        // The next one finds no delivery within the ride.
        #expect(
            machine.heartbeat(at: Self.at(16), timing: Self.timing, subscribed: true)
                == .waitForRide(checkIn: Self.second))
        #expect(
            machine.heartbeat(at: Self.at(16.5), timing: Self.timing, subscribed: true)
                == .waitForRide(checkIn: 500_000_000))
        #expect(machine.heartbeat(at: Self.at(17), timing: Self.timing, subscribed: true) == .ping)
        let ridesAfterPing = machine.pingRides()
        #expect(!ridesAfterPing)
    }

    @Test func aSilentClientTimesOutOrIsDroppedWhenItsSocketIsFull() {
        var machine = Self.machine()
        _ = machine.frameReceived(at: Self.at(5), timing: Self.timing)
        #expect(machine.checkSilence(at: Self.at(34.9), timing: Self.timing, isWritable: true) == .heard)
        #expect(machine.checkSilence(at: Self.at(35), timing: Self.timing, isWritable: true) == .timedOut)
        #expect(machine.isOpen)  // the failure that follows sends the close frame
        var full = Self.machine()
        #expect(full.checkSilence(at: Self.at(30), timing: Self.timing, isWritable: false) == .gone)
        #expect(full.lifecycle == .closing(since: Self.at(30)))
    }
}

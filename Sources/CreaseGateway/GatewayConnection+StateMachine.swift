import CreaseProtocol
import DequeModule

/// The rules of one client's WebSocket connection that decide *whether* and *when*, apart from
/// the I/O that carries them out: its lifecycle and closing handshake, its heartbeat, when its
/// socket is read (input holds), and the order in which its requests run.
///
/// A value type without clock or socket: every event takes the time as an argument and returns
/// what the connection must do, which ``GatewayConnection`` performs. So every rule is a unit
/// test, event by event (`ConnectionStateMachineTests`). What is already a value type of its
/// own (the outbound queue, the ack clocks, the cohort seat, the frame assembler) stays beside
/// it in the connection.
///
/// Guarantees:
/// - Nothing but the closing handshake follows the close frame: once closing, ``isOpen`` is
///   false, and no event asks for a write.
/// - Requests run one at a time, in the order received; an ack never overtakes a request the
///   client sent before it.
/// - At most ``maxPendingRequests`` requests wait; the socket is not read while a hold applies,
///   and every hold is released (the peer's close must be read).
/// - A closing connection's TCP connection ends within ``closeGrace`` of its close frame, and at
///   once at the second attempt.
struct ConnectionStateMachine {
    /// What every connection of a gateway shares: passed to events, not stored per connection.
    struct Timing: Sendable {
        /// `HEARTBEAT_MS`: a ping this often.
        var heartbeat: UInt64
        /// `HEARTBEAT_TIMEOUT_MS`: a client silent this long is gone.
        var heartbeatTimeout: UInt64
        /// How long a subscriber's due ping waits for a delivery to ride with: an eighth of the
        /// heartbeat (1.9 s by default), a delay a client's liveness check cannot notice.
        var pingRide: UInt64
        /// What each client may send (`CLIENT_FRAME_RATE`, `CLIENT_REQUEST_RATE`).
        var rates: InboundAllowance.Rates

        init(heartbeat: UInt64, heartbeatTimeout: UInt64, rates: InboundAllowance.Rates) {
            self.heartbeat = heartbeat
            self.heartbeatTimeout = heartbeatTimeout
            self.pingRide = heartbeat / 8
            self.rates = rates
        }
    }

    enum Lifecycle: Equatable {
        case open
        /// We sent a close frame (or gave up on the peer) at this time.
        case closing(since: UInt64)
        /// The TCP connection is gone.
        case closed
    }

    /// Reasons not to read the client's socket: TCP back-pressure instead of refusals.
    struct InputHolds: OptionSet {
        let rawValue: UInt8
        /// The request backlog is full, until half of it is done.
        static let backlog = InputHolds(rawValue: 1)
        /// The client ran out of allowance, until it is back (checked at the connection's visits).
        static let allowance = InputHolds(rawValue: 2)
    }

    /// How the TCP connection ends.
    enum TransportClose: Equatable {
        /// Once what was written has gone out; `lingering`: half-close and drop the peer's input
        /// until its FIN (or a deadline), because it may still be sending (RFC 6455 §7.1.1).
        case afterPendingWrites(lingering: Bool)
        /// At once, dropping what is pending: the polite close did not get through.
        case now
    }

    /// Input stops until the client's allowance is back.
    struct AllowanceHold: Equatable {
        /// Reading stops now (no other hold was in place).
        var pausesInput: Bool
        /// Visit the connection this much later to see whether the allowance is back.
        var checkIn: UInt64
        var limit: GatewayMetrics.InboundLimit
    }

    /// What to do with a frame that arrived.
    enum FrameVerdict: Equatable {
        /// The connection is closed: drop it.
        case ignore
        /// Hand it to the assembler; `hold`: the client is out of allowance.
        case handle(hold: AllowanceHold?)
    }

    /// What to do with a request that parsed.
    enum RequestAction: Equatable {
        /// Apply the ack now: no request waits ahead of it.
        case acknowledge(MatchID, through: Int64)
        /// Queued behind the requests received before it.
        case queued(QueuedRequest)
        /// Too many requests wait (not reached while the backlog hold works): refuse it.
        case refuse
    }

    struct QueuedRequest: Equatable {
        /// The backlog is full: stop reading now.
        var pausesInput: Bool
        /// The client ran out of request allowance.
        var hold: AllowanceHold?
        /// No runner is working through the requests: start one.
        var startsRunner: Bool
    }

    /// The runner's next step.
    enum RunnerStep: Equatable {
        /// Run this request; first resume reading when `resumesInput` (the backlog is half done).
        case run(ClientMessage, resumesInput: Bool)
        /// The connection is closed: leave every hub, and stop.
        case leaveHubs
        /// Nothing waits: stop (a later request starts a new runner).
        case finished
    }

    /// What a request to close asks of the connection.
    enum CloseAction: Equatable {
        case none
        /// Write what waits; ``queueFlushed(at:)`` closes once nothing does.
        case flushFirst
        /// Write what the socket takes now and drop the rest, then the close frame; read again
        /// when `resumesInput` (the peer's answer must be read, whatever held its input). The
        /// closing grace starts now.
        case sendCloseFrame(CloseCode, reason: String, resumesInput: Bool)
    }

    /// The peer broke a rule (RFC 6455 §7.1.7).
    struct Failure: Equatable {
        /// Send the close frame (the connection was open); the closing grace starts now.
        var sendsCloseFrame: Bool
        var transport: TransportClose
    }

    /// The peer sent its close frame.
    struct PeerClose: Equatable {
        /// Answer with the peer's code (RFC 6455 §5.5.1): we had not sent ours. The closing grace
        /// starts now.
        var echoes: Bool
        var transport: TransportClose
    }

    /// A visit (periodic upkeep or one the connection asked for).
    enum Visit: Equatable {
        /// Closed: nothing to do.
        case none
        /// Closing: end the TCP connection (the grace is over) and visit again after `checkIn`.
        case closing(TransportClose?, checkIn: UInt64)
        /// Open: resume reading (the allowance is back), or visit again after `checkIn` to see.
        /// Then the connection goes on with ``checkSilence(at:timing:isWritable:)``.
        case open(resumesInput: Bool, checkIn: UInt64?)
    }

    enum Silence: Equatable {
        case heard
        /// Silent past `HEARTBEAT_TIMEOUT_MS` while its socket takes writes: fail it (1011).
        case timedOut
        /// Silent and its socket full: the peer is gone. Close the TCP connection now; closing
        /// began.
        case gone
    }

    enum Heartbeat: Equatable {
        case none
        /// Send a ping now.
        case ping
        /// A ping is owed: it rides with the next delivery; visit again after `checkIn` to send
        /// it alone if none came.
        case waitForRide(checkIn: UInt64)
    }

    /// Requests (and acks behind them) a client may have waiting; at this many the socket is not
    /// read until half are done.
    static let maxPendingRequests = 64
    /// Requests past `MAX_SUBSCRIPTIONS` tolerated before the connection is closed (1008).
    static let maxOverLimitStrikes = 3
    /// How long we wait for the peer's close frame after sending ours.
    static let closeGrace: UInt64 = 2_000_000_000

    private(set) var lifecycle = Lifecycle.open
    /// Why the socket is not read now; it is read while this is empty.
    private(set) var inputHolds = InputHolds()
    /// A ping fell due (at `lastPing`) while the client held subscriptions: it rides with the
    /// next delivery, one send for both, unless none comes within `Timing.pingRide`.
    private(set) var pingOwed = false
    private var runningRequests = false
    /// A close of the TCP connection after pending writes was asked once already.
    private var transportClosing = false
    private var overLimitStrikes: UInt8 = 0
    private var lastHeard: UInt64
    private var lastPing: UInt64
    private var allowance: InboundAllowance
    private var rejections = RejectionWindow()
    private var pendingRequests = Deque<ClientMessage>()
    /// A restart close waiting for the outbound queue to be written (``closeRequested(_:reason:flushing:at:)``).
    private var closeWhenFlushed: (code: CloseCode, reason: String)?

    init(now: UInt64, rates: InboundAllowance.Rates) {
        lastHeard = now
        lastPing = now
        allowance = InboundAllowance(rates: rates, now: now)
    }

    /// Messages are read and written: no close frame was sent or received.
    var isOpen: Bool { lifecycle == .open }

    /// Deltas may be handed over: open, and not draining the queue before a restart close.
    var takesDeltas: Bool { lifecycle == .open && closeWhenFlushed == nil }

    /// A close waits for the outbound queue to be written (call ``queueFlushed(at:)`` when it is).
    var closesWhenFlushed: Bool { closeWhenFlushed != nil }

    // MARK: Input

    mutating func frameReceived(at now: UInt64, timing: Timing) -> FrameVerdict {
        guard lifecycle != .closed else { return .ignore }
        lastHeard = now
        guard lifecycle == .open else { return .handle(hold: nil) }
        let wait = allowance.spendFrame(at: now, rates: timing.rates)
        return .handle(hold: wait > 0 ? holdForAllowance(wait, limit: .frames) : nil)
    }

    /// A request the client sent, in order; `now` is when its frame arrived.
    mutating func requestReceived(_ request: ClientMessage, at now: UInt64, timing: Timing) -> RequestAction {
        if case .ack(let match, let seq) = request, !runningRequests {
            return .acknowledge(match, through: seq)
        }
        guard pendingRequests.count < Self.maxPendingRequests else { return .refuse }
        pendingRequests.append(request)
        var queued = QueuedRequest(pausesInput: false, hold: nil, startsRunner: !runningRequests)
        if pendingRequests.count >= Self.maxPendingRequests, !inputHolds.contains(.backlog) {
            // Back-pressure, not refusal: a burst of requests (an app subscribing to every live
            // match at once) waits in the socket until half of these are done.
            queued.pausesInput = hold(.backlog)
        }
        if case .ack = request {
        } else {
            let wait = allowance.spendRequest(at: now, rates: timing.rates)
            if wait > 0 { queued.hold = holdForAllowance(wait, limit: .requests) }
        }
        runningRequests = true
        return .queued(queued)
    }

    /// The runner asks for its next request; a request leaves the queue only while open.
    mutating func nextRequest() -> RunnerStep {
        if lifecycle == .open, let request = pendingRequests.popFirst() {
            var resumes = false
            if inputHolds.contains(.backlog), pendingRequests.count <= Self.maxPendingRequests / 2 {
                resumes = release(.backlog)  // may queue more requests, behind these
            }
            return .run(request, resumesInput: resumes)
        }
        runningRequests = false
        pendingRequests = Deque()  // an idle connection keeps no request storage
        return lifecycle == .closed ? .leaveHubs : .finished
    }

    /// A subscribe past `MAX_SUBSCRIPTIONS`; returns whether the connection must close (1008)
    /// rather than refuse it.
    mutating func subscriptionRefused() -> Bool {
        overLimitStrikes = min(overLimitStrikes + 1, UInt8(Self.maxOverLimitStrikes + 1))
        return Int(overLimitStrikes) > Self.maxOverLimitStrikes
    }

    /// An unsubscribe took effect: the client is within its limit again.
    mutating func unsubscribed() {
        overLimitStrikes = 0
    }

    /// A message of the client was refused; returns whether the connection must close (1008):
    /// too many refusals within the window.
    mutating func rejected(at now: UInt64) -> Bool {
        rejections.record(at: now)
    }

    private mutating func holdForAllowance(_ wait: UInt64, limit: GatewayMetrics.InboundLimit) -> AllowanceHold? {
        guard !inputHolds.contains(.allowance) else { return nil }
        return AllowanceHold(pausesInput: hold(.allowance), checkIn: wait, limit: limit)
    }

    /// Returns whether reading stops now.
    private mutating func hold(_ reason: InputHolds) -> Bool {
        defer { inputHolds.insert(reason) }
        return inputHolds.isEmpty
    }

    /// Returns whether reading resumes now.
    private mutating func release(_ reason: InputHolds) -> Bool {
        inputHolds.remove(reason) != nil && inputHolds.isEmpty
    }

    // MARK: Closing

    /// The gateway closes the connection with `code`. `flushing` (a restart close, PROTOCOL.md
    /// §5): the outbound queue is written first, however slowly the client reads, and no new
    /// delta is taken meanwhile; a later close that does not flush overrides it.
    mutating func closeRequested(_ code: CloseCode, reason: String, flushing: Bool, at now: UInt64) -> CloseAction {
        guard lifecycle == .open else { return .none }
        if flushing {
            guard closeWhenFlushed == nil else { return .none }
            closeWhenFlushed = (code, reason)
            return .flushFirst
        }
        closeWhenFlushed = nil
        lifecycle = .closing(since: now)
        let resumes = !inputHolds.isEmpty
        inputHolds = []
        return .sendCloseFrame(code, reason: reason, resumesInput: resumes)
    }

    /// The outbound queue is empty: a close that waited for it goes now.
    mutating func queueFlushed(at now: UInt64) -> CloseAction {
        guard let (code, reason) = closeWhenFlushed else { return .none }
        return closeRequested(code, reason: reason, flushing: false, at: now)
    }

    /// The peer broke a rule: close frame (if we had not sent ours), then a lingering close.
    mutating func fail(at now: UInt64) -> Failure {
        let sends = lifecycle == .open
        if sends { lifecycle = .closing(since: now) }
        return Failure(sendsCloseFrame: sends, transport: closeTransport(lingering: true, at: now))
    }

    mutating func peerClosed(at now: UInt64) -> PeerClose {
        let echoes = lifecycle == .open
        if echoes { lifecycle = .closing(since: now) }
        return PeerClose(echoes: echoes, transport: closeTransport(lingering: false, at: now))
    }

    /// Ends the TCP connection: after pending writes the first time, at once the second (the
    /// peer reads nothing, and must not hold its slot forever).
    mutating func closeTransport(lingering: Bool = false, at now: UInt64) -> TransportClose {
        if lifecycle == .open { lifecycle = .closing(since: now) }
        if transportClosing { return .now }
        transportClosing = true
        return .afterPendingWrites(lingering: lingering)
    }

    /// The TCP connection is gone. Returns nil when it was already; else whether to start a
    /// runner, which leaves every hub (one that runs leaves them when it ends).
    mutating func channelClosed() -> Bool? {
        guard lifecycle != .closed else { return nil }
        lifecycle = .closed
        inputHolds = []
        closeWhenFlushed = nil
        guard !runningRequests else { return false }
        runningRequests = true
        return true
    }

    // MARK: Visits and heartbeat

    /// Periodic upkeep: the closing grace, the allowance hold.
    mutating func visit(at now: UInt64, timing: Timing) -> Visit {
        switch lifecycle {
        case .closed:
            return .none
        case .closing(let since):
            let waited = Self.elapsed(since: since, now: now)
            guard waited >= Self.closeGrace else { return .closing(nil, checkIn: Self.closeGrace - waited) }
            return .closing(closeTransport(at: now), checkIn: Self.closeGrace)
        case .open:
            break
        }
        guard inputHolds.contains(.allowance) else { return .open(resumesInput: false, checkIn: nil) }
        let wait = allowance.waitUntilReplenished(at: now, rates: timing.rates)
        guard wait == 0 else { return .open(resumesInput: false, checkIn: wait) }
        // Heard: it was sending when paused, and what it sent since is read after this.
        lastHeard = max(lastHeard, now)
        return .open(resumesInput: release(.allowance), checkIn: nil)
    }

    /// Whether the client has gone silent. A client whose input waits for its allowance is not
    /// silent: what it sent is unread.
    mutating func checkSilence(at now: UInt64, timing: Timing, isWritable: Bool) -> Silence {
        guard lifecycle == .open, !inputHolds.contains(.allowance),
            Self.elapsed(since: lastHeard, now: now) >= timing.heartbeatTimeout
        else { return .heard }
        if isWritable { return .timedOut }
        lifecycle = .closing(since: now)
        return .gone
    }

    /// Pings every `HEARTBEAT_MS`. A subscriber's ping waits up to `Timing.pingRide` for a
    /// delivery to ride with: a ping of its own costs a system call, and at 15,000 viewers those
    /// were a thirtieth of the gateway's sends (`Benchmarks/RESULTS.md`).
    mutating func heartbeat(at now: UInt64, timing: Timing, subscribed: Bool) -> Heartbeat {
        guard lifecycle == .open else { return .none }
        if pingOwed {
            let waited = Self.elapsed(since: lastPing, now: now)
            // An earlier visit (an ack check) took the one the ride asked for.
            guard waited >= timing.pingRide else { return .waitForRide(checkIn: timing.pingRide - waited) }
            pingOwed = false
            return .ping
        }
        guard Self.elapsed(since: lastPing, now: now) >= timing.heartbeat else { return .none }
        lastPing = now
        guard !subscribed else {
            pingOwed = true
            return .waitForRide(checkIn: timing.pingRide)
        }
        return .ping
    }

    /// A delivery is written now: returns whether the owed ping goes with it.
    mutating func pingRides() -> Bool {
        defer { pingOwed = false }
        return pingOwed
    }

    /// Nanoseconds from `start` to `now`, 0 when `start` is later: a visit's `now` is read once
    /// per pass, and a frame the visit let in may have stamped a later time already.
    static func elapsed(since start: UInt64, now: UInt64) -> UInt64 {
        now > start ? now - start : 0
    }
}

import CreaseProtocol
import NIOCore
import NIOWebSocket

/// What a WebSocket connection serves.
enum ConnectionRole: Sendable {
    /// `/v1/ws`: the Crease protocol.
    case crease
    /// `/v1/echo` (test only): the same frame handling, echoing every message, sending nothing
    /// of its own.
    case echo
}

/// One client's WebSocket connection: its subscriptions, ack clocks and bounded outbound queue.
///
/// The actor runs on its channel's event loop (a custom executor), so the match actors' fan-out
/// reaches it synchronously inside one `execute` per loop, and its channel handler calls it
/// without a hop. An idle connection owns no task, stream or buffer: the queue, subscriptions
/// and command list allocate only when used.
///
/// Guarantees: nothing is written past the channel's writability; what waits is bounded by
/// `OUTBOUND_QUEUE_DEPTH` and `OUTBOUND_QUEUE_BYTES`; every drop is followed by a `resync`;
/// subscribe and unsubscribe requests take effect in the order the client sent them.
actor GatewayConnection {
    private struct Subscription {
        let hub: MatchHub
        var clock: AckClock
        /// The client asked for conflation (protocol 1.1): its waiting deltas fold into one.
        /// (Here, in the clock's tail padding: the record does not grow.)
        var conflates: Bool
        /// Deltas at or below this seq are already in what the client was sent (its snapshot).
        var skipThrough: Int64
    }

    nonisolated let eventLoop: any EventLoop
    nonisolated let role: ConnectionRole
    /// The permessage-deflate cohort of this client; nil without compression.
    nonisolated let deflate: NegotiatedDeflate?
    /// A delta may be unacknowledged: set when one is handed over, kept by each scan of the ack
    /// clocks. A visit before ``ackScanDue`` asks for another then only while this is set, so
    /// that a client with nothing to ack is not visited for nothing. (In padding too.)
    private var ackPending = false
    /// No ack clock can run out before this second of the loop's clock (whole seconds, wrapping
    /// at 2^16: a valid value is at most `ACK_TIMEOUT_MS` rounded up to a second ahead, at most
    /// 3,601 s, and anything further ahead reads as due, so it stays right while visits are
    /// less than 17 hours apart; the sweep visits every connection every quarter of
    /// `HEARTBEAT_MS`, at most 15 minutes). A visit before it skips the scan of every
    /// subscription, which a client holding many of them and visited often for its input
    /// allowance would otherwise pay at each visit. Two bytes, here after `role` and `deflate`,
    /// so that it sits in their padding: the actor does not grow (408 bytes before and after).
    private var ackScanDue: UInt16
    nonisolated var unownedExecutor: UnownedSerialExecutor { eventLoop.executor.asUnownedSerialExecutor() }

    private let environment: GatewayEnvironment
    private var boundSession: BoundTransport?
    private var assembler: InboundMessageAssembler
    private var queue: OutboundQueue<ByteBuffer>
    /// Most clients watch one match: its subscription is held inline (``MatchTable``).
    private var subscriptions = MatchTable<Subscription>()
    /// Lifecycle, closing handshake, heartbeat, input holds and request order: the rules, as a
    /// value type whose actions this actor performs.
    private var machine: ConnectionStateMachine
    /// Kept by `writabilityChanged(isWritable:)`.
    private var socketWritable: Bool
    /// The socket's buffering was limited at this client's first conflating subscription
    /// (`CONFLATE_SEND_BUFFER`; see `beginSubscription`).
    private var bufferingLimited = false
    /// When the visit this connection asked of its loop's timing wheel falls due; 0 when it asked
    /// for none (see `watch(dueIn:now:)`).
    private var watchedUntil: UInt64 = 0
    /// `queue.byteCount` as last reported to the gateway-wide total.
    private var reportedQueuedBytes = 0
    /// The inflate stream of a client that keeps its compression context; created at its first
    /// compressed message.
    private var ownInflater: MessageInflater?
    /// The shared deflate stream this client's decoder is in step with, if any
    /// (`COMPRESSION=context`).
    private var seat = CohortSeat()

    /// The longest a shed delta's resync waits for a write to ride with.
    private static let shedResyncDelay: UInt64 = 500_000_000

    init(
        session: BoundTransport, eventLoop: any EventLoop, role: ConnectionRole,
        deflate: NegotiatedDeflate?, environment: GatewayEnvironment, isWritable: Bool = true
    ) {
        self.boundSession = session
        self.socketWritable = isWritable
        self.eventLoop = eventLoop
        self.role = role
        self.deflate = deflate
        self.environment = environment
        self.assembler = InboundMessageAssembler(
            maxMessageBytes: environment.configuration.webSocket.maxMessageBytes, compressionNegotiated: deflate != nil)
        self.queue = OutboundQueue(limits: environment.queueLimits)
        let now = NIODeadline.now().uptimeNanoseconds
        self.ackScanDue = Self.seconds(now)
        self.machine = ConnectionStateMachine(now: now, rates: environment.connectionTiming.rates)
    }

    // MARK: Channel events (called by WebSocketSession on the loop)

    func started() {
        environment.connections.shard(on: eventLoop).add(self)
        if role == .crease {
            write(environment.helloFrame, flush: true)
        }
    }

    func received(_ frame: InboundFrame) {
        let now = NIODeadline.now().uptimeNanoseconds
        guard case .handle(let hold) = machine.frameReceived(at: now, timing: environment.connectionTiming) else {
            return
        }
        if let hold { perform(hold, now: now) }
        act(on: assembler.receive(frame), receivedAt: now)
    }

    /// Stops reading until the client's allowance is back: the visit it asks for resumes it.
    private func perform(_ hold: ConnectionStateMachine.AllowanceHold, now: UInt64) {
        environment.metrics.recordInputHeld(hold.limit)
        if hold.pausesInput { session?.pauseInput() }
        watch(dueIn: hold.checkIn, now: now)
    }

    private func act(on action: InboundMessageAssembler.Action, receivedAt now: UInt64) {
        switch action {
        case .compressed(let opcode, let payload):
            guard machine.isOpen else { return }
            act(on: assembler.inflated(opcode: opcode, inflate(payload)), receivedAt: now)
        case .none:
            break
        case .ping(let payload):
            // A peer that pings without reading gets no unbounded pile of pongs: RFC 6455 §5.5.3
            // allows answering only the latest. (The pongs of one read leave in one send: the
            // session holds a flush asked during a read until its last frame.)
            if machine.isOpen, isWritable {
                write(ServerFrame.encode(opcode: .pong, payload: payload), flush: true)
            }
        case .text(let payload):
            guard machine.isOpen else { return }
            if role == .echo {
                write(messageFrame(.text, payload), flush: true)
            } else {
                handleMessage(payload, receivedAt: now)
            }
        case .binary(let payload):
            guard machine.isOpen else { return }
            if role == .echo {
                write(messageFrame(.binary, payload), flush: true)
            } else {
                reject(.binaryNotSupported, "binary frames are not supported; send JSON text frames")
            }
        case .peerClosed(let code, _):
            let close = machine.peerClosed(at: now)
            if close.echoes {
                // Echo the peer's code, as RFC 6455 §5.5.1 asks, then end the TCP connection.
                let answer =
                    code.map { ServerFrame.closeRaw($0) }
                    ?? ServerFrame.encode(opcode: .connectionClose, payload: [UInt8]())
                write(answer, flush: true)
                watchClosing(now: now)
            }
            perform(close.transport)
        case .fail(let code, let reason):
            fail(code, reason: reason)
        }
    }

    /// Inflates a compressed message with the loop's shared stream, or this client's own when it
    /// keeps its context; capped at `MAX_MESSAGE_BYTES`.
    private func inflate(_ payload: ByteBuffer) -> Result<ByteBuffer, MessageInflater.Failure> {
        let inflater: MessageInflater
        if deflate?.clientKeepsContext == true {
            if ownInflater == nil { ownInflater = MessageInflater(keepsContext: true) }
            inflater = ownInflater!
        } else {
            inflater = environment.connections.shard(on: eventLoop).codecs.sharedInflater
        }
        return inflater.decompress(
            payload.readableBytesView, limit: environment.configuration.webSocket.maxMessageBytes
        )
        .map { ByteBuffer(bytes: $0) }
    }

    /// A complete frame for a message of our own: compressed when this client agreed to it and
    /// the message is large enough.
    private func messageFrame(_ opcode: WebSocketOpcode, _ payload: ByteBuffer) -> ByteBuffer {
        guard let deflate = ownDeflate, let minimum = environment.compressionMinBytes else {
            return ServerFrame.encode(opcode: opcode, payload: payload)
        }
        return environment.connections.shard(on: eventLoop).codecs.frame(
            opcode: opcode, payload: payload, windowBits: Int(deflate.windowBits), minimumBytes: minimum,
            metrics: environment.metrics)
    }

    func framingFailed(_ error: NIOWebSocketError) {
        switch error {
        case .invalidFrameLength:
            fail(
                .messageTooBig, reason: "frame larger than \(environment.configuration.webSocket.maxMessageBytes) bytes"
            )
        default:
            fail(.protocolError, reason: "malformed frame")
        }
    }

    func writabilityChanged(isWritable: Bool) {
        socketWritable = isWritable
        drain()
    }

    func channelClosed() {
        guard let startsRunner = machine.channelClosed() else { return }
        boundSession = nil
        queue = OutboundQueue(limits: queue.limits)
        reportQueuedBytes()
        environment.connections.shard(on: eventLoop).remove(self)
        if startsRunner {
            Task { await self.runRequests() }  // leaves every hub
        }
    }

    /// Periodic upkeep from the loop's shard: heartbeats, ack timeouts, close deadlines. A
    /// connection is visited when what it waits for falls due (an ack, the end of a close: it
    /// asks with `watch(dueIn:now:)`), and once a sweep (`ConnectionRegistry`).
    func tick(now: UInt64) {
        let timing = environment.connectionTiming
        switch machine.visit(at: now, timing: timing) {
        case .none:
            return
        case .closing(let transport, let checkIn):
            if let transport { perform(transport) }
            watch(dueIn: checkIn, now: now)
            return
        case .open(let resumesInput, let checkIn):
            if let checkIn { watch(dueIn: checkIn, now: now) }
            if resumesInput {
                // Hands over what waited (here, for what the session holds; SwiftNIO reads the
                // rest at its next read), which may close the connection.
                session?.resumeInput()
                guard machine.isOpen else { return }
            }
        }
        switch machine.checkSilence(at: now, timing: timing, isWritable: isWritable) {
        case .heard:
            break
        case .timedOut:
            fail(.internalError, reason: "heartbeat timeout")
            return
        case .gone:
            watchClosing(now: now)
            session?.closeNow()  // the peer is gone: a plain TCP close.
            return
        }
        // A shed delta's resync that found no write to ride with.
        if !queue.isEmpty, isWritable { drain() }
        if role == .crease {
            switch machine.heartbeat(at: now, timing: timing, subscribed: !subscriptions.isEmpty) {
            case .none: break
            case .ping: if isWritable { write(environment.pingFrame, flush: true) }
            case .waitForRide(let checkIn): watch(dueIn: checkIn, now: now)
            }
        }
        let secondsAhead = UInt64(ackScanDue &- Self.seconds(now))
        if secondsAhead > 0, secondsAhead <= environment.ackTimeoutNanoseconds / 1_000_000_000 + 1 {
            // Not yet: a visit then (this one may have been the one asked for it).
            if ackPending {
                watch(dueIn: secondsAhead * 1_000_000_000 - now % 1_000_000_000, now: now)
            }
            return
        }
        scanAckClocks(now: now)
    }

    /// Acts on every subscription whose oldest unacknowledged delta is `ACK_TIMEOUT_MS` old or
    /// older (``ackTimedOut(_:)``: a `resync`, or nothing for a conflating subscription with at
    /// most one delta waiting), asks for a visit when the next one will run out, and sets
    /// ``ackScanDue`` and ``ackPending``.
    private func scanAckClocks(now: UInt64) {
        let timeout = environment.ackTimeoutNanoseconds
        var soonest: UInt64?
        for match in subscriptions.matches {
            // The getter (a copy of one value per tick), not `update`: `matches` holds the table's
            // keys, so a change here would copy the whole table.
            guard let age = subscriptions[match]?.clock.oldestUnackedAge(at: now) else { continue }
            if age >= timeout {
                ackTimedOut(match)
            } else {
                soonest = min(soonest ?? .max, timeout - age)
            }
        }
        if let soonest { watch(dueIn: soonest, now: now) }
        ackPending = soonest != nil
        // A delta handed over after this scan runs out no sooner than a timeout after this `now`:
        // sends are stamped with clocks read on this loop, after this visit's (fan-out passes and
        // visits do not interleave; later visit rounds use the later of their own time and the
        // clock). A sixteenth of the timeout early all the same, as a margin for a caller's
        // clock read a little before (tests drive visits with times of their own).
        let quiet = min(soonest ?? .max, timeout - timeout / 16)
        ackScanDue = Self.seconds(now &+ quiet)
    }

    /// `nanoseconds` of the loop's clock in whole seconds, wrapping (for ``ackScanDue``).
    private static func seconds(_ nanoseconds: UInt64) -> UInt16 {
        UInt16(truncatingIfNeeded: nanoseconds / 1_000_000_000)
    }

    /// The visit asked of the timing wheel: it was taken off the wheel, and asks again if it
    /// still waits.
    func wheelVisit(now: UInt64) {
        watchedUntil = 0
        tick(now: now)
    }

    /// Asks the loop's timing wheel for a visit `nanoseconds` from now, unless one is due sooner.
    private func watch(dueIn nanoseconds: UInt64, now: UInt64) {
        let due = now &+ nanoseconds
        guard watchedUntil == 0 || due < watchedUntil else { return }
        watchedUntil = due
        environment.connections.shard(on: eventLoop).watch(self, dueIn: nanoseconds)
    }

    /// Closing began at `now`: a visit at the end of its grace ends the TCP connection if the
    /// peer has not.
    private func watchClosing(now: UInt64) {
        watch(dueIn: ConnectionStateMachine.closeGrace, now: now)
    }

    // MARK: Fan-out (called by the loop's fan-out passes, `LoopFanout`)

    /// Hands `match`'s deltas to this client, in seq order (`wires[i]`: the frame of `deltas[i]`
    /// for this client's deflate cohort), and flushes what it wrote: one subscription lookup, one
    /// ack-clock mark and one flush for the deltas of one call (one system call for k deltas),
    /// and a write per delta. Deltas at or below the subscription's start are not this client's; what the
    /// socket cannot take now waits in the queue under its bounds.
    ///
    /// Returns the deltas written to the socket (indices of `deltas`): those not this client's
    /// come first and, once one waits in the queue, every later one waits behind it, so the
    /// written ones are one range. (Shed deltas go to ``shed(_:of:now:)``.)
    func deliver(
        _ deltas: ArraySlice<DeltaFrame>, wires: ArraySlice<ByteBuffer>, of match: MatchID, now: UInt64
    ) -> Range<Int> {
        guard let (skipThrough, ackOverdue, conflates) = takingDeltas(of: match, now: now) else {
            return deltas.startIndex..<deltas.startIndex
        }
        var next = deltas.startIndex
        while next < deltas.endIndex, deltas[next].seq <= skipThrough { next += 1 }
        guard next < deltas.endIndex else { return next..<next }
        // One mark for the run: its deltas were all handed over at `now`.
        let lastSeq = deltas[deltas.endIndex - 1].seq
        if ackOverdue { ackTimedOut(match) }  // may write and flush a resync, and close
        subscriptions.update(match) { $0.clock.sent(seq: lastSeq, at: now) }
        ackPending = true
        // Even when a visit is asked for already: it may be a later one (a ping waiting for a
        // delta to ride, an allowance), and the timeout must be acted on within a tick.
        watch(dueIn: environment.ackTimeoutNanoseconds, now: now)
        let first = next
        if queue.isEmpty, let session {
            // Only while the socket takes writes (the last run may have filled it): else the
            // ping stays owed and goes alone, once the socket is writable again.
            if socketWritable, machine.pingRides() {
                session.write(environment.pingFrame)
            }
            // A write past the socket's high-water mark turns `socketWritable` off at once.
            while next < deltas.endIndex, socketWritable {
                session.write(
                    deflate?.serverKeepsContext == true ? seatedWire(deltas[next], writtenNow: true) : wires[next])
                next += 1
            }
        }
        let written = first..<next
        // Before the flush, while the socket is still unwritable: the rest waits in the queue,
        // and the flush's writability change drains it behind what was written.
        while next < deltas.endIndex, machine.isOpen {
            _ = send(
                deflate?.serverKeepsContext == true ? seatedWire(deltas[next], writtenNow: false) : wires[next],
                of: match, priority: deltas[next].priority,
                conflation: conflates ? deltas[next].conflation : nil)
            next += 1
        }
        if !written.isEmpty { session?.flush() }
        return written
    }

    /// The frame of `delta` for a client that lets the server keep its context: its match's
    /// shared-stream frame while this client's decoder is in step with that stream (only for a
    /// frame written now: one that waits in the queue could be dropped or folded there, so the
    /// seat ends; and only while the client has one subscription), else the frame compressed
    /// without context (deflated on first need, once per delta and window size), or the plain
    /// frame while this client is seated in another stream (``CohortSeat``).
    private func seatedWire(_ delta: DeltaFrame, writtenNow: Bool) -> ByteBuffer {
        let choice: CohortSeat.Choice
        let shared = deflate.flatMap { delta.shared?.frame(windowBits: $0.windowBits) }
        if let shared {
            choice =
                writtenNow && subscriptions.count == 1 ? seat.write(at: shared.position) : seat.bypass(shared.position)
        } else {
            choice = seat.outOfStream
        }
        switch choice {
        case .shared: return shared!.wire
        case .own:
            let codecs = environment.connections.shard(on: eventLoop).codecs
            return delta.wire(for: deflate, codecs: codecs, metrics: environment.metrics)
        case .plain: return delta.wire
        }
    }

    /// This client's deflate settings for a message outside every shared stream: none (plain)
    /// while it is seated in one, whose window a message compressed on its own would change.
    private var ownDeflate: NegotiatedDeflate? { seat.isSeated ? nil : deflate }

    /// Drops, for this client, the deltas of a run of `match` that the gateway is shedding
    /// (`shed`: their seqs and priorities, in order), with one `resync` `shed` for all of them:
    /// the fan-out calls this once per subscriber per run, at the first shed delta, so that a
    /// shedding gateway visits each subscriber once per run, not once per delta. Deltas at or
    /// below the subscription's start are not this client's and are not counted. Returns the
    /// drops to count.
    func shed(_ shed: ArraySlice<(seq: Int64, priority: Priority)>, of match: MatchID, now: UInt64) -> MessageDrops {
        var drops = MessageDrops()
        guard let (skipThrough, ackOverdue, _) = takingDeltas(of: match, now: now) else { return drops }
        for delta in shed where delta.seq > skipThrough { drops[delta.priority] += 1 }
        guard drops.total > 0 else { return drops }
        if ackOverdue { ackTimedOut(match) }
        // Never silently (PROTOCOL.md §2.3): the resync waits in the queue, coalescing every drop
        // of the match, until the next write to this client (it goes first) or at most
        // `shedResyncDelay`: shedding must cost less than delivering (no write per shed delta),
        // or it feeds the overload it answers.
        queue.scheduleResync(for: match, reason: .shed)
        watch(dueIn: Self.shedResyncDelay, now: now)
        return drops
    }

    /// While the connection takes deltas of `match`, in one look at its subscription: the
    /// subscription's start (deltas at or below it are not this client's), and whether an ack is
    /// overdue at `now` (then, before more is handed over, the subscription times out: its queued
    /// deltas dropped, `resync` `slow_consumer`); and whether the subscription conflates. Nil
    /// when it takes none (not subscribed, closing, or draining its queue before a restart close).
    private func takingDeltas(
        of match: MatchID, now: UInt64
    ) -> (skipThrough: Int64, ackOverdue: Bool, conflates: Bool)? {
        guard machine.takesDeltas else { return nil }
        let timeout = environment.ackTimeoutNanoseconds
        return subscriptions.update(match) { subscription in
            let age = subscription.clock.oldestUnackedAge(at: now)
            return (subscription.skipThrough, age.map { $0 >= timeout } ?? false, subscription.conflates)
        }
    }

    /// Tells this client that `match` may have lost deltas (bus gap or reconnect).
    func scheduleResync(of match: MatchID, reason: ResyncReason) {
        guard machine.isOpen, subscriptions.contains(match) else { return }
        queue.scheduleResync(for: match, reason: reason)
        drain()
    }

    /// Starts (or restarts) `match` for this client: what it must receive first, then live deltas
    /// above `skipThrough`. Called by the match actor, in order with its fan-out.
    func beginSubscription(
        of match: MatchID,
        hub: MatchHub,
        snapshot: DeltaFrame?,  // the snapshot message, shared like a delta
        replay: [DeltaFrame],
        skipThrough: Int64,
        conflate: Bool = false
    ) {
        if subscriptions.contains(match) {
            environment.metrics.recordDrops(queue.discardMessages(of: match), reason: .resubscribe)
            queue.cancelResync(for: match)
        }
        // Recorded even when closing, so that leaving every hub on close finds this one too.
        subscriptions[match] = Subscription(
            hub: hub,
            clock: AckClock(granularity: environment.ackTimeoutNanoseconds / 16),
            conflates: conflate,
            skipThrough: skipThrough
        )
        // Seated only with one subscription: the others' deltas would go plain to it, which
        // costs more than every match compressed on its own.
        if subscriptions.count > 1 { seat.leave() }
        guard machine.isOpen else { return }
        if conflate, !bufferingLimited, let limit = environment.configuration.webSocket.conflateSendBuffer {
            // A client that asks for conflation prefers the newest state to every delta: what
            // waits for it must wait in the queue, where it folds, not in socket buffers, where
            // 190 KB of unfoldable deltas keep a 2G phone minutes behind (`Benchmarks/RESULTS.md`).
            bufferingLimited = true
            session?.limitBuffering(to: limit)
        }
        var wrote = false
        let codecs = environment.connections.shard(on: eventLoop).codecs
        if let snapshot {
            let wire = snapshot.wire(for: ownDeflate, codecs: codecs, metrics: environment.metrics)
            wrote = send(wire, of: match, priority: .critical, isSnapshot: true) || wrote
        }
        let now = NIODeadline.now().uptimeNanoseconds
        if !replay.isEmpty {
            ackPending = true
            watch(dueIn: environment.ackTimeoutNanoseconds, now: now)
        }
        if conflate, replay.count > 1 {
            // A client resuming after a blackout gets the state it missed in as few deltas as
            // compose, not the whole run.
            for run in foldedReplay(replay) {
                subscriptions[match]!.clock.sent(seq: run.seq, at: now)
                wrote = send(run.wire, of: match, priority: run.priority, conflation: run.conflation) || wrote
            }
        } else {
            for delta in replay {
                subscriptions[match]!.clock.sent(seq: delta.seq, at: now)
                // One subscriber: straight to the shared cohort frame, no per-loop cache to build.
                let wire = delta.wire(for: ownDeflate, codecs: codecs, metrics: environment.metrics)
                wrote =
                    send(wire, of: match, priority: delta.priority, conflation: conflate ? delta.conflation : nil)
                    || wrote
            }
        }
        if wrote { session?.flush() }
        reportQueuedBytes()
    }

    // MARK: Client messages

    private func handleMessage(_ payload: ByteBuffer, receivedAt now: UInt64) {
        let request: ClientMessage
        switch ClientMessage.decode(payload.readableBytesView) {
        case .failure(let rejection):
            reject(rejection.code, rejection.message)
            return
        case .success(let decoded):
            request = decoded
        }
        switch machine.requestReceived(request, at: now, timing: environment.connectionTiming) {
        case .acknowledge(let match, let seq):
            acknowledge(match, through: seq)
        case .refuse:
            // Not reached while reading pauses at the backlog's bound; kept so the bound holds
            // regardless.
            reject(.rateLimited, "too many subscribe/unsubscribe requests in flight; wait for the replies")
        case .queued(let queued):
            if queued.pausesInput { session?.pauseInput() }
            if let hold = queued.hold { perform(hold, now: now) }
            if queued.startsRunner { Task { await self.runRequests() } }
        }
    }

    /// Runs subscribe/unsubscribe requests (and the acks behind them) one at a time, in order;
    /// once the connection is closed, leaves every hub. The task exists only while there is work.
    private func runRequests() async {
        while true {
            switch machine.nextRequest() {
            case .run(let request, let resumesInput):
                if resumesInput { session?.resumeInput() }  // may queue more, behind these
                switch request {
                case .subscribe(let match, let since, let conflate):
                    await subscribe(to: match, since: since, conflate: conflate)
                case .unsubscribe(let match): await unsubscribe(from: match)
                case .ack(let match, let seq): acknowledge(match, through: seq)
                }
            case .leaveHubs:
                let hubs = subscriptions.values.map(\.hub)
                subscriptions.removeAll()
                for hub in hubs {
                    await hub.remove(self)
                }
                return
            case .finished:
                return
            }
        }
    }

    private func acknowledge(_ match: MatchID, through seq: Int64) {
        guard subscriptions.update(match, { $0.clock.acked(through: seq) }) != nil else {
            reject(.notSubscribed, "not subscribed to '\(match)'")
            return
        }
    }

    private func subscribe(to match: MatchID, since: Int64?, conflate: Bool) async {
        if !subscriptions.contains(match), subscriptions.count >= environment.configuration.webSocket.maxSubscriptions {
            if machine.subscriptionRefused() {
                close(
                    .policyViolation,
                    reason: "subscriptions past the limit of \(environment.configuration.webSocket.maxSubscriptions)")
                return
            }
            reject(
                .tooManySubscriptions,
                "a connection may hold \(environment.configuration.webSocket.maxSubscriptions) subscriptions")
            return
        }
        // A restart: the old subscription must deliver nothing more while the hub prepares the
        // replay or snapshot, or those deltas would arrive twice.
        let previousSkip = subscriptions[match]?.skipThrough
        if previousSkip != nil {
            subscriptions[match]!.skipThrough = .max
            environment.metrics.recordDrops(queue.discardMessages(of: match), reason: .resubscribe)
            queue.cancelResync(for: match)
            reportQueuedBytes()
        }
        defer {
            // The hub did not restart it (failure): give it back, and say it may have missed deltas.
            if let previousSkip, subscriptions[match]?.skipThrough == .max {
                subscriptions[match]!.skipThrough = previousSkip
                queue.scheduleResync(for: match, reason: .gap)
                drain()
            }
        }
        for _ in 0..<8 {
            guard machine.isOpen else { return }
            let hub = environment.hub(for: match)
            switch await hub.subscribe(self, since: since, conflate: conflate) {
            case .joined:
                return
            case .retired:
                continue  // the hub emptied while we asked; the directory has a fresh one
            case .failed(let reason):
                reply(ServerMessage.error(.internalError, message: "cannot subscribe to '\(match)' now: \(reason)"))
                return
            }
        }
        reply(ServerMessage.error(.internalError, message: "cannot subscribe to '\(match)' now; retry"))
    }

    private func unsubscribe(from match: MatchID) async {
        guard let subscription = subscriptions.removeValue(forKey: match) else {
            reject(.notSubscribed, "not subscribed to '\(match)'")
            return
        }
        machine.unsubscribed()
        queue.discardMessages(of: match)
        queue.cancelResync(for: match)
        reportQueuedBytes()
        // Its seat may have been this match's: free it for the next epoch of another.
        seat.leave()
        reply(ServerMessage.unsubscribed(match: match))
        await subscription.hub.remove(self)
    }

    private func reject(_ code: ErrorCode, _ message: String) {
        reply(ServerMessage.error(code, message: message))
        if machine.rejected(at: NIODeadline.now().uptimeNanoseconds) {
            close(.policyViolation, reason: "too many rejected messages")
        }
    }

    private func reply(_ message: [UInt8]) {
        guard machine.isOpen else { return }
        let frame = messageFrame(.text, ByteBuffer(bytes: message))
        if queue.isEmpty, isWritable {
            write(frame, flush: true)
        } else if !queue.enqueueReply(frame) {
            close(.policyViolation, reason: "requests sent faster than replies are read")
        } else {
            drain()
        }
    }

    // MARK: Outbound

    /// Deltas and snapshots waiting in the outbound queue (tests, metrics).
    var queuedMessageCount: Int { queue.messageCount }

    /// The matches whose `resync` waits in the outbound queue (tests).
    var pendingResyncs: [MatchID] { queue.pendingResyncs }

    /// The socket's writability as NIO last reported it (it reports every change, synchronously,
    /// including those our own writes cause): the hot path reads a field, not the channel.
    private var isWritable: Bool { socketWritable && boundSession != nil }

    /// The transport, on its loop (asserted in debug builds; `assert` leaves release builds
    /// without even the call, on a path taken per delivery).
    private var session: (any ConnectionTransport)? {
        assert(eventLoop.inEventLoop, "a connection's transport is touched only on its loop")
        return boundSession?.value
    }

    private func write(_ buffer: ByteBuffer, flush: Bool) {
        guard let session else { return }
        session.write(buffer)
        if flush { session.flush() }
    }

    /// Writes now when nothing waits and the socket takes it; queues otherwise, folded into the
    /// match's waiting delta when the subscription conflates (`conflation` set) and they compose.
    private func send(
        _ frame: ByteBuffer, of match: MatchID, priority: Priority, isSnapshot: Bool = false,
        conflation: OutboundQueue<ByteBuffer>.Conflation? = nil
    ) -> Bool {
        if queue.isEmpty, isWritable {
            write(frame, flush: false)
            return true
        }
        let message = OutboundQueue<ByteBuffer>.Message(
            match: match, priority: priority, byteCount: frame.readableBytes, payload: frame, isSnapshot: isSnapshot,
            conflation: conflation)
        let drops = conflation == nil ? queue.enqueue(message) : queue.enqueue(message, folding: fold)
        environment.metrics.recordDrops(drops, reason: .queueFull)
        drain()
        return false
    }

    /// Keeps the gateway-wide queued-bytes total (overload shedding) in step with this queue.
    private func reportQueuedBytes() {
        environment.shedder.addQueued(queue.byteCount - reportedQueuedBytes)
        reportedQueuedBytes = queue.byteCount
    }

    /// Writes what waits, resyncs first, for as long as the socket accepts; returns whether it
    /// wrote (and flushed) anything.
    @discardableResult
    private func drain() -> Bool {
        guard machine.isOpen else { return false }
        let wrote = writeQueued()
        if machine.closesWhenFlushed, queue.isEmpty {
            perform(machine.queueFlushed(at: NIODeadline.now().uptimeNanoseconds))
        }
        return wrote
    }

    /// Writes what waits, resyncs first, for as long as the socket accepts, and flushes it;
    /// returns whether it wrote anything. Whether it may is the caller's question (``drain()``).
    @discardableResult
    private func writeQueued() -> Bool {
        guard let session else { return false }
        var wrote = false
        while socketWritable, let next = queue.popNext() {
            switch next {
            case .resync(let match, let reason):
                guard subscriptions.contains(match) else { continue }
                session.write(
                    messageFrame(.text, ByteBuffer(bytes: ServerMessage.resync(match: match, reason: reason))))
                environment.metrics.recordResync(reason)
            case .reply(let frame):
                session.write(frame)
            case .message(let message):
                session.write(message.payload)
            }
            wrote = true
        }
        if wrote { session.flush() }
        reportQueuedBytes()
        return wrote
    }

    /// One queued message for two consecutive deltas (or runs) of a conflating subscription,
    /// encoded for this client; nil when their patches do not compose.
    private func fold(
        _ earlier: OutboundQueue<ByteBuffer>.Message, _ later: OutboundQueue<ByteBuffer>.Message
    ) -> OutboundQueue<ByteBuffer>.Message? {
        guard let first = earlier.conflation, let second = later.conflation,
            var run = DeltaRun(message: first.text.readableBytesView),
            let next = DeltaRun(message: second.text.readableBytesView), run.append(next)
        else { return nil }
        environment.metrics.recordConflated(1)  // each run counted its own folds already
        return conflatedMessage(run)
    }

    private func conflatedMessage(_ run: DeltaRun) -> OutboundQueue<ByteBuffer>.Message {
        let text = ByteBuffer(bytes: run.message)
        let frame = messageFrame(.text, text)
        return .init(
            match: run.match, priority: run.priority, byteCount: frame.readableBytes, payload: frame,
            conflation: .init(from: run.from, seq: run.seq, text: text))
    }

    /// A replay as a conflating client receives it: consecutive deltas folded while they
    /// compose; a delta alone keeps its shared frame.
    private func foldedReplay(
        _ replay: [DeltaFrame]
    ) -> [(wire: ByteBuffer, seq: Int64, priority: Priority, conflation: OutboundQueue<ByteBuffer>.Conflation)] {
        let codecs = environment.connections.shard(on: eventLoop).codecs
        var out:
            [(wire: ByteBuffer, seq: Int64, priority: Priority, conflation: OutboundQueue<ByteBuffer>.Conflation)] = []
        var index = replay.startIndex
        while index < replay.endIndex {
            let delta = replay[index]
            var end = index + 1
            if var run = DeltaRun(message: delta.payload.readableBytesView) {
                while end < replay.endIndex, let next = DeltaRun(message: replay[end].payload.readableBytesView),
                    run.append(next)
                {
                    end += 1
                }
                if end - index > 1 {
                    environment.metrics.recordConflated(Int64(end - index - 1))
                    let message = conflatedMessage(run)
                    out.append((message.payload, run.seq, run.priority, message.conflation!))
                    index = end
                    continue
                }
            }
            out.append(
                (
                    delta.wire(for: ownDeflate, codecs: codecs, metrics: environment.metrics), delta.seq,
                    delta.priority,
                    delta.conflation
                ))
            index = end
        }
        return out
    }

    private func ackTimedOut(_ match: MatchID) {
        subscriptions[match]?.clock.restart()
        // A conflating client's waiting deltas are already folded: nothing to drop, no resync,
        // unless a run that does not compose waits behind another.
        if subscriptions[match]?.conflates == true, queue.deltaCount(of: match) <= 1 { return }
        environment.metrics.recordDrops(queue.discardMessages(of: match), reason: .ackTimeout)
        queue.scheduleResync(for: match, reason: .slowConsumer)
        drain()
    }

    // MARK: Closing

    /// Starts the closing handshake; the TCP connection ends when the peer answers or after a
    /// grace period.
    ///
    /// A restart close (1012) waits for the outbound queue to be written first (PROTOCOL.md §5:
    /// queued messages are flushed before the close), however slowly the client reads; meanwhile
    /// it takes no new deltas (the client resumes them with `since` wherever it reconnects). The
    /// drain's deadline ends that wait (`terminate`). Other closes send what the socket takes now.
    func close(_ code: CloseCode, reason: String) {
        close(code, reason: reason, flushing: code == .serviceRestart)
    }

    private func close(_ code: CloseCode, reason: String, flushing: Bool) {
        recordViolation(code)
        let now = NIODeadline.now().uptimeNanoseconds
        perform(machine.closeRequested(code, reason: reason, flushing: flushing, at: now))
    }

    private func perform(_ action: ConnectionStateMachine.CloseAction) {
        switch action {
        case .none:
            break
        case .flushFirst:
            drain()  // closes at once when everything fits; else when the socket has taken it all
        case .sendCloseFrame(let code, let reason, let resumesInput):
            writeQueued()  // what the socket takes now goes before the close frame (§5: flush, then close)
            queue = OutboundQueue(limits: queue.limits)  // nothing may follow the close frame
            reportQueuedBytes()
            write(ServerFrame.close(code, reason: reason), flush: true)
            watchClosing(now: NIODeadline.now().uptimeNanoseconds)
            if resumesInput { session?.resumeInput() }
        }
    }

    /// Sends a close frame and ends the TCP connection without waiting for the peer.
    func terminate(_ code: CloseCode, reason: String) {
        close(code, reason: reason, flushing: false)
        perform(machine.closeTransport(at: NIODeadline.now().uptimeNanoseconds))
    }

    /// Fails the connection (RFC 6455 §7.1.7): close frame, then the TCP connection, with a
    /// lingering close: the peer broke a rule and may still be sending, and its unread bytes
    /// would turn our close into a reset that loses the close frame.
    private func fail(_ code: CloseCode, reason: String) {
        recordViolation(code)
        let now = NIODeadline.now().uptimeNanoseconds
        let failure = machine.fail(at: now)
        if failure.sendsCloseFrame {
            write(ServerFrame.close(code, reason: reason), flush: true)
            watchClosing(now: now)
        }
        perform(failure.transport)
    }

    /// Counts a close for a broken rule against the client's address (`VIOLATION_LIMIT`), once:
    /// only while the connection is still open.
    private func recordViolation(_ code: CloseCode) {
        if code.isViolation, machine.isOpen { environment.recordViolation(by: session?.peerSource) }
    }

    private func perform(_ transport: ConnectionStateMachine.TransportClose) {
        switch transport {
        case .afterPendingWrites(let lingering): session?.closeAfterPendingWrites(lingering: lingering)
        case .now: session?.closeNow()
        }
    }
}

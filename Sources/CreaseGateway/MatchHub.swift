import CreaseBus
import CreaseProtocol
import NIOCore

/// One match on this gateway: its subscriber set, the last seq it forwarded and its recent
/// history, fed by the bus subscription it holds while it has subscribers.
///
/// Fan-out reaches each event loop once per delta: the subscribers are grouped by loop, and one
/// `execute` per loop hands the delta to each of them synchronously (their actors run on that
/// loop). The delta's frame is encoded once and its bytes shared by every socket.
///
/// Guarantees: a subscriber receives its `snapshot` or replay before any live delta, then every
/// delta above it in seq order, never one twice; a seq the bus skips sends `resync` (`gap`) to
/// every subscriber.
actor MatchHub {
    /// The outcome of a join.
    enum JoinOutcome: Sendable {
        case joined
        /// This hub emptied and left the directory; ask the directory again.
        case retired
        case failed(String)
    }

    private struct LoopGroup {
        let loop: any EventLoop
        var members: [ObjectIdentifier: GatewayConnection] = [:]
        /// `members` as an array, rebuilt lazily after a change (at most once per delta).
        var cached: [GatewayConnection]?

        mutating func list() -> [GatewayConnection] {
            if let cached { return cached }
            let list = Array(members.values)
            cached = list
            return list
        }
    }

    nonisolated let match: MatchID
    /// The event loop this actor runs on: a delta comes from the bus's thread straight onto a
    /// loop and from there into the loops' inboxes, with no hop through the global concurrent
    /// executor, whose threads would only compete with the loops for the cores.
    nonisolated let loop: any EventLoop
    nonisolated var unownedExecutor: UnownedSerialExecutor { loop.executor.asUnownedSerialExecutor() }
    private let environment: GatewayEnvironment
    private var groups: [ObjectIdentifier: LoopGroup] = [:]
    private var memberCount = 0
    private var joining = 0
    private var retired = false
    /// The last seq forwarded; nil until the bus subscription is live.
    private var lastSeq: Int64?
    /// The last seq forwarded before the bus connection was lost, until the next delta sets the
    /// baseline again: a delta the hub already forwarded can come again from the node that took
    /// over (a publish retried there after a failover), and is dropped.
    private var forwardedBeforeResume: Int64?
    private var history: MatchHistory<DeltaFrame>
    /// The last snapshot message built, shared (with its compressed frames) by every subscriber
    /// that gets the state at the same seq: a join storm deflates it once per window size.
    private var lastSnapshot: DeltaFrame?
    /// The match's state at a seq, parsed from a bus read; brought forward to `lastSeq` with the
    /// merge patches of the deltas forwarded since (``currentSnapshot()``), so that a join storm
    /// reads the bus once, not once per join. Nil until read, and dropped when a patch cannot be
    /// read.
    private var knownState: (seq: Int64, state: JSONValue)?
    /// The last bus read of the state that joins shared, and when it began (uptime
    /// nanoseconds): joins that need one while it runs wait for it, and later ones reuse it for
    /// ``stateReadReuse`` (the state it found is brought forward with this hub's history, or is
    /// behind it for good, see ``sharedStateRead()``).
    private var stateRead: (read: Task<StateRead, any Error>, startedAt: UInt64)?
    /// How long a join reuses the last state read rather than reading again.
    static let stateReadReuse = TimeAmount.seconds(1)
    /// The deflate streams this match's seated subscribers share (`COMPRESSION=context`).
    private var sharedStreams = SharedDeflateStreams()
    private var feedStart: Task<Void, any Error>?
    private var feed: Task<Void, Never>?

    init(match: MatchID, loop: any EventLoop, environment: GatewayEnvironment) {
        self.match = match
        self.loop = loop
        self.environment = environment
        self.history = MatchHistory(capacity: environment.configuration.history.length)
    }

    // MARK: Membership

    /// Adds `connection` (or restarts its subscription): replays `since+1…now` when the history
    /// holds it, else sends a `snapshot`. `conflate`: the client asked for folded deltas.
    func subscribe(_ connection: GatewayConnection, since: Int64?, conflate: Bool = false) async -> JoinOutcome {
        guard !retired else { return .retired }
        joining += 1
        defer {
            joining -= 1
            retireIfEmpty()
        }
        do {
            try await startFeed()
            var snapshot: DeltaFrame?
            var replay: [DeltaFrame]
            var skipThrough: Int64
            if let since, let frames = await replayFrames(after: since) {
                replay = frames
                skipThrough = since + Int64(frames.count)
            } else if let current = currentSnapshot() {
                // The state at the last seq forwarded, kept here: no bus read per join.
                snapshot = current
                replay = []
                skipThrough = current.seq
            } else {
                let state = try await sharedStateRead()
                let seq = state?.seq ?? environment.bus.seqOrigin
                let stateJSON = state?.stateJSON ?? Array("null".utf8)
                remember(seq: seq, stateJSON: stateJSON)
                snapshot = snapshotFrame(seq: seq, stateJSON: stateJSON)
                // The bus state can be ahead of what this hub forwarded (deltas still in the
                // stream: skipped for this client) or, rarely, behind it (replayed from history).
                replay = history.replay(after: seq) ?? []
                // Whatever this hub forwarded, replayed or not, is not sent again (with no
                // baseline after a reconnect, the replay can reach past `lastSeq`).
                skipThrough = max(seq, lastSeq ?? seq, replay.last?.seq ?? seq)
            }
            let loopKey = ObjectIdentifier(connection.eventLoop)
            if groups[loopKey, default: LoopGroup(loop: connection.eventLoop)].members
                .updateValue(connection, forKey: ObjectIdentifier(connection)) == nil
            {
                memberCount += 1
                if let deflate = connection.deflate, deflate.serverKeepsContext {
                    sharedStreams.add(windowBits: deflate.windowBits)
                }
            }
            groups[loopKey]!.cached = nil
            let hub = self
            let match = self.match
            let (first, frames, skip) = (snapshot, replay, skipThrough)
            let environment = self.environment
            let loop = connection.eventLoop
            // Through the loop's fan-out inbox, in order with this match's deltas; the join is
            // complete (and the client's next request may run) once the subscription has begun.
            await withCheckedContinuation { (begun: CheckedContinuation<Void, Never>) in
                loop.execute {
                    environment.connections.shard(on: loop).fanout.enqueue(
                        .join(match: match, connection: connection) {
                            $0.beginSubscription(
                                of: match, hub: hub, snapshot: first, replay: frames, skipThrough: skip,
                                conflate: conflate)
                            begun.resume()
                        }, environment: environment)
                }
            }
            return .joined
        } catch {
            environment.logger.warning("subscribe failed", metadata: ["match": "\(match)", "error": "\(error)"])
            return .failed("the bus is unavailable")
        }
    }

    /// Removes `connection`; the last one out retires the hub and releases the bus subscription.
    func remove(_ connection: GatewayConnection) {
        let loopKey = ObjectIdentifier(connection.eventLoop)
        guard groups[loopKey]?.members.removeValue(forKey: ObjectIdentifier(connection)) != nil else { return }
        groups[loopKey]!.cached = nil
        if groups[loopKey]!.members.isEmpty { groups[loopKey] = nil }
        memberCount -= 1
        if let deflate = connection.deflate, deflate.serverKeepsContext {
            sharedStreams.remove(windowBits: deflate.windowBits)
        }
        retireIfEmpty()
    }

    var subscriberCount: Int { memberCount }

    /// Retires the hub whatever its members (the gateway is stopping): its feed and bus
    /// subscription end now.
    func stop() {
        guard !retired else { return }
        retired = true
        feed?.cancel()
        feed = nil
        feedStart?.cancel()
        environment.directory.retire(self)
    }

    private func retireIfEmpty() {
        guard memberCount == 0, joining == 0, !retired else { return }
        retired = true
        feed?.cancel()
        feed = nil
        feedStart?.cancel()
        environment.directory.retire(self)
        environment.metrics.matchesActive.record(environment.directory.count)
    }

    // MARK: The bus feed

    /// Subscribes to the bus once; later callers wait for the same start.
    private func startFeed() async throws {
        if let feedStart { return try await feedStart.value }
        let start = Task<Void, any Error> {
            let stream = try await self.environment.bus.subscribe(to: self.match)
            // Baseline: every delta above the state read now arrives on the stream.
            let state = try await self.environment.bus.snapshot(of: self.match)
            let seq = state?.seq ?? self.environment.bus.seqOrigin
            self.remember(seq: seq, stateJSON: state?.stateJSON ?? Array("null".utf8))
            self.startConsuming(stream, after: seq)
        }
        feedStart = start
        do {
            try await start.value
        } catch {
            feedStart = nil
            throw error
        }
    }

    private func startConsuming(_ stream: AsyncStream<BusEvent>, after seq: Int64) {
        lastSeq = seq
        history = MatchHistory(capacity: environment.configuration.history.length, startingAfter: seq)
        environment.metrics.matchesActive.record(environment.directory.count)
        // An `AsyncStream` waits for its next element in nonisolated code, which runs on the
        // global concurrent executor unless the task prefers another: from an isolated loop,
        // two executor switches per delta (threads that wake on every delta to compete with the
        // loops for the cores, or, on the hub's own loop, a loop iteration each, which throttles
        // the hub under load). A loop that can run tasks (the epoll transport's) runs the whole
        // feed: the wait, then each delta handled in place, the loop being this actor's
        // executor.
        if let executor = loop as? any TaskExecutor {
            feed = Task(executorPreference: executor) {
                for await event in stream { self.handleOnLoop(event) }
            }
        } else {
            feed = Task { await self.consume(stream) }
        }
    }

    /// ``handle(_:)`` from the feed task, which runs on this actor's loop.
    private nonisolated func handleOnLoop(_ event: BusEvent) {
        assumeIsolated { $0.handle(event) }
    }

    private func consume(_ stream: AsyncStream<BusEvent>) async {
        for await event in stream {
            handle(event)
        }
    }

    private func handle(_ event: BusEvent) {
        switch event {
        case .delta(let delta):
            receive(delta)
        case .resumed:
            forwardedBeforeResume = lastSeq ?? forwardedBeforeResume
            lastSeq = nil  // re-baselined by the next delta
            knownState = nil  // read again from the node that serves us now
            stateRead = nil
            resyncAll(.busReconnect)
        }
    }

    private func receive(_ delta: BusDelta) {
        environment.metrics.deltasReceived.increment()
        let receivedAt = WallClock.milliseconds()
        environment.metrics.fanoutLatency.recordMilliseconds(max(0, receivedAt - delta.timestamp))
        if lastSeq == nil, let before = forwardedBeforeResume, delta.seq <= before,
            let held = history.replay(after: delta.seq - 1)?.first, held.seq == delta.seq,
            held.timestamp == delta.timestamp
        {
            // The same delta again (same seq, same publish time): already with the clients. A
            // different delta of that seq (the new node lost writes) is forwarded as a new baseline.
            environment.metrics.busDuplicates.increment()
            return
        }
        forwardedBeforeResume = nil
        if let lastSeq {
            guard delta.seq > lastSeq else { return }  // already forwarded (baseline overlap)
            if delta.seq > lastSeq + 1 {
                environment.metrics.busGaps.increment()
                stateRead = nil  // a state read before the gap is behind it
                resyncAll(.gap)
            }
        }
        lastSeq = delta.seq
        var frame = DeltaFrame(
            seq: delta.seq, priority: delta.priority, timestamp: delta.timestamp, payload: delta.payload,
            compressionMinBytes: environment.compressionMinBytes)
        // Replays never use a stream's frames: the history keeps the delta without them.
        history.append(seq: delta.seq, frame)
        frame.shared = sharedStreams.frames(for: frame, metrics: environment.metrics)
        fanOut(frame)
    }

    /// One `execute` per event loop, into the loop's fan-out inbox (``LoopFanout``), which
    /// delivers it to each subscriber on that loop with the other deltas pending there.
    private func fanOut(_ frame: DeltaFrame) {
        let match = self.match
        let environment = self.environment
        for key in groups.keys {
            let members = groups[key]!.list()
            let loop = groups[key]!.loop
            loop.execute {
                environment.connections.shard(on: loop).fanout.enqueue(
                    .delta(LoopFanout.Batch(frame: frame, match: match, members: members)), environment: environment)
            }
        }
    }

    private func resyncAll(_ reason: ResyncReason) {
        let match = self.match
        let environment = self.environment
        for group in groups.values {
            let members = Array(group.members.values)
            let loop = group.loop
            loop.execute {
                environment.connections.shard(on: loop).fanout.enqueue(
                    .perform(match: match, members: members) { $0.scheduleResync(of: match, reason: reason) },
                    environment: environment)
            }
        }
    }

    // MARK: Snapshots

    /// The `snapshot` message at `seq`, shared with the last one built when it is of the same seq.
    private func snapshotFrame(seq: Int64, stateJSON: [UInt8]) -> DeltaFrame {
        if let cached = lastSnapshot, cached.seq == seq { return cached }  // a seq's state never changes
        let message = ServerMessage.snapshot(match: match, seq: seq, stateJSON: stateJSON)
        let frame = DeltaFrame(
            seq: seq, priority: .critical, timestamp: WallClock.milliseconds(), payload: ByteBuffer(bytes: message),
            compressionMinBytes: environment.compressionMinBytes)
        lastSnapshot = frame
        return frame
    }

    /// The bus state for a join that the hub's own state cannot serve: one read shared by the
    /// joins that come while it runs or within ``stateReadReuse`` after it began.
    ///
    /// Normally a read finds the state at or past what this hub forwarded (the publisher writes
    /// the state before it publishes, PROTOCOL.md §11), so the hub's state serves later joins
    /// and this is rare. A state behind this hub's history that the history cannot bridge (a
    /// publisher that does not keep that order, or a failover that lost writes) is read again up
    /// to three times, in case it was a race; when it stays behind, joins within the reuse
    /// window get it too rather than three more reads each: such a publisher would otherwise
    /// cost four bus round trips per join, all through a join storm.
    private func sharedStateRead() async throws -> MatchSnapshot? {
        let now = NIODeadline.now().uptimeNanoseconds
        if let shared = stateRead, now &- shared.startedAt < UInt64(Self.stateReadReuse.nanoseconds) {
            let result = try await shared.read.value
            // A read that was current when made, but that this hub's history no longer bridges
            // (a gap since), is not reused: a new read finds the state at or past the stream.
            if result.behindAfterRetries || bridges(result.snapshot) { return result.snapshot }
        }
        let read = Task { try await self.readState() }
        stateRead = (read, now)
        do {
            return try await read.value.snapshot
        } catch {
            if stateRead?.startedAt == now { stateRead = nil }  // a failed read is not reused
            throw error
        }
    }

    /// A bus read of the state; `behindAfterRetries`: still behind this hub's history, which
    /// cannot bridge it, after three more reads.
    private struct StateRead: Sendable {
        let snapshot: MatchSnapshot?
        let behindAfterRetries: Bool
    }

    private func readState() async throws -> StateRead {
        var state = try await environment.bus.snapshot(of: match)
        for _ in 0..<3 {
            guard !bridges(state) else { return StateRead(snapshot: state, behindAfterRetries: false) }
            state = try await environment.bus.snapshot(of: match)
        }
        return StateRead(snapshot: state, behindAfterRetries: !bridges(state))
    }

    /// Whether `state` is at or past what this hub forwarded, or its history leads from it there.
    private func bridges(_ state: MatchSnapshot?) -> Bool {
        let read = state?.seq ?? environment.bus.seqOrigin
        guard let last = lastSeq, read < last else { return true }
        return history.replay(after: read) != nil
    }

    private func remember(seq: Int64, stateJSON: [UInt8]) {
        if let known = knownState, known.seq >= seq { return }
        knownState = (try? JSONValue(parsing: stateJSON)).map { (seq, $0) }
    }

    /// The snapshot at `lastSeq` from the state this hub knows and the deltas it forwarded
    /// since; nil when it cannot tell (no state read yet, a gap, a reconnect, a bus state
    /// ahead of the stream).
    private func currentSnapshot() -> DeltaFrame? {
        guard let last = lastSeq, var known = knownState, known.seq <= last else { return nil }
        if let cached = lastSnapshot, cached.seq == last, known.seq == last { return cached }
        guard let deltas = history.replay(after: known.seq) else { return nil }
        for delta in deltas {
            guard let patch = Self.patch(of: delta) else {
                knownState = nil
                return nil
            }
            known.state = MergePatch.apply(patch, to: known.state)
            known.seq = delta.seq
        }
        knownState = known
        return snapshotFrame(seq: last, stateJSON: known.state.serialized)
    }

    /// The merge patch (`data`) of a delta as it came off the bus.
    private static func patch(of delta: DeltaFrame) -> JSONValue? {
        guard let message = try? JSONValue(parsing: delta.payload.readableBytesView) else { return nil }
        return message.objectValue?["data"]
    }

    /// The deltas `since+1 … lastSeq` from this hub's history, reaching back to the bus's when
    /// needed; nil when they are not all available.
    private func replayFrames(after since: Int64) async -> [DeltaFrame]? {
        guard let last = lastSeq, since <= last else { return nil }
        if let local = history.replay(after: since) { return local }
        guard let older = try? await environment.bus.history(of: match, after: since) else { return nil }
        guard let last = lastSeq else { return nil }
        var frames: [DeltaFrame] = []
        var next = since + 1
        for delta in older where delta.seq <= last {
            guard delta.seq == next else { return nil }
            frames.append(
                DeltaFrame(
                    seq: delta.seq, priority: delta.priority, timestamp: delta.timestamp, payload: delta.payload,
                    compressionMinBytes: environment.compressionMinBytes))
            next += 1
        }
        if next <= last {
            guard let rest = history.replay(after: next - 1) else { return nil }
            frames += rest
        }
        return frames
    }
}

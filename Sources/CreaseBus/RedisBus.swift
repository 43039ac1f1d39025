import CreaseProtocol
import NIOCore
import NIOPosix
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The bus over one Redis node (PROTOCOL.md §4): `SUBSCRIBE` per match channel while the
/// gateway has local subscribers, state and history read from `match:{id}:state` and
/// `match:{id}:log`.
///
/// One subscriber thread owns the subscribe-mode connection: it waits in `poll()` on the Redis
/// socket and a wake pipe, so subscription changes from any thread go out at once, and yields
/// each message into the `AsyncStream`s of its match. Commands go over a separate connection
/// on a small thread pool. When the subscriber connection drops, `isReady` turns false, the
/// thread reconnects with backoff and jitter, subscribes every channel again and, once each is
/// confirmed, yields `.resumed` on its streams (the match actors turn that into `resync`
/// `bus_reconnect`).
public final class RedisBus: MatchBus {
    private struct Channel {
        let match: MatchID
        var streams: [UInt64: AsyncStream<BusEvent>.Continuation] = [:]
        var confirmed = false
        /// Subscribers waiting for the first confirmation, by id (so a timeout can take one back).
        var waiters: [UInt64: CheckedContinuation<Void, any Error>] = [:]
        /// Confirmations after a reconnect yield `.resumed`.
        var resuming = false
    }

    private struct State {
        var channels: [String: Channel] = [:]
        var outgoing: [[String]] = []
        var connected = false
        var running = true
        var nextStreamID: UInt64 = 0
    }

    private let endpoint: RedisEndpoint
    private let channelPrefix: String
    private let streamBuffer: Int
    private let state = Mutex(State())
    private let wakePipe: (read: Int32, write: Int32)
    private let commands: RedisCommandPool
    private let reads: RedisMatchReads
    private let malformed = Atomic<Int>(0)
    private let reconnects = Atomic<Int>(0)
    private let resubscriptions = Atomic<Int>(0)
    private let thread = Mutex<NIOThreadPool?>(nil)

    /// - Parameters:
    ///   - channelPrefix: `CHANNEL_PREFIX`, the channel name before the match id.
    ///   - streamBuffer: deltas buffered per match stream before the oldest are dropped (a drop
    ///     shows up as a seq gap, which the match actor turns into `resync`).
    public init(endpoint: RedisEndpoint, channelPrefix: String = "match:", streamBuffer: Int = 4096) {
        self.endpoint = endpoint
        self.channelPrefix = channelPrefix
        self.streamBuffer = streamBuffer
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        self.wakePipe = (fds[0], fds[1])
        self.commands = RedisCommandPool(endpoint: endpoint)
        self.reads = RedisMatchReads(
            commands: commands, layout: RedisKeyLayout(clustered: false, channelPrefix: channelPrefix))
    }

    deinit {
        close(wakePipe.read)
        close(wakePipe.write)
    }

    /// Starts the subscriber thread.
    public func start() {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        thread.withLock { $0 = pool }
        pool.submit { _ in self.subscriberLoop() }
        commands.start()
    }

    /// Stops the subscriber thread and finishes every stream.
    public func shutdown() async {
        let continuations = state.withLock { state in
            state.running = false
            return state.channels.values.flatMap { $0.streams.values }
        }
        wake()
        continuations.forEach { $0.finish() }
        if let pool = thread.withLock({ $0 }) { try? await pool.shutdownGracefully() }
        await commands.shutdown()
    }

    /// Messages on a match channel that were not a valid delta (counted, skipped).
    public var malformedMessages: Int { malformed.load(ordering: .relaxed) }

    /// Times the subscriber connection was re-established.
    public var reconnectCount: Int { reconnects.load(ordering: .relaxed) }

    /// One subscriber connection while it is up.
    public var shardConnectionCount: Int { state.withLock { $0.connected ? 1 : 0 } }

    /// Channels subscribed again after the connection was re-established.
    public var resubscriptionCount: Int { resubscriptions.load(ordering: .relaxed) }

    /// Connected, with every channel a local subscriber needs confirmed.
    public var isReady: Bool {
        state.withLock { state in state.connected && state.channels.values.allSatisfy(\.confirmed) }
    }

    /// How long a new subscription waits for Redis before the subscriber is told it failed.
    public static let subscribeTimeout: Duration = .seconds(5)

    public func channel(for match: MatchID) -> String { channelPrefix + match.rawValue }

    // MARK: MatchBus

    public func subscribe(to match: MatchID) async throws -> AsyncStream<BusEvent> {
        let name = channel(for: match)
        let (stream, continuation) = AsyncStream.makeStream(
            of: BusEvent.self, bufferingPolicy: .bufferingNewest(streamBuffer))
        let (id, live) = state.withLock { state -> (UInt64, Bool) in
            let id = state.nextStreamID
            state.nextStreamID += 1
            if state.channels[name] == nil {
                state.channels[name] = Channel(match: match)
                state.outgoing.append(["SUBSCRIBE", name])
            }
            state.channels[name]!.streams[id] = continuation
            return (id, state.channels[name]!.confirmed)
        }
        continuation.onTermination = { [weak self] _ in self?.release(name, id) }
        if !live {
            wake()
            do {
                try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<Void, any Error>) in
                    let confirmedMeanwhile = state.withLock { state -> Bool in
                        guard state.channels[name]?.confirmed == false else { return true }
                        state.channels[name]!.waiters[id] = waiter
                        return false
                    }
                    if confirmedMeanwhile {
                        waiter.resume()
                    } else {
                        // Never leave a subscriber waiting on a bus that does not answer.
                        Task { [weak self] in
                            try? await Task.sleep(for: Self.subscribeTimeout)
                            self?.expire(name, id)
                        }
                    }
                }
            } catch {
                continuation.finish()  // releases the stream (and the channel if it was the last)
                throw error
            }
        }
        return stream
    }

    public func snapshot(of match: MatchID) async throws -> MatchSnapshot? { try await reads.snapshot(of: match) }

    public func history(of match: MatchID, after seq: Int64) async throws -> [BusDelta]? {
        try await reads.history(of: match, after: seq)
    }

    public func matches() async throws -> [MatchSummary] { try await reads.matches() }

    // MARK: Subscriber thread

    private func release(_ name: String, _ id: UInt64) {
        let unsubscribe = state.withLock { state -> Bool in
            guard state.channels[name] != nil else { return false }
            state.channels[name]!.streams.removeValue(forKey: id)
            guard state.channels[name]!.streams.isEmpty else { return false }
            let waiters = state.channels[name]!.waiters
            state.channels[name] = nil
            state.outgoing.append(["UNSUBSCRIBE", name])
            for waiter in waiters.values { waiter.resume(throwing: CancellationError()) }
            return true
        }
        if unsubscribe { wake() }
    }

    private func expire(_ name: String, _ id: UInt64) {
        let waiter = state.withLock { $0.channels[name]?.waiters.removeValue(forKey: id) }
        waiter?.resume(
            throwing: RedisError("the bus did not confirm the subscription to \(name) in time", connectionLost: true))
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
    }

    private func subscriberLoop() {
        var connection: RedisConnection?
        var failures = 0
        while state.withLock({ $0.running }) {
            if connection == nil {
                do {
                    connection = try RedisConnection(endpoint)
                    failures = 0
                    // Subscribe every channel again; confirmations will yield `.resumed`.
                    let names = state.withLock { state -> [String] in
                        state.outgoing.removeAll()
                        for name in state.channels.keys {
                            state.channels[name]!.resuming =
                                state.channels[name]!.confirmed || state.channels[name]!.resuming
                            state.channels[name]!.confirmed = false
                        }
                        state.connected = true
                        return Array(state.channels.keys)
                    }
                    for batch in stride(from: 0, to: names.count, by: 500) {
                        try connection!.append(["SUBSCRIBE"] + names[batch..<min(batch + 500, names.count)])
                    }
                    try connection!.flush()
                } catch {
                    connection = nil
                    state.withLock { $0.connected = false }
                    failures += 1
                    // Capped exponential backoff with jitter, interruptible by shutdown.
                    let delay = min(5.0, 0.05 * pow(2, Double(min(failures, 7)))) * Double.random(in: 0.5...1.5)
                    waitForWake(milliseconds: Int32(delay * 1000))
                    continue
                }
            }
            do {
                try pump(connection!)
            } catch {
                connection = nil
                reconnects.add(1, ordering: .relaxed)
                state.withLock { state in
                    state.connected = false
                    for name in state.channels.keys where state.channels[name]!.confirmed {
                        state.channels[name]!.confirmed = false
                        state.channels[name]!.resuming = true
                    }
                }
            }
        }
    }

    /// One round: send queued (un)subscriptions, wait for data or a wake-up, handle replies.
    private func pump(_ connection: RedisConnection) throws(RedisError) {
        let outgoing = state.withLock { state in
            defer { state.outgoing.removeAll() }
            return state.outgoing
        }
        // Consecutive changes of the same kind go out as one command with many channels.
        var batched: [[String]] = []
        for command in outgoing {
            if let last = batched.last, last[0] == command[0], last.count < 501 {
                batched[batched.count - 1] += command.dropFirst()
            } else {
                batched.append(command)
            }
        }
        for command in batched { try connection.append(command) }
        if !outgoing.isEmpty { try connection.flush() }

        var fds = [
            pollfd(fd: connection.fileDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&fds, 2, 1000)
        guard ready > 0 else { return }
        if fds[1].revents != 0 { drainWakePipe() }
        if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
            for reply in try connection.readAvailable() { handle(reply) }
        }
    }

    private func handle(_ reply: RedisReply) {
        guard let parts = reply.elements, parts.count >= 3, let kind = parts[0].text, let name = parts[1].text else {
            return
        }
        switch kind {
        case "message", "smessage":
            let continuations = state.withLock { $0.channels[name].map { Array($0.streams.values) } ?? [] }
            guard !continuations.isEmpty else { return }
            guard let payload = parts[2].bytes, let delta = try? RedisKeys.decodeDelta(payload) else {
                malformed.add(1, ordering: .relaxed)
                return
            }
            for continuation in continuations { continuation.yield(.delta(delta)) }
        case "subscribe", "ssubscribe":
            let (waiters, resumed) = state.withLock {
                state -> ([CheckedContinuation<Void, any Error>], [AsyncStream<BusEvent>.Continuation]) in
                guard state.channels[name] != nil else { return ([], []) }
                state.channels[name]!.confirmed = true
                let waiters = Array(state.channels[name]!.waiters.values)
                state.channels[name]!.waiters = [:]
                var resumed: [AsyncStream<BusEvent>.Continuation] = []
                if state.channels[name]!.resuming {
                    state.channels[name]!.resuming = false
                    resumed = Array(state.channels[name]!.streams.values)
                }
                return (waiters, resumed)
            }
            if !resumed.isEmpty { resubscriptions.add(1, ordering: .relaxed) }
            waiters.forEach { $0.resume() }
            resumed.forEach { $0.yield(.resumed) }
        default:
            break
        }
    }

    private func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakePipe.read, &buffer, buffer.count) > 0 {}
    }

    private func waitForWake(milliseconds: Int32) {
        var fds = [pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0)]
        if poll(&fds, 1, milliseconds) > 0 { drainWakePipe() }
    }
}

/// State, history and the list of matches, read from Redis in either key layout (what
/// resync, `since` replay and REST need).
struct RedisMatchReads: Sendable {
    let commands: any RedisCommandRouting
    let layout: RedisKeyLayout

    func snapshot(of match: MatchID) async throws -> MatchSnapshot? {
        let key = layout.state(match)
        let reply = try await commands.run(key: key, ["GET", key])
        guard let bytes = reply.bytes else { return nil }
        return try RedisKeys.decodeState(bytes, match: match)
    }

    func history(of match: MatchID, after seq: Int64) async throws -> [BusDelta]? {
        let key = layout.log(match)
        let reply = try await commands.run(key: key, ["XRANGE", key, "\(seq + 1)-0", "+"])
        guard let entries = reply.elements, !entries.isEmpty else { return nil }
        var deltas: [BusDelta] = []
        for entry in entries {
            guard let parts = entry.elements, parts.count == 2, let fields = parts[1].elements else { continue }
            var payload: [UInt8]?
            var index = 0
            while index + 1 < fields.count {
                if fields[index].text == "delta" { payload = fields[index + 1].bytes }
                index += 2
            }
            guard let payload, let delta = try? RedisKeys.decodeDelta(payload) else { continue }
            deltas.append(delta)
        }
        guard deltas.first?.seq == seq + 1 else { return nil }
        return deltas
    }

    func matches() async throws -> [MatchSummary] {
        let keys = try await commands.keys(matching: layout.statePattern)
        let values = try await commands.values(of: keys)
        var summaries: [MatchSummary] = []
        for (key, value) in zip(keys, values) {
            guard let bytes = value.bytes, let id = layout.match(ofStateKey: key),
                let snapshot = try? RedisKeys.decodeState(bytes, match: id)
            else { continue }
            summaries.append(MatchSummary(match: id, seq: snapshot.seq))
        }
        return summaries.sorted { $0.match < $1.match }
    }
}

/// Where a match lives in Redis. One node: `match:{id}:state`'s braces are not there
/// (`match:final:state`, `match:final:log`, channel `match:final`, PROTOCOL.md §4). Redis
/// Cluster: the id is a hash tag (`match:{final}:state`, `match:{final}:log`, shard channel
/// `match:{final}`), so all three share a slot and the publish script stays one atomic call on
/// one node.
public struct RedisKeyLayout: Sendable, Equatable {
    public var clustered: Bool
    /// `CHANNEL_PREFIX`.
    public var channelPrefix: String

    public init(clustered: Bool, channelPrefix: String = "match:") {
        self.clustered = clustered
        self.channelPrefix = channelPrefix
    }

    private func tagged(_ match: MatchID) -> String { clustered ? "{\(match.rawValue)}" : match.rawValue }

    public func state(_ match: MatchID) -> String { "match:\(tagged(match)):state" }
    public func log(_ match: MatchID) -> String { "match:\(tagged(match)):log" }
    public func channel(_ match: MatchID) -> String { channelPrefix + tagged(match) }

    /// The `SCAN` pattern of every state key.
    public var statePattern: String { "match:*:state" }

    /// The match of a state key (nil for a key of another shape).
    public func match(ofStateKey key: String) -> MatchID? {
        guard key.hasPrefix("match:"), key.hasSuffix(":state") else { return nil }
        var id = key.dropFirst("match:".count).dropLast(":state".count)
        if clustered {
            guard id.hasPrefix("{"), id.hasSuffix("}") else { return nil }
            id = id.dropFirst().dropLast()
        }
        return MatchID(String(id))
    }

    /// The publish command of the layout: `PUBLISH`, or `SPUBLISH` to a shard channel.
    public var publishCommand: String { clustered ? "SPUBLISH" : "PUBLISH" }
}

/// The Redis key layout of PROTOCOL.md §4 and the codecs for what is stored there.
public enum RedisKeys {
    public static func state(_ match: MatchID) -> String { RedisKeyLayout(clustered: false).state(match) }
    public static func log(_ match: MatchID) -> String { RedisKeyLayout(clustered: false).log(match) }

    /// Decodes a state document `{"match","seq","state"}`.
    public static func decodeState(_ bytes: [UInt8], match: MatchID) throws -> MatchSnapshot {
        let document = try JSONValue(parsing: bytes)
        guard let seq = document["seq"]?.integerValue else { throw RedisError("state of \(match) has no seq") }
        return MatchSnapshot(match: match, seq: seq, stateJSON: (document["state"] ?? .null).serialized)
    }

    /// Decodes a delta as published, keeping its exact bytes.
    public static func decodeDelta(_ bytes: [UInt8]) throws -> BusDelta {
        let message = try JSONValue(parsing: bytes)
        guard message["type"] == .string("delta"),
            let rawMatch = message["match"]?.stringValue, let match = MatchID(rawMatch),
            let seq = message["seq"]?.integerValue, seq > 0,
            let timestamp = message["ts"]?.integerValue,
            let priority = message["priority"]?.stringValue.flatMap(Priority.init(name:)),
            message["data"]?.objectValue != nil
        else { throw RedisError("not a delta") }
        return BusDelta(
            match: match, seq: seq, timestamp: timestamp, priority: priority, payload: ByteBuffer(bytes: bytes))
    }
}

/// Commands (GET, XRANGE, SCAN, EVALSHA) over one connection, run on a small thread pool so
/// that no caller blocks a cooperative thread; reconnects on the next call after a failure.
final class RedisCommandPool: Sendable {
    private let endpoint: RedisEndpoint
    private let pool: NIOThreadPool
    private let connection = Mutex<RedisConnection?>(nil)
    /// The node's replica count from its last `ROLE`, and when it was read: asked at most once a
    /// second, so that a publish costs no extra round trip (a replica that attached less than a
    /// second ago may not be waited for yet).
    private let knownReplicas = Mutex<(count: Int, readAt: ContinuousClock.Instant)?>(nil)

    init(endpoint: RedisEndpoint, threads: Int = 2) {
        self.endpoint = endpoint
        self.pool = NIOThreadPool(numberOfThreads: threads)
    }

    func start() { pool.start() }

    func shutdown() async { try? await pool.shutdownGracefully() }

    func run(_ arguments: [String]) async throws -> RedisReply {
        try await run(bytes: arguments.map { Array($0.utf8) })
    }

    /// Runs a command; a connection found dead (Redis restarted since the last call) is replaced
    /// and the command tried once more on the new one.
    func run(bytes arguments: [[UInt8]]) async throws -> RedisReply {
        do {
            return try await runOnce(bytes: arguments)
        } catch let error as RedisError where error.connectionLost {
            return try await runOnce(bytes: arguments)
        }
    }

    private func runOnce(bytes arguments: [[UInt8]]) async throws -> RedisReply {
        let replies = try await onOneConnectionOnce { connection throws(RedisError) in
            [try connection.command(bytes: arguments)]
        }
        if case .error(let message) = replies[0] { throw RedisError(message) }
        return replies[0]
    }

    /// Runs commands back to back on one connection (`ASKING` and the command it is for) and
    /// returns every reply, error replies included. A lost connection is replaced and the whole
    /// sequence tried once more.
    func run(pipeline commands: [[[UInt8]]]) async throws -> [RedisReply] {
        try await onOneConnection { connection throws(RedisError) in
            var replies: [RedisReply] = []
            for arguments in commands { replies.append(try connection.command(bytes: arguments)) }
            return replies
        }
    }

    /// Runs `write` (after `prefix`, such as `ASKING`) so that what it announces is announced
    /// only once a replica has it: with no replica connected (`ROLE`, read at most once a second,
    /// and never fewer than `replicasAtLeast`) the write announces itself in the same step;
    /// otherwise it writes without announcing, `WAIT 1` (on the same connection: WAIT counts
    /// the replicas that have this connection's writes) waits for a replica, and only then the
    /// announcement goes out. Returns the replies of `prefix` and the write, and whether it is
    /// confirmed (false: no replica within `timeoutMilliseconds`, nothing announced). A write
    /// that did not take effect (a conflict) is returned at once. A lost connection is replaced
    /// and everything tried once more, so the write must be idempotent.
    func runReplicated(
        prefix: [[[UInt8]]] = [], _ write: ReplicatedWrite, timeoutMilliseconds: Int, replicasAtLeast: Int
    ) async throws -> (replies: [RedisReply], confirmed: Bool) {
        try await onOneConnection { connection throws(RedisError) in
            // Before `prefix`: ASKING applies to the one command after it.
            let replicas = max(try self.replicaCount(on: connection), replicasAtLeast)
            var replies: [RedisReply] = []
            for command in prefix + [write.command(replicas == 0)] {
                replies.append(try connection.command(bytes: command))
            }
            guard let reply = replies.last, replicas > 0, write.tookEffect(reply) else { return (replies, true) }
            let acknowledged = try connection.command(["WAIT", "1", "\(timeoutMilliseconds)"])
            if case .error(let message) = acknowledged { throw RedisError("WAIT: \(message)") }
            guard (acknowledged.integer ?? 0) >= 1 else { return (replies, false) }
            if case .error(let message) = try connection.command(bytes: write.announcement) {
                throw RedisError(message)
            }
            return (replies, true)
        }
    }

    /// This node's replicas, read at most once a second: every replica attached to it, in its
    /// first sync as much as online (`INFO replication`'s `connected_slaves`), so that a write
    /// is not acknowledged on one copy while a replica that a failover may promote is still
    /// loading; where an ACL refuses `INFO`, those `ROLE` lists (online ones only); 0 where it
    /// refuses both.
    private func replicaCount(on connection: RedisConnection) throws(RedisError) -> Int {
        let now = ContinuousClock.now
        if let known = knownReplicas.withLock({ $0 }), known.readAt.duration(to: now) < .seconds(1) {
            return known.count
        }
        let count: Int
        if let attached = Self.attachedReplicas(try connection.command(["INFO", "replication"])) {
            count = attached
        } else {
            // ROLE on a primary: ["master", offset, [[host, port, offset], …]].
            let role = try connection.command(["ROLE"])
            count = if case .error = role { 0 } else { role.elements?.dropFirst(2).first?.elements?.count ?? 0 }
        }
        knownReplicas.withLock { $0 = (count, now) }
        return count
    }

    /// `connected_slaves` of an `INFO replication` reply; nil for an error or a reply without it.
    static func attachedReplicas(_ info: RedisReply) -> Int? {
        guard let text = info.text else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("connected_slaves:") {
            return Int(line.dropFirst("connected_slaves:".count))
        }
        return nil
    }

    /// Runs `body` on this pool's connection (opened on demand) on a pool thread; a lost
    /// connection is replaced and `body` run once more on the new one.
    private func onOneConnection<Result: Sendable>(
        _ body: @escaping @Sendable (RedisConnection) throws(RedisError) -> Result
    ) async throws -> Result {
        do {
            return try await onOneConnectionOnce(body)
        } catch let error as RedisError where error.connectionLost {
            return try await onOneConnectionOnce(body)
        }
    }

    private func onOneConnectionOnce<Result: Sendable>(
        _ body: @escaping @Sendable (RedisConnection) throws(RedisError) -> Result
    ) async throws -> Result {
        let endpoint = self.endpoint
        return try await pool.runIfActive {
            try self.connection.withLock { connection throws(RedisError) -> Result in
                do throws(RedisError) {
                    if connection == nil { connection = try RedisConnection(endpoint) }
                    return try body(connection!)
                } catch {
                    if error.connectionLost { connection = nil }
                    throw error
                }
            }
        }
    }
}

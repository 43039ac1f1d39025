import CreaseProtocol
import NIOCore
import NIOPosix
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The bus over a Redis Cluster: sharded pub/sub (`SSUBSCRIBE` to `match:{id}`, Redis 7), state
/// and history read from the primary that owns the match's slot.
///
/// One subscriber thread holds one connection per primary that owns a slot some local
/// subscriber needs, and batches each shard's `SSUBSCRIBE`s. A channel loses its shard when
/// the shard's connection drops (a primary killed, `CLIENT KILL`) or when Redis sends
/// `sunsubscribe` (its slot moved): the thread reads the slot map again, subscribes where the
/// slot lives now and, once confirmed, yields `.resumed` on that channel's streams only, so the
/// clients of the affected matches get `resync` `bus_reconnect` and nobody else does.
/// `isReady` is false while any needed channel is unsubscribed, or while no node answers.
public final class RedisClusterBus: MatchBus {
    private struct Channel {
        let match: MatchID
        var streams: [UInt64: AsyncStream<BusEvent>.Continuation] = [:]
        var confirmed = false
        var waiters: [UInt64: CheckedContinuation<Void, any Error>] = [:]
        /// Confirmation after losing the shard yields `.resumed`.
        var resuming = false
        /// The primary (`host:port`) it is subscribed at or being subscribed at; nil: to place.
        var shard: String?
    }

    private struct State {
        var channels: [String: Channel] = [:]
        /// `SUNSUBSCRIBE`s to send, by shard.
        var unsubscribes: [String: [String]] = [:]
        var running = true
        var nextStreamID: UInt64 = 0
        /// The last slot-map read worked and every slot has an owner.
        var clusterReachable = false
        var shardConnections = 0
    }

    private let seeds: [RedisEndpoint]
    private let layout: RedisKeyLayout
    private let streamBuffer: Int
    private let state = Mutex(State())
    private let wakePipe: (read: Int32, write: Int32)
    private let commands: RedisClusterCommands
    private let reads: RedisMatchReads
    private let malformed = Atomic<Int>(0)
    private let reconnects = Atomic<Int>(0)
    private let resubscriptions = Atomic<Int>(0)
    private let thread = Mutex<NIOThreadPool?>(nil)

    /// How often the slot map is read when nothing forces it (a lost shard or a moved slot
    /// reads it at once).
    static let topologyInterval: Duration = .seconds(5)

    /// - Parameters:
    ///   - seeds: `REDIS_CLUSTER_NODES`; the slot map comes from the first that answers.
    ///   - channelPrefix: `CHANNEL_PREFIX`, before the hash-tagged id.
    ///   - streamBuffer: deltas buffered per match stream before the oldest are dropped.
    public init(seeds: [RedisEndpoint], channelPrefix: String = "match:", streamBuffer: Int = 4096) {
        self.seeds = seeds
        self.layout = RedisKeyLayout(clustered: true, channelPrefix: channelPrefix)
        self.streamBuffer = streamBuffer
        var fds: [Int32] = [0, 0]
        pipe(&fds)
        _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        self.wakePipe = (fds[0], fds[1])
        self.commands = RedisClusterCommands(seeds: seeds)
        self.reads = RedisMatchReads(commands: commands, layout: layout)
    }

    deinit {
        close(wakePipe.read)
        close(wakePipe.write)
    }

    public func start() {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        thread.withLock { $0 = pool }
        pool.submit { _ in self.subscriberLoop() }
        commands.start()
    }

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

    public var malformedMessages: Int { malformed.load(ordering: .relaxed) }

    /// Shard connections lost (a primary down, a connection killed).
    public var reconnectCount: Int { reconnects.load(ordering: .relaxed) }

    /// Channels subscribed again elsewhere or again after losing their shard.
    public var resubscriptionCount: Int { resubscriptions.load(ordering: .relaxed) }

    /// Subscriber connections open, one per primary that owns a needed slot.
    public var shardConnectionCount: Int { state.withLock { $0.shardConnections } }

    public var isReady: Bool {
        state.withLock { state in state.clusterReachable && state.channels.values.allSatisfy(\.confirmed) }
    }

    public func channel(for match: MatchID) -> String { layout.channel(match) }

    // MARK: MatchBus

    public func subscribe(to match: MatchID) async throws -> AsyncStream<BusEvent> {
        let name = channel(for: match)
        let (stream, continuation) = AsyncStream.makeStream(
            of: BusEvent.self, bufferingPolicy: .bufferingNewest(streamBuffer))
        let (id, live) = state.withLock { state -> (UInt64, Bool) in
            let id = state.nextStreamID
            state.nextStreamID += 1
            if state.channels[name] == nil { state.channels[name] = Channel(match: match) }
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
                        Task { [weak self] in
                            try? await Task.sleep(for: RedisBus.subscribeTimeout)
                            self?.expire(name, id)
                        }
                    }
                }
            } catch {
                continuation.finish()
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
        let changed = state.withLock { state -> Bool in
            guard state.channels[name] != nil else { return false }
            state.channels[name]!.streams.removeValue(forKey: id)
            guard state.channels[name]!.streams.isEmpty else { return false }
            let channel = state.channels.removeValue(forKey: name)!
            if let shard = channel.shard { state.unsubscribes[shard, default: []].append(name) }
            for waiter in channel.waiters.values { waiter.resume(throwing: CancellationError()) }
            return true
        }
        if changed { wake() }
    }

    private func expire(_ name: String, _ id: UInt64) {
        let waiter = state.withLock { $0.channels[name]?.waiters.removeValue(forKey: id) }
        waiter?.resume(
            throwing: RedisError(
                "the cluster did not confirm the subscription to \(name) in time", connectionLost: true))
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
    }

    /// What only the subscriber thread touches.
    private struct Shards {
        var connections: [String: RedisConnection] = [:]
        /// Our own `SUNSUBSCRIBE`s not answered yet, per shard and channel: their replies are
        /// not a slot moving away.
        var unsubscribing: [String: [String: Int]] = [:]
        var topology = RedisClusterTopology()
        var topologyStale = true
        var lastRefresh: ContinuousClock.Instant?
    }

    private func subscriberLoop() {
        var shards = Shards()
        while state.withLock({ $0.running }) {
            refreshTopologyIfDue(&shards)
            // Unsubscribe first: a channel released and wanted again goes out as SUNSUBSCRIBE
            // then SSUBSCRIBE, never the other way round.
            sendUnsubscribes(&shards)
            place(&shards)
            closeIdle(&shards)
            state.withLock { $0.shardConnections = shards.connections.count }
            let waiting = state.withLock { $0.channels.values.contains { $0.shard == nil } }
            poll(&shards, timeout: waiting ? 100 : 1000)
        }
        shards.connections.removeAll()
    }

    private func refreshTopologyIfDue(_ shards: inout Shards) {
        let now = ContinuousClock.now
        if let last = shards.lastRefresh {
            let due = shards.topologyStale ? last + .milliseconds(200) : last + Self.topologyInterval
            guard now >= due else { return }
        }
        shards.lastRefresh = now
        let candidates = shards.topology.primaries + seeds
        do throws(RedisError) {
            shards.topology = try RedisClusterTopology.fetch(from: candidates)
            shards.topologyStale = !shards.topology.isComplete
            let complete = shards.topology.isComplete
            state.withLock { $0.clusterReachable = complete }
        } catch {
            state.withLock { $0.clusterReachable = false }
        }
    }

    /// Subscribes every channel without a shard at the primary that owns its slot.
    private func place(_ shards: inout Shards) {
        let unplaced = state.withLock { state in state.channels.filter { $0.value.shard == nil }.map(\.key) }
        guard !unplaced.isEmpty else { return }
        var batches: [String: [String]] = [:]
        var owners: [String: RedisEndpoint] = [:]
        for name in unplaced {
            guard let owner = shards.topology.owner(of: name) else {
                shards.topologyStale = true
                continue
            }
            batches[owner.address, default: []].append(name)
            owners[owner.address] = owner
        }
        for (address, names) in batches {
            do throws(RedisError) {
                if shards.connections[address] == nil {
                    shards.connections[address] = try RedisConnection(owners[address]!)
                }
                let connection = shards.connections[address]!
                let assigned = state.withLock { state -> [String] in
                    names.filter { name in
                        // Released meanwhile (no channel), or placed already: skip it.
                        guard let channel = state.channels[name], channel.shard == nil else { return false }
                        state.channels[name]!.shard = address
                        return true
                    }
                }
                try Self.append("SSUBSCRIBE", assigned, to: connection)
                try connection.flush()
            } catch {
                lose(address, &shards)
            }
        }
    }

    private func sendUnsubscribes(_ shards: inout Shards) {
        let unsubscribes = state.withLock { state in
            defer { state.unsubscribes = [:] }
            return state.unsubscribes
        }
        for (address, names) in unsubscribes {
            guard let connection = shards.connections[address] else { continue }
            do throws(RedisError) {
                try Self.append("SUNSUBSCRIBE", names, to: connection)
                for name in names { shards.unsubscribing[address, default: [:]][name, default: 0] += 1 }
                try connection.flush()
            } catch {
                lose(address, &shards)
            }
        }
    }

    /// Queues `command` for `names`: one command per slot, since a sharded (un)subscribe with
    /// channels of several slots is refused (`CROSSSLOT`); they leave in one write per shard.
    private static func append(_ command: String, _ names: [String], to connection: RedisConnection) throws(RedisError)
    {
        for (_, group) in Dictionary(grouping: names, by: RedisSlot.of) {
            for start in stride(from: 0, to: group.count, by: 500) {
                try connection.append([command] + group[start..<min(start + 500, group.count)])
            }
        }
    }

    /// One connection per shard that owns a needed slot: the others are closed.
    private func closeIdle(_ shards: inout Shards) {
        let used = state.withLock { state in Set(state.channels.values.compactMap(\.shard)) }
        for address in shards.connections.keys where !used.contains(address) {
            shards.connections[address] = nil
            shards.unsubscribing[address] = nil
        }
    }

    /// The shard's connection is gone: its channels go back to be placed, and resume once
    /// subscribed again.
    private func lose(_ address: String, _ shards: inout Shards) {
        if shards.connections.removeValue(forKey: address) != nil { reconnects.add(1, ordering: .relaxed) }
        shards.unsubscribing[address] = nil
        shards.topologyStale = true
        state.withLock { state in
            for name in state.channels.keys where state.channels[name]!.shard == address {
                unplace(name, &state)
            }
            state.unsubscribes[address] = nil
        }
    }

    private func unplace(_ name: String, _ state: inout State) {
        state.channels[name]!.resuming = state.channels[name]!.confirmed || state.channels[name]!.resuming
        state.channels[name]!.confirmed = false
        state.channels[name]!.shard = nil
    }

    private func poll(_ shards: inout Shards, timeout: Int32) {
        let addresses = Array(shards.connections.keys)
        var fds = addresses.map {
            pollfd(fd: shards.connections[$0]!.fileDescriptor, events: Int16(POLLIN), revents: 0)
        }
        fds.append(pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0))
        guard Glibc.poll(&fds, nfds_t(fds.count), timeout) > 0 else { return }
        if fds.last!.revents != 0 { drainWakePipe() }
        for (index, address) in addresses.enumerated() where fds[index].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0
        {
            do throws(RedisError) {
                for reply in try shards.connections[address]!.readAvailable() { handle(reply, from: address, &shards) }
            } catch {
                lose(address, &shards)
            }
        }
    }

    private func handle(_ reply: RedisReply, from address: String, _ shards: inout Shards) {
        if case .error = reply {
            // A refused SSUBSCRIBE (MOVED: our slot map was old; CLUSTERDOWN): every channel
            // still waiting on this shard is placed again from a fresh map.
            shards.topologyStale = true
            state.withLock { state in
                for name in state.channels.keys
                where state.channels[name]!.shard == address && !state.channels[name]!.confirmed {
                    unplace(name, &state)
                }
            }
            return
        }
        guard let parts = reply.elements, parts.count >= 3, let kind = parts[0].text, let name = parts[1].text else {
            return
        }
        switch kind {
        case "smessage":
            let continuations = state.withLock { state in
                state.channels[name].flatMap { $0.shard == address ? Array($0.streams.values) : nil } ?? []
            }
            guard !continuations.isEmpty else { return }
            guard let payload = parts[2].bytes, let delta = try? RedisKeys.decodeDelta(payload) else {
                malformed.add(1, ordering: .relaxed)
                return
            }
            for continuation in continuations { continuation.yield(.delta(delta)) }
        case "ssubscribe":
            let (waiters, resumed) = state.withLock {
                state -> ([CheckedContinuation<Void, any Error>], [AsyncStream<BusEvent>.Continuation]) in
                guard state.channels[name]?.shard == address else { return ([], []) }
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
        case "sunsubscribe":
            if let pending = shards.unsubscribing[address]?[name] {
                // The answer to our own SUNSUBSCRIBE.
                shards.unsubscribing[address]![name] = pending > 1 ? pending - 1 : nil
                return
            }
            // Redis's own: the slot moved away.
            let moved = state.withLock { state -> Bool in
                guard state.channels[name]?.shard == address else { return false }
                unplace(name, &state)
                return true
            }
            if moved { shards.topologyStale = true }
        default:
            break
        }
    }

    private func drainWakePipe() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakePipe.read, &buffer, buffer.count) > 0 {}
    }
}

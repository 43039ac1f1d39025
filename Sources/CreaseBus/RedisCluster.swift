import NIOPosix
import Synchronization

/// Redis Cluster's key space: 16,384 hash slots, each owned by one primary.
public enum RedisSlot {
    public static let count = 16_384

    /// The slot of a key or shard channel: CRC16 (XMODEM) of the key, or of its hash tag (the
    /// text between the first `{` and the next `}`, when not empty), modulo 16,384.
    public static func of(_ key: String) -> Int {
        let bytes = Array(key.utf8)
        var hashed = bytes[...]
        if let open = bytes.firstIndex(of: UInt8(ascii: "{")),
            let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "}")), close > open + 1
        {
            hashed = bytes[(open + 1)..<close]
        }
        return Int(crc16(hashed) & 0x3FFF)
    }

    static func crc16(_ bytes: ArraySlice<UInt8>) -> UInt16 {
        var crc: UInt16 = 0
        for byte in bytes {
            crc ^= UInt16(byte) << 8
            for _ in 0..<8 { crc = crc & 0x8000 != 0 ? (crc << 1) ^ 0x1021 : crc << 1 }
        }
        return crc
    }
}

/// Which primary owns each slot, and how many healthy replicas each primary has, as
/// `CLUSTER SLOTS` reported it (a replica that the cluster marked as failed is not listed).
public struct RedisClusterTopology: Sendable, Equatable {
    /// Owner per slot (index), nil where no node serves it.
    private var owners: [RedisEndpoint?]
    /// Every primary that owns at least one slot, in slot order.
    public private(set) var primaries: [RedisEndpoint] = []
    /// Replicas listed for each primary (by address).
    private var replicaCounts: [String: Int] = [:]

    public init() {
        owners = Array(repeating: nil, count: RedisSlot.count)
    }

    /// Parses a `CLUSTER SLOTS` reply. Nodes that report no address of their own (a node that
    /// has not learned it) are reached at `reportedBy`'s host. `template` supplies the
    /// credentials every node shares.
    public init(clusterSlots reply: RedisReply, reportedBy: RedisEndpoint) throws(RedisError) {
        self.init()
        guard let ranges = reply.elements else { throw RedisError("unexpected CLUSTER SLOTS reply") }
        for range in ranges {
            guard let parts = range.elements, parts.count >= 3,
                let start = parts[0].integer, let end = parts[1].integer,
                let primary = parts[2].elements, primary.count >= 2, let port = primary[1].integer,
                0 <= start, start <= end, end < RedisSlot.count
            else { throw RedisError("unexpected CLUSTER SLOTS entry") }
            let host = primary[0].text.flatMap { $0.isEmpty ? nil : $0 } ?? reportedBy.host
            let owner = RedisEndpoint(host: host, port: Int(port), credentials: reportedBy.credentials)
            for slot in Int(start)...Int(end) { owners[slot] = owner }
            if !primaries.contains(where: { $0.address == owner.address }) { primaries.append(owner) }
            replicaCounts[owner.address] = max(replicaCounts[owner.address] ?? 0, parts.count - 3)
        }
    }

    /// The replicas listed for `primary` (0 for a node that is not a primary here).
    public func replicaCount(of primary: RedisEndpoint) -> Int { replicaCounts[primary.address] ?? 0 }

    public func owner(ofSlot slot: Int) -> RedisEndpoint? { owners[slot] }

    public func owner(of key: String) -> RedisEndpoint? { owners[RedisSlot.of(key)] }

    /// Every slot has an owner.
    public var isComplete: Bool { owners.allSatisfy { $0 != nil } }

    /// Asks the nodes in `candidates`, in order, until one answers `CLUSTER SLOTS`.
    public static func fetch(from candidates: [RedisEndpoint]) throws(RedisError) -> RedisClusterTopology {
        var lastError = RedisError("no Redis Cluster node to ask", connectionLost: true)
        for candidate in candidates {
            do throws(RedisError) {
                let connection = try RedisConnection(candidate)
                let reply = try connection.command(["CLUSTER", "SLOTS"])
                if case .error(let message) = reply {
                    throw RedisError("CLUSTER SLOTS at \(candidate.address): \(message)")
                }
                return try RedisClusterTopology(clusterSlots: reply, reportedBy: candidate)
            } catch {
                if error.authenticationFailed { throw error }
                lastError = error
            }
        }
        throw lastError
    }
}

/// A cluster's answer that a command belongs elsewhere.
public enum RedisRedirect: Equatable, Sendable {
    /// `MOVED slot host:port`: the slot lives there now (refresh the slot map).
    case moved(slot: Int, host: String, port: Int)
    /// `ASK slot host:port`: this one command goes there, after `ASKING` (the slot is migrating).
    case ask(slot: Int, host: String, port: Int)

    /// Reads an error reply; nil when it is not a redirect.
    public init?(error message: String) {
        let parts = message.split(separator: " ")
        guard parts.count == 3, let slot = Int(parts[1]), let colon = parts[2].lastIndex(of: ":"),
            let port = Int(parts[2][parts[2].index(after: colon)...])
        else { return nil }
        let host = String(parts[2][..<colon])
        switch parts[0] {
        case "MOVED": self = .moved(slot: slot, host: host, port: port)
        case "ASK": self = .ask(slot: slot, host: host, port: port)
        default: return nil
        }
    }

    public func target(credentials: RedisCredentials?) -> RedisEndpoint {
        switch self {
        case .moved(_, let host, let port), .ask(_, let host, let port):
            RedisEndpoint(host: host, port: port, credentials: credentials)
        }
    }
}

/// Runs commands against one Redis node or a Redis Cluster: what the publisher and the bus's
/// state and history reads need, whichever the deployment.
protocol RedisCommandRouting: Sendable {
    /// Runs a command on the node that owns `key` (any node for nil); an error reply throws.
    func run(key: String?, bytes arguments: [[UInt8]]) async throws -> RedisReply
    /// Runs `write` on the node that owns `key` and returns once at least one replica of that
    /// node has it too, where the node has replicas: a write acknowledged this way survives the
    /// node's failover, and its announcement goes out only then. Throws
    /// ``RedisError/notReplicated`` when no replica confirms it in time (the write may still be
    /// on the node, unannounced). The write may run twice (a retry after a lost connection), so
    /// it must be idempotent.
    func runReplicated(key: String, _ write: ReplicatedWrite) async throws -> RedisReply
    /// Every key matching `pattern`, over every primary.
    func keys(matching pattern: String) async throws -> [String]
    /// The values of `keys` (nil reply where missing), in order.
    func values(of keys: [String]) async throws -> [RedisReply]
    func start()
    func shutdown() async
}

/// A write whose effect is announced (published) only once it is safe from a failover.
struct ReplicatedWrite: Sendable {
    /// The write; `announcing` asks it to announce itself in the same atomic step (there is no
    /// replica to wait for).
    var command: @Sendable (_ announcing: Bool) -> [[UInt8]]
    /// Whether the write's reply says it took effect (or found itself already there).
    var tookEffect: @Sendable (RedisReply) -> Bool
    /// Sent once a replica has the write.
    var announcement: [[UInt8]]
}

extension RedisCommandRouting {
    func run(key: String?, _ arguments: [String]) async throws -> RedisReply {
        try await run(key: key, bytes: arguments.map { Array($0.utf8) })
    }
}

extension RedisCommandPool: RedisCommandRouting {
    func run(key: String?, bytes arguments: [[UInt8]]) async throws -> RedisReply {
        try await run(bytes: arguments)
    }

    /// One node, which may have replicas of its own (promoted by Sentinel or by hand): the same
    /// wait for one of them, where any is connected.
    func runReplicated(key: String, _ write: ReplicatedWrite) async throws -> RedisReply {
        let timeout = RedisClusterCommands.replicationTimeoutMilliseconds
        let (replies, confirmed) = try await runReplicated(write, timeoutMilliseconds: timeout, replicasAtLeast: 0)
        let reply = replies.last ?? .null
        if case .error(let message) = reply { throw RedisError(message) }
        guard confirmed else { throw RedisError.notReplicated(key: key, within: timeout) }
        return reply
    }

    func keys(matching pattern: String) async throws -> [String] {
        var cursor = "0"
        var keys: [String] = []
        repeat {
            let reply = try await run(["SCAN", cursor, "MATCH", pattern, "COUNT", "1000"])
            guard let parts = reply.elements, parts.count == 2 else { throw RedisError("unexpected SCAN reply") }
            cursor = parts[0].text ?? "0"
            keys += parts[1].elements?.compactMap(\.text) ?? []
        } while cursor != "0"
        return keys
    }

    func values(of keys: [String]) async throws -> [RedisReply] {
        var values: [RedisReply] = []
        for start in stride(from: 0, to: keys.count, by: 500) {
            values += try await run(["MGET"] + keys[start..<min(start + 500, keys.count)]).elements ?? []
        }
        return values
    }
}

/// Commands over a Redis Cluster: each goes to the primary that owns its key's slot, with one
/// ``RedisCommandPool`` per primary. `MOVED` refreshes the slot map and retries there; `ASK`
/// retries once at the named node after `ASKING`; a lost node, `CLUSTERDOWN` or `TRYAGAIN`
/// (a failover or migration in progress) refreshes the map and retries with backoff for up to
/// `patience`, so a primary's failover delays commands instead of failing them.
final class RedisClusterCommands: RedisCommandRouting {
    private struct State {
        var topology = RedisClusterTopology()
        var pools: [String: RedisCommandPool] = [:]
        var running = true
    }

    private let seeds: [RedisEndpoint]
    private let patience: Duration
    private let state = Mutex(State())
    /// Runs the blocking `CLUSTER SLOTS` fetches off the cooperative pool.
    private let refresher = NIOThreadPool(numberOfThreads: 1)

    init(seeds: [RedisEndpoint], patience: Duration = .seconds(15)) {
        self.seeds = seeds
        self.patience = patience
    }

    func start() { refresher.start() }

    func shutdown() async {
        let pools = state.withLock { state in
            state.running = false
            defer { state.pools = [:] }
            return Array(state.pools.values)
        }
        for pool in pools { await pool.shutdown() }
        try? await refresher.shutdownGracefully()
    }

    /// The slot map now (empty until the first command or ``refreshTopology()``).
    var topology: RedisClusterTopology { state.withLock { $0.topology } }

    /// Reads the slot map again, asking the known primaries first, then the seeds.
    @discardableResult
    func refreshTopology() async throws -> RedisClusterTopology {
        let candidates = state.withLock { $0.topology.primaries } + seeds
        let topology = try await refresher.runIfActive { () throws(RedisError) -> RedisClusterTopology in
            try RedisClusterTopology.fetch(from: candidates)
        }
        state.withLock { $0.topology = topology }
        return topology
    }

    func run(key: String?, bytes arguments: [[UInt8]]) async throws -> RedisReply {
        try await route(key: key) { pool, _, asking in
            let replies = try await pool.run(pipeline: (asking ? [[Array("ASKING".utf8)]] : []) + [arguments])
            if case .error(let message) = replies.last { throw RedisError(message) }
            return replies.last ?? .null
        }
    }

    /// How long a write waits for a replica's acknowledgement (`WAIT`); on loopback it takes
    /// well under a millisecond, across zones a few.
    static let replicationTimeoutMilliseconds = 1_000

    func runReplicated(key: String, _ write: ReplicatedWrite) async throws -> RedisReply {
        try await route(key: key) { pool, target, asking in
            // The slot map's replicas count too: ROLE lists only replicas whose link is up, and
            // a replica resyncing now may still be promoted later.
            let (replies, confirmed) = try await pool.runReplicated(
                prefix: asking ? [[Array("ASKING".utf8)]] : [], write,
                timeoutMilliseconds: Self.replicationTimeoutMilliseconds,
                replicasAtLeast: self.topology.replicaCount(of: target))
            let reply = replies.last ?? .null
            if case .error(let message) = reply { throw RedisError(message) }
            guard confirmed else {
                throw RedisError.notReplicated(key: key, within: Self.replicationTimeoutMilliseconds)
            }
            return reply
        }
    }

    /// Runs `attempt` on the pool of the node that owns `key`'s slot, following redirects and
    /// retrying through failovers (see the type's documentation).
    private func route(
        key: String?, _ attempt: (RedisCommandPool, RedisEndpoint, _ asking: Bool) async throws -> RedisReply
    ) async throws -> RedisReply {
        let deadline = ContinuousClock.now + patience
        var target: RedisEndpoint?
        var asking = false
        var delay = Duration.milliseconds(50)
        var redirects = 0
        while true {
            do {
                if target == nil {
                    var topology = self.topology
                    if topology.primaries.isEmpty { topology = try await refreshTopology() }
                    target = key.map { topology.owner(of: $0) } ?? topology.primaries.randomElement()
                    guard target != nil else { throw RedisError("CLUSTERDOWN no node serves the slot of \(key ?? "")") }
                }
                let wasAsking = asking
                asking = false
                return try await attempt(try pool(for: target!), target!, wasAsking)
            } catch let error as RedisError {
                if error.authenticationFailed { throw error }
                if let redirect = RedisRedirect(error: error.description) {
                    // Nodes that disagree mid-migration could bounce a command forever.
                    redirects += 1
                    guard redirects <= 16, ContinuousClock.now < deadline else { throw error }
                    var next = redirect.target(credentials: seeds.first?.credentials)
                    if next.host.isEmpty { next.host = target?.host ?? "127.0.0.1" }
                    target = next
                    if case .ask = redirect { asking = true } else { _ = try? await refreshTopology() }
                    continue
                }
                let transient =
                    error.connectionLost || error.description.hasPrefix("CLUSTERDOWN")
                    || error.description.hasPrefix("TRYAGAIN") || error.description.hasPrefix("LOADING")
                    || error.description.hasPrefix("READONLY") || error.description.hasPrefix("MASTERDOWN")
                guard transient, ContinuousClock.now + delay < deadline else { throw error }
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .milliseconds(500))
                target = nil
                _ = try? await refreshTopology()
            }
        }
    }

    func keys(matching pattern: String) async throws -> [String] {
        var topology = self.topology
        if topology.primaries.isEmpty { topology = try await refreshTopology() }
        var keys: [String] = []
        for primary in topology.primaries { keys += try await pool(for: primary).keys(matching: pattern) }
        return keys
    }

    func values(of keys: [String]) async throws -> [RedisReply] {
        var values: [RedisReply] = []
        for key in keys { values.append(try await run(key: key, ["GET", key])) }
        return values
    }

    private func pool(for endpoint: RedisEndpoint) throws(RedisError) -> RedisCommandPool {
        try state.withLock { state throws(RedisError) -> RedisCommandPool in
            guard state.running else { throw RedisError("the Redis Cluster client is shut down") }
            if let pool = state.pools[endpoint.address] { return pool }
            let pool = RedisCommandPool(endpoint: endpoint, threads: 1)
            pool.start()
            state.pools[endpoint.address] = pool
            return pool
        }
    }
}

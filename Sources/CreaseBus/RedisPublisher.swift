import CreaseProtocol
import NIOCore

/// Publishes events into Redis for every gateway (the ingest side of PROTOCOL.md §4).
///
/// For each event: read the state, apply the merge patch and encode the new state document and
/// the delta (the exact bytes clients will receive, seq = previous + 1, `ts` set now), then one
/// Lua script writes the state key, appends to the capped history stream and publishes, but
/// only if the state still has the seq it was read at. Two publishers racing on a match retry
/// instead of publishing a seq twice; a publisher that restarts resumes from the state in Redis.
///
/// Over a Redis Cluster the same script runs on the primary that owns the match's slot (the
/// cluster key layout puts state, history and shard channel in one slot) and publishes with
/// `SPUBLISH`. Where the primary has replicas, the script writes without publishing, `WAIT`
/// waits until a replica has the write, and only then the delta is published and the publish
/// returns: an acknowledged event, and any delta a client saw, survive the primary's failover.
/// An unconfirmed write is neither acknowledged nor published (gateways see the next delta
/// after a gap, and resync).
/// The script is idempotent: run again with the same arguments (a retry after the reply was
/// lost, on the old primary or the promoted replica) it finds its own write (by a write id
/// unique to the publish, kept in the stream entry) and answers as if it had written it, or
/// writes the same seq and bytes where the write was lost. Ingest's seqs
/// therefore run 1, 2, 3, … across failovers, each seq naming one delta.
public final class RedisPublisher: EventPublisher {
    private let commands: any RedisCommandRouting
    private let historyLength: Int
    private let layout: RedisKeyLayout
    private let scriptSHA: String

    /// KEYS: state, log. ARGV: expected previous seq, state document, delta, new seq,
    /// history length, channel, publish command (`PUBLISH` or `SPUBLISH`, or empty: published
    /// separately once a replica has the write), write id (unique per publish, kept in the
    /// stream entry). Returns {1, seq} when written, {2, current seq} when this very write (its
    /// seq's entry carries this write id) is there already, {0, current seq} on a conflict.
    /// {2} writes the state again as it is, so that the connection has a write for `WAIT` to
    /// wait on (Redis 7.2 and later wait for the connection's own last write).
    static let script = """
        local current = redis.call('GET', KEYS[1])
        local seq = 0
        if current then seq = tonumber(cjson.decode(current)['seq']) end
        if seq >= tonumber(ARGV[4]) then
          local entry = redis.call('XRANGE', KEYS[2], ARGV[4] .. '-0', ARGV[4] .. '-0')[1]
          if entry and entry[2][6] == ARGV[8] then
            redis.call('SET', KEYS[1], current)
            return {2, seq}
          end
        end
        if seq ~= tonumber(ARGV[1]) then return {0, seq} end
        redis.call('SET', KEYS[1], ARGV[2])
        redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[5], ARGV[4] .. '-0', 'seq', ARGV[4], 'delta', ARGV[3], 'write', ARGV[8])
        if ARGV[7] ~= '' then redis.call(ARGV[7], ARGV[6], ARGV[3]) end
        return {1, tonumber(ARGV[4])}
        """

    /// Connects to one Redis node and loads the script (by SHA from then on).
    public convenience init(endpoint: RedisEndpoint, historyLength: Int, channelPrefix: String = "match:") async throws
    {
        try await self.init(
            commands: RedisCommandPool(endpoint: endpoint), historyLength: historyLength,
            layout: RedisKeyLayout(clustered: false, channelPrefix: channelPrefix))
    }

    /// Connects to a Redis Cluster through `seeds` (the slot map comes from the first that
    /// answers) and loads the script.
    public convenience init(
        clusterSeeds seeds: [RedisEndpoint], historyLength: Int, channelPrefix: String = "match:"
    ) async throws {
        try await self.init(
            commands: RedisClusterCommands(seeds: seeds), historyLength: historyLength,
            layout: RedisKeyLayout(clustered: true, channelPrefix: channelPrefix))
    }

    private init(commands: any RedisCommandRouting, historyLength: Int, layout: RedisKeyLayout) async throws {
        self.commands = commands
        commands.start()
        self.historyLength = max(historyLength, 1)
        self.layout = layout
        do {
            // Any node: the SHA is the script's; a node without it answers NOSCRIPT, and the
            // publish falls back to EVAL there once.
            guard let sha = try await commands.run(key: nil, ["SCRIPT", "LOAD", Self.script]).text else {
                throw RedisError("SCRIPT LOAD gave no SHA")
            }
            scriptSHA = sha
        } catch {
            await commands.shutdown()  // no connection threads left behind by a failed start
            throw error
        }
    }

    /// Connects, retrying with capped exponential backoff for up to `patience` while Redis is
    /// unreachable or still loading its data (`LOADING`): a publisher started together with
    /// Redis (a compose file, a restart) waits for it instead of exiting.
    public static func connect(
        endpoint: RedisEndpoint, historyLength: Int, channelPrefix: String = "match:",
        patience: Duration = .seconds(60),
        onRetry: @Sendable (any Error, Duration) -> Void = { _, _ in }
    ) async throws -> RedisPublisher {
        try await connect(patience: patience, onRetry: onRetry) {
            try await RedisPublisher(endpoint: endpoint, historyLength: historyLength, channelPrefix: channelPrefix)
        }
    }

    /// ``connect(endpoint:historyLength:channelPrefix:patience:onRetry:)`` for a Redis Cluster.
    public static func connect(
        clusterSeeds seeds: [RedisEndpoint], historyLength: Int, channelPrefix: String = "match:",
        patience: Duration = .seconds(60),
        onRetry: @Sendable (any Error, Duration) -> Void = { _, _ in }
    ) async throws -> RedisPublisher {
        try await connect(patience: patience, onRetry: onRetry) {
            try await RedisPublisher(clusterSeeds: seeds, historyLength: historyLength, channelPrefix: channelPrefix)
        }
    }

    private static func connect(
        patience: Duration, onRetry: @Sendable (any Error, Duration) -> Void,
        _ attempt: () async throws -> RedisPublisher
    ) async throws -> RedisPublisher {
        let deadline = ContinuousClock.now + patience
        var delay = Duration.milliseconds(100)
        while true {
            do {
                return try await attempt()
            } catch {
                // Wrong credentials stay wrong: say so now instead of after the patience.
                if let redisError = error as? RedisError, redisError.authenticationFailed { throw error }
                guard ContinuousClock.now + delay < deadline else { throw error }
                onRetry(error, delay)
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
    }

    public func shutdown() async { await commands.shutdown() }

    public func publish(to match: MatchID, priority: Priority, patch: JSONValue) async throws -> MatchSummary {
        let stateKey = layout.state(match)
        for _ in 0..<16 {
            let stored = try await commands.run(key: stateKey, ["GET", stateKey])
            let previous = try stored.bytes.map { try JSONValue(parsing: $0) }
            let previousSeq = previous?["seq"]?.integerValue ?? 0
            let seq = previousSeq + 1
            let state = MergePatch.apply(patch, to: previous?["state"])
            let document = JSONValue.object(["match": .string(match.rawValue), "seq": .integer(seq), "state": state])
                .serialized
            let delta = ServerMessage.delta(
                match: match, seq: seq, timestamp: WallClock.milliseconds(), priority: priority, data: patch)
            // Tells this write from another publisher's write of the same seq (even of the same
            // patch, in the same millisecond) when a retry finds the seq taken.
            let write = String(UInt64.random(in: .min ... .max), radix: 36)
            let reply: RedisReply
            do {
                reply = try await evaluate(
                    .sha, previousSeq: previousSeq, seq: seq, match: match, document: document, delta: delta,
                    write: write)
            } catch let error as RedisError where error.description.hasPrefix("NOSCRIPT") {
                // This node lost its script cache (a restart, a promoted replica) or never had
                // it: EVAL runs the same script and caches it there.
                reply = try await evaluate(
                    .source, previousSeq: previousSeq, seq: seq, match: match, document: document, delta: delta,
                    write: write)
            }
            if let outcome = reply.elements?.first?.integer, outcome == 1 || outcome == 2 {
                return MatchSummary(match: match, seq: seq)
            }
        }
        throw RedisError("too many concurrent writers on \(match)")
    }

    private enum ScriptReference { case sha, source }

    private func evaluate(
        _ reference: ScriptReference, previousSeq: Int64, seq: Int64, match: MatchID, document: [UInt8], delta: [UInt8],
        write: String
    ) async throws -> RedisReply {
        let stateKey = layout.state(match)
        let head =
            reference == .sha
            ? [Array("EVALSHA".utf8), Array(scriptSHA.utf8)] : [Array("EVAL".utf8), Array(Self.script.utf8)]
        let (channel, publish) = (Array(layout.channel(match).utf8), Array(layout.publishCommand.utf8))
        let arguments = [
            Array("2".utf8), Array(stateKey.utf8), Array(layout.log(match).utf8),
            Array(String(previousSeq).utf8), document, delta, Array(String(seq).utf8),
            Array(String(historyLength).utf8), channel,
        ]
        let writeID = Array(write.utf8)
        // Published in the script where no replica is to be waited for, else only once one
        // has the write: a delta clients saw is never one a failover takes back.
        return try await commands.runReplicated(
            key: stateKey,
            ReplicatedWrite(
                command: { announcing in head + arguments + [announcing ? publish : [], writeID] },
                tookEffect: { reply in
                    guard let outcome = reply.elements?.first?.integer else { return false }
                    return outcome == 1 || outcome == 2
                },
                announcement: [publish, channel, delta]))
    }
}

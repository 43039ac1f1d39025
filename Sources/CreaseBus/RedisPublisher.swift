import CreaseProtocol
import NIOCore

/// Publishes events into Redis for every gateway (the ingest side of PROTOCOL.md §4).
///
/// For each event: read the state, apply the merge patch and encode the new state document and
/// the delta (the exact bytes clients will receive, seq = previous + 1, `ts` set now), then one
/// Lua script writes the state key, appends to the capped history stream and publishes, but
/// only if the state still has the seq it was read at. Two publishers racing on a match retry
/// instead of publishing a seq twice; a publisher that restarts resumes from the state in Redis.
public final class RedisPublisher: EventPublisher {
    private let commands: RedisCommandPool
    private let historyLength: Int
    private let channelPrefix: String
    private let scriptSHA: String

    /// KEYS: state, log. ARGV: expected previous seq, state document, delta, new seq,
    /// history length, channel. Returns {1, seq} when written, {0, current seq} on a conflict.
    static let script = """
        local current = redis.call('GET', KEYS[1])
        local seq = 0
        if current then seq = tonumber(cjson.decode(current)['seq']) end
        if seq ~= tonumber(ARGV[1]) then return {0, seq} end
        redis.call('SET', KEYS[1], ARGV[2])
        redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[5], ARGV[4] .. '-0', 'seq', ARGV[4], 'delta', ARGV[3])
        redis.call('PUBLISH', ARGV[6], ARGV[3])
        return {1, tonumber(ARGV[4])}
        """

    /// Connects and loads the script (by SHA from then on).
    public init(endpoint: RedisEndpoint, historyLength: Int, channelPrefix: String = "match:") async throws {
        commands = RedisCommandPool(endpoint: endpoint)
        commands.start()
        self.historyLength = max(historyLength, 1)
        self.channelPrefix = channelPrefix
        do {
            guard let sha = try await commands.run(["SCRIPT", "LOAD", Self.script]).text else {
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
        endpoint: RedisEndpoint, historyLength: Int, channelPrefix: String = "match:", patience: Duration = .seconds(60),
        onRetry: @Sendable (any Error, Duration) -> Void = { _, _ in }
    ) async throws -> RedisPublisher {
        let deadline = ContinuousClock.now + patience
        var delay = Duration.milliseconds(100)
        while true {
            do {
                return try await RedisPublisher(endpoint: endpoint, historyLength: historyLength, channelPrefix: channelPrefix)
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
        for _ in 0..<16 {
            let stored = try await commands.run(["GET", RedisKeys.state(match)])
            let previous = try stored.bytes.map { try JSONValue(parsing: $0) }
            let previousSeq = previous?["seq"]?.integerValue ?? 0
            let seq = previousSeq + 1
            let state = MergePatch.apply(patch, to: previous?["state"])
            let document = JSONValue.object(["match": .string(match.rawValue), "seq": .integer(seq), "state": state]).serialized
            let delta = ServerMessage.delta(match: match, seq: seq, timestamp: WallClock.milliseconds(), priority: priority, data: patch)
            let reply: RedisReply
            do {
                reply = try await evaluate(previousSeq: previousSeq, seq: seq, match: match, document: document, delta: delta)
            } catch let error as RedisError where error.description.hasPrefix("NOSCRIPT") {
                // Redis restarted and lost its script cache: load it again (same SHA).
                _ = try await commands.run(["SCRIPT", "LOAD", Self.script])
                continue
            }
            if reply.elements?.first?.integer == 1 { return MatchSummary(match: match, seq: seq) }
        }
        throw RedisError("too many concurrent writers on \(match)")
    }

    private func evaluate(previousSeq: Int64, seq: Int64, match: MatchID, document: [UInt8], delta: [UInt8]) async throws -> RedisReply {
        try await commands.run(bytes: [
                Array("EVALSHA".utf8), Array(scriptSHA.utf8), Array("2".utf8),
                Array(RedisKeys.state(match).utf8), Array(RedisKeys.log(match).utf8),
                Array(String(previousSeq).utf8), document, delta, Array(String(seq).utf8),
                Array(String(historyLength).utf8), Array((channelPrefix + match.rawValue).utf8),
            ])
    }
}

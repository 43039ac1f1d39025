import Configuration
import CreaseBus
import CreaseProtocol
import Logging
import NIOCore

#if canImport(Glibc)
import Glibc
#endif

/// Everything a gateway can be tuned by, read once at start-up (PROTOCOL.md §6).
///
/// Every setting is an environment variable with a safe default; an invalid value stops
/// start-up with a ``ConfigurationError`` that names the variable and what it accepts.
public struct GatewayConfiguration: Sendable, Equatable {
    public var host = "0.0.0.0"
    public var port = 8080
    /// Redis mode's one node (`REDIS_URL`, credentials from it or from `REDIS_USERNAME` /
    /// `REDIS_PASSWORD`); nil with no `REDIS_URL`.
    public var redisEndpoint: RedisEndpoint?
    /// Redis Cluster mode's seed nodes (`REDIS_CLUSTER_NODES`), each with the credentials of
    /// `REDIS_USERNAME` / `REDIS_PASSWORD`; empty outside cluster mode.
    public var redisClusterSeeds: [RedisEndpoint] = []
    /// Where the Redis credentials were configured, for errors that must name it.
    public var redisCredentialVariables = "REDIS_URL"

    /// Embedded (no Redis), one Redis node, or a Redis Cluster.
    public var busMode: BusMode {
        if !redisClusterSeeds.isEmpty { return .redisCluster }
        return redisEndpoint == nil ? .embedded : .redis
    }

    public enum BusMode: String, Sendable {
        case embedded
        case redis
        case redisCluster = "redis-cluster"
    }
    public var ingestToken: String?
    /// `ALLOWED_ORIGINS`: browser origins allowed to open a WebSocket; nil allows any.
    public var allowedOrigins: OriginAllowList?
    public var maxConnections = 25_000
    public var ackTimeoutMilliseconds = 5_000
    public var compression = true
    public var drainSeconds = 10
    public var logLevel: Logger.Level = .info
    public var heartbeatMilliseconds = 15_000
    public var heartbeatTimeoutMilliseconds = 45_000
    public var maxMessageBytes = 65_536
    public var outboundQueueDepth = 256
    public var outboundQueueBytes = 262_144
    public var compressionMinBytes = 256
    /// The longest a plain HTTP connection may go without completing a request (`HTTP_TIMEOUT_MS`).
    public var httpTimeoutMilliseconds = 10_000
    /// Let clients keep their compression context between messages (`COMPRESSION_CLIENT_CONTEXT_TAKEOVER`).
    /// Off: the answer carries `client_no_context_takeover`, and inbound messages inflate with a
    /// stream shared per event loop. On: a client that compresses gets an inflate stream of its own
    /// (about 40 KiB, created at its first compressed message).
    public var compressionClientContextTakeover = false
    public var maxSubscriptions = 100
    public var historyLength = 1_000
    public var admissionRate = 2_000
    /// Frames of any kind one client may send per second, with a burst of twice that
    /// (`CLIENT_FRAME_RATE`); past it the client's socket is not read until it is back in
    /// allowance. A client acking 100 subscriptions every 500 ms sends 200.
    public var clientFrameRate = 500
    /// Subscribe and unsubscribe requests one client may send per second, with a burst of twice
    /// `MAX_SUBSCRIPTIONS` (`CLIENT_REQUEST_RATE`): an app may subscribe to everything at once
    /// and a viewer may switch matches once a second, but each request costs the gateway actor
    /// hops and a reply (about 65 µs, `Benchmarks/RESULTS.md`), so a spammer gets no more.
    public var clientRequestRate = 2
    public var shedLagMilliseconds = 100
    public var shedQueuedBytes = 1_073_741_824
    /// How long the oldest delta in an event loop's fan-out inbox may wait before `low` deltas
    /// are shed (`SHED_BACKLOG_MS`; twice this: `normal` too). Long enough for the backlog of a
    /// join storm, which drains by itself, to shed nothing (Benchmarks/RESULTS.md, 2026-12-06).
    public var shedBacklogMilliseconds = 5_000
    public var channelPrefix = "match:"
    /// Serve `/metrics` on this port instead of the gateway port.
    public var adminPort: Int?
    /// Test only: serve `/v1/echo` for the Autobahn testsuite.
    public var echoEndpoint = false
    /// Embedded mode: where each match's seqs start (`SEQ_ORIGIN`).
    public var seqOrigin = SeqOrigin.clock

    /// Where an embedded gateway's seqs start.
    public enum SeqOrigin: String, Sendable {
        /// Above the start time in microseconds since 1970: every seq of a run is above every
        /// seq of the runs before, so a client's `since` from before a restart gets a snapshot,
        /// never another history's deltas (PROTOCOL.md §2.3).
        case clock
        /// At 1 on every start. Tests only: a restart reuses seqs.
        case zero
    }
    /// crease-ingest's HTTP listener.
    public var ingestHost = "0.0.0.0"
    public var ingestPort = 8081
    /// crease-ingest: a JSON-lines file of events to publish (`REPLAY_FILE`), and how many per
    /// second (`REPLAY_RATE`, 0: as fast as Redis takes them).
    public var replayFile: String?
    public var replayRate = 0.0
    /// Matches the built-in cricket simulator plays.
    public var demoMatches = 0
    /// Milliseconds between two balls of the demo simulator.
    public var demoBallMilliseconds = 3_000
    /// The node id announced in `hello` (`NODE_ID`; default: host name and pid).
    public var nodeID: String
    /// NIO event loop threads (`EVENT_LOOP_THREADS`; default: one per core).
    public var eventLoopThreads: Int
    /// `SO_SNDBUF` for client sockets, bytes (`SOCKET_SEND_BUFFER`; 0 keeps the kernel's).
    /// Small enough that a stalled reader shows up as unwritable quickly, so it waits in its own
    /// bounded queue instead of in the kernel.
    public var socketSendBuffer = 65_536
    /// `SO_RCVBUF` for client sockets, bytes (`SOCKET_RECEIVE_BUFFER`; 0 keeps the kernel's).
    /// Clients send acks and small requests; a client the gateway stops reading (past its
    /// allowance) can make the kernel hold no more than this for it, where the kernel's own
    /// autotuning would let it fill megabytes.
    public var socketReceiveBuffer = 65_536
    /// What a client with a conflating subscription may have unsent in socket buffers, bytes
    /// (`CONFLATE_SEND_BUFFER`; 0: no limit, nil), from its first such subscription on: the rest
    /// waits in its queue, where deltas fold into one, instead of in buffers where they cannot.
    public var conflateSendBuffer: Int? = 4_096
    /// Subscribers one event loop visits in one fan-out slice before it flushes and lets its
    /// sockets and timers run (`FANOUT_SLICE`). Smaller: lower event-loop lag during a large
    /// fan-out; larger: fewer passes.
    public var fanoutSlice = 1_024
    /// What carries upgraded WebSockets (`TRANSPORT`; default: epoll on Linux, nio elsewhere).
    #if os(Linux)
    public var transport = Transport.epoll
    #else
    public var transport = Transport.nio
    #endif

    /// What carries upgraded WebSockets. HTTP (REST, metrics, the upgrade itself) is always
    /// SwiftNIO's.
    public enum Transport: String, Sendable {
        /// SwiftNIO channels.
        case nio
        /// The gateway's own epoll loops (Linux): one small object per socket and one `writev`
        /// per flush, for less memory and CPU per connection. The listener is ours; each
        /// connection is served by SwiftNIO's HTTP code until its upgrade, then handed over.
        case epoll
    }

    public init(nodeID: String = GatewayConfiguration.defaultNodeID(), eventLoopThreads: Int = System.coreCount) {
        self.nodeID = nodeID
        self.eventLoopThreads = eventLoopThreads
    }

    public static func defaultNodeID() -> String {
        var name = [CChar](repeating: 0, count: 256)
        let host =
            gethostname(&name, name.count) == 0
            ? String(decoding: name.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : "gateway"
        return "\(host)-\(getpid())"
    }

    /// Reads the configuration from the process environment.
    public static func fromEnvironment() throws(ConfigurationError) -> GatewayConfiguration {
        try GatewayConfiguration(reader: ConfigReader(provider: EnvironmentVariablesProvider()))
    }

    /// Reads the configuration from `variables` (tests, embedding).
    public static func from(environment variables: [String: String]) throws(ConfigurationError) -> GatewayConfiguration
    {
        try GatewayConfiguration(
            reader: ConfigReader(provider: EnvironmentVariablesProvider(environmentVariables: variables)))
    }

    init(reader: ConfigReader) throws(ConfigurationError) {
        let settings = SettingsReader(reader: reader)
        self.init(
            nodeID: try settings.string("NODE_ID") ?? GatewayConfiguration.defaultNodeID(),
            eventLoopThreads: try settings.integer("EVENT_LOOP_THREADS", in: 1...256) ?? System.coreCount
        )
        host = try settings.string("GATEWAY_HOST") ?? host
        port = try settings.integer("GATEWAY_PORT", in: 0...65_535) ?? port
        try readRedis(settings)
        ingestToken = try settings.string("INGEST_TOKEN")
        if let origins = try settings.string("ALLOWED_ORIGINS") {
            switch OriginAllowList.parse(origins) {
            case .success(let list): allowedOrigins = list
            case .failure(let error):
                throw ConfigurationError(
                    variable: "ALLOWED_ORIGINS",
                    message:
                        "has '\(error.entry)'; expected origins such as https://scores.example,http://localhost:8080")
            }
        }
        maxConnections = try settings.integer("MAX_CONNECTIONS", in: 1...10_000_000) ?? maxConnections
        ackTimeoutMilliseconds = try settings.integer("ACK_TIMEOUT_MS", in: 10...3_600_000) ?? ackTimeoutMilliseconds
        compression = try settings.switch("COMPRESSION") ?? compression
        drainSeconds = try settings.integer("DRAIN_SECONDS", in: 0...3_600) ?? drainSeconds
        logLevel = try settings.logLevel("LOG_LEVEL") ?? logLevel
        heartbeatMilliseconds = try settings.integer("HEARTBEAT_MS", in: 10...3_600_000) ?? heartbeatMilliseconds
        heartbeatTimeoutMilliseconds =
            try settings.integer("HEARTBEAT_TIMEOUT_MS", in: 10...36_000_000) ?? heartbeatTimeoutMilliseconds
        maxMessageBytes = try settings.integer("MAX_MESSAGE_BYTES", in: 125...(1 << 30)) ?? maxMessageBytes
        outboundQueueDepth = try settings.integer("OUTBOUND_QUEUE_DEPTH", in: 1...1_000_000) ?? outboundQueueDepth
        outboundQueueBytes = try settings.integer("OUTBOUND_QUEUE_BYTES", in: 1_024...(1 << 30)) ?? outboundQueueBytes
        compressionMinBytes = try settings.integer("COMPRESSION_MIN_BYTES", in: 0...(1 << 30)) ?? compressionMinBytes
        httpTimeoutMilliseconds = try settings.integer("HTTP_TIMEOUT_MS", in: 10...3_600_000) ?? httpTimeoutMilliseconds
        compressionClientContextTakeover =
            try settings.switch("COMPRESSION_CLIENT_CONTEXT_TAKEOVER") ?? compressionClientContextTakeover
        maxSubscriptions = try settings.integer("MAX_SUBSCRIPTIONS", in: 1...100_000) ?? maxSubscriptions
        historyLength = try settings.integer("HISTORY_LEN", in: 0...1_000_000) ?? historyLength
        admissionRate = try settings.integer("ADMISSION_RATE", in: 1...10_000_000) ?? admissionRate
        clientFrameRate = try settings.integer("CLIENT_FRAME_RATE", in: 1...1_000_000) ?? clientFrameRate
        clientRequestRate = try settings.integer("CLIENT_REQUEST_RATE", in: 1...1_000_000) ?? clientRequestRate
        shedLagMilliseconds = try settings.integer("SHED_LAG_MS", in: 1...3_600_000) ?? shedLagMilliseconds
        shedQueuedBytes = try settings.integer("SHED_QUEUED_BYTES", in: 1_024...Int.max) ?? shedQueuedBytes
        shedBacklogMilliseconds = try settings.integer("SHED_BACKLOG_MS", in: 1...3_600_000) ?? shedBacklogMilliseconds
        channelPrefix = try settings.string("CHANNEL_PREFIX") ?? channelPrefix
        adminPort = try settings.integer("ADMIN_PORT", in: 0...65_535)
        echoEndpoint = try settings.switch("ECHO_ENDPOINT") ?? echoEndpoint
        if let origin = try settings.string("SEQ_ORIGIN") {
            guard let parsed = SeqOrigin(rawValue: origin.lowercased()) else {
                throw ConfigurationError(variable: "SEQ_ORIGIN", message: "is '\(origin)'; expected clock or zero")
            }
            seqOrigin = parsed
        }
        ingestHost = try settings.string("INGEST_HOST") ?? ingestHost
        ingestPort = try settings.integer("INGEST_PORT", in: 0...65_535) ?? ingestPort
        replayFile = try settings.string("REPLAY_FILE")
        replayRate = Double(try settings.integer("REPLAY_RATE", in: 0...1_000_000) ?? 0)
        demoMatches = try settings.integer("DEMO_MATCHES", in: 0...10_000) ?? demoMatches
        demoBallMilliseconds = try settings.integer("DEMO_BALL_MS", in: 1...3_600_000) ?? demoBallMilliseconds
        socketSendBuffer = try settings.integer("SOCKET_SEND_BUFFER", in: 0...(64 << 20)) ?? socketSendBuffer
        socketReceiveBuffer =
            try settings.integer("SOCKET_RECEIVE_BUFFER", in: 0...(64 << 20)) ?? socketReceiveBuffer
        fanoutSlice = try settings.integer("FANOUT_SLICE", in: 1...1_000_000) ?? fanoutSlice
        if let limit = try settings.integer("CONFLATE_SEND_BUFFER", in: 0...(64 << 20)) {
            conflateSendBuffer = limit == 0 ? nil : limit
        }
        if let name = try settings.string("TRANSPORT") {
            guard let parsed = Transport(rawValue: name.lowercased()) else {
                throw ConfigurationError(variable: "TRANSPORT", message: "is '\(name)'; expected nio or epoll")
            }
            #if !os(Linux)
            if parsed == .epoll {
                throw ConfigurationError(variable: "TRANSPORT", message: "epoll is available on Linux only")
            }
            #endif
            transport = parsed
        }
        guard heartbeatTimeoutMilliseconds > heartbeatMilliseconds else {
            throw ConfigurationError(
                variable: "HEARTBEAT_TIMEOUT_MS",
                message: "must be greater than HEARTBEAT_MS (\(heartbeatMilliseconds))"
            )
        }
    }

    /// `REDIS_URL` or `REDIS_CLUSTER_NODES`, and the credentials from the URL or from
    /// `REDIS_USERNAME` / `REDIS_PASSWORD` (not both). No error repeats a password.
    private mutating func readRedis(_ settings: SettingsReader) throws(ConfigurationError) {
        let username = try settings.string("REDIS_USERNAME")
        let password = try settings.string("REDIS_PASSWORD")
        if username != nil, password == nil {
            throw ConfigurationError(variable: "REDIS_USERNAME", message: "is set without REDIS_PASSWORD")
        }
        let separate = password.map { RedisCredentials(username: username, password: $0) }
        if separate != nil {
            redisCredentialVariables = username == nil ? "REDIS_PASSWORD" : "REDIS_USERNAME/REDIS_PASSWORD"
        }
        let url = try settings.string("REDIS_URL")
        let cluster = try settings.string("REDIS_CLUSTER_NODES")
        if url != nil, cluster != nil {
            throw ConfigurationError(
                variable: "REDIS_CLUSTER_NODES",
                message: "and REDIS_URL are both set; choose one Redis node or a cluster")
        }
        if let url {
            var endpoint: RedisEndpoint
            do {
                endpoint = try RedisEndpoint.parse(url)
            } catch {
                throw ConfigurationError(variable: "REDIS_URL", message: error.description)
            }
            if endpoint.credentials != nil, separate != nil {
                throw ConfigurationError(
                    variable: "REDIS_PASSWORD",
                    message: "is set and REDIS_URL has credentials too; put them in one place")
            }
            endpoint.credentials = endpoint.credentials ?? separate
            redisEndpoint = endpoint
        }
        if let cluster {
            var seeds: [RedisEndpoint] = []
            for node in cluster.split(separator: ",").map({ String($0).trimmingWhitespace }) where !node.isEmpty {
                guard let colon = node.lastIndex(of: ":"), let port = Int(node[node.index(after: colon)...]),
                    (1...65_535).contains(port), colon > node.startIndex
                else {
                    throw ConfigurationError(
                        variable: "REDIS_CLUSTER_NODES", message: "has '\(node)'; expected host:port,host:port,…")
                }
                seeds.append(RedisEndpoint(host: String(node[..<colon]), port: port, credentials: separate))
            }
            guard !seeds.isEmpty else {
                throw ConfigurationError(
                    variable: "REDIS_CLUSTER_NODES", message: "is empty; expected host:port,host:port,…")
            }
            redisClusterSeeds = seeds
            redisCredentialVariables = separate == nil ? "REDIS_PASSWORD" : redisCredentialVariables
        }
    }

    /// What an operator reads when Redis refuses the configured credentials: the error and
    /// the variable to fix (never the password).
    public func redisAuthenticationProblem(_ error: RedisError) -> ConfigurationError {
        let configured = redisEndpoint?.credentials != nil || redisClusterSeeds.first?.credentials != nil
        if configured {
            return ConfigurationError(variable: redisCredentialVariables, message: "was refused: \(error)")
        }
        return ConfigurationError(
            variable: busMode == .redisCluster ? "REDIS_PASSWORD" : "REDIS_URL",
            message: "has no credentials, and Redis requires them (\(error)); set REDIS_PASSWORD (and REDIS_USERNAME "
                + "for an ACL user) or write redis://user:password@host:port")
    }

    /// The per-connection queue bounds.
    public var queueLimits: OutboundQueueLimits {
        .init(maxMessages: outboundQueueDepth, maxBytes: outboundQueueBytes)
    }
}

/// A setting that cannot be used, named so an operator can fix it.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public let variable: String
    public let message: String

    public var description: String { "invalid configuration: \(variable) \(message)" }
}

/// Reads `NAME_LIKE_THIS` variables through swift-configuration and validates them: the
/// library's non-required getters fall back to the default on a malformed value, which would
/// hide an operator's typo.
private struct SettingsReader {
    let reader: ConfigReader

    func string(_ variable: String) throws(ConfigurationError) -> String? {
        let key = ConfigKey(variable.lowercased().split(separator: "_").map(String.init))
        let secret = variable.contains("TOKEN") || variable.contains("PASSWORD") || variable == "REDIS_URL"
        guard let value = reader.string(forKey: key, isSecret: secret) else { return nil }
        return value.isEmpty ? nil : value
    }

    func integer(_ variable: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Int? {
        guard let text = try string(variable) else { return nil }
        guard let value = Int(text.trimmingWhitespace), range.contains(value) else {
            throw ConfigurationError(
                variable: variable,
                message: "is '\(text)'; expected an integer from \(range.lowerBound) to \(range.upperBound)"
            )
        }
        return value
    }

    func `switch`(_ variable: String) throws(ConfigurationError) -> Bool? {
        guard let text = try string(variable) else { return nil }
        switch text.trimmingWhitespace.lowercased() {
        case "on", "true", "1", "yes": return true
        case "off", "false", "0", "no": return false
        default: throw ConfigurationError(variable: variable, message: "is '\(text)'; expected on or off")
        }
    }

    func logLevel(_ variable: String) throws(ConfigurationError) -> Logger.Level? {
        guard let text = try string(variable) else { return nil }
        guard let level = Logger.Level(rawValue: text.trimmingWhitespace.lowercased()) else {
            throw ConfigurationError(
                variable: variable,
                message:
                    "is '\(text)'; expected one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return level
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        String(self.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }
}

import Configuration
import CreaseBus
import Logging
import NIOCore

/// Reading the configuration from environment variables (PROTOCOL.md §14): strict, so that an
/// operator's typo stops start-up with the variable's name instead of falling back to a default.
extension GatewayConfiguration {
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
        try readProcess(settings)
        try readHTTP(settings)
        try readWebSocket(settings)
        if try settings.string("COMPRESSION")?.trimmingWhitespace.lowercased() == "context" {
            (compression.enabled, compression.sharedContext) = (true, true)
        } else {
            compression.enabled = try settings.switch("COMPRESSION", orAlso: "context") ?? compression.enabled
        }
        compression.minBytes = try settings.integer("COMPRESSION_MIN_BYTES", in: 0...(1 << 30)) ?? compression.minBytes
        compression.clientContextTakeover =
            try settings.switch("COMPRESSION_CLIENT_CONTEXT_TAKEOVER") ?? compression.clientContextTakeover
        shedding.lag = try settings.milliseconds("SHED_LAG_MS", in: 1...3_600_000) ?? shedding.lag
        shedding.queuedBytes = try settings.integer("SHED_QUEUED_BYTES", in: 1_024...Int.max) ?? shedding.queuedBytes
        shedding.backlog = try settings.milliseconds("SHED_BACKLOG_MS", in: 1...3_600_000) ?? shedding.backlog
        try readRedis(settings)
        redis.channelPrefix = try settings.string("CHANNEL_PREFIX") ?? redis.channelPrefix
        history.length = try settings.integer("HISTORY_LEN", in: 0...1_000_000) ?? history.length
        if let origin = try settings.string("SEQ_ORIGIN") {
            guard let parsed = SeqOrigin(rawValue: origin.lowercased()) else {
                throw ConfigurationError(variable: "SEQ_ORIGIN", message: "is '\(origin)'; expected clock or zero")
            }
            history.seqOrigin = parsed
        }
        ingest.host = try settings.string("INGEST_HOST") ?? ingest.host
        ingest.port = try settings.integer("INGEST_PORT", in: 0...65_535) ?? ingest.port
        ingest.replayFile = try settings.string("REPLAY_FILE")
        ingest.replayRate = Double(try settings.integer("REPLAY_RATE", in: 0...1_000_000) ?? 0)
        demo.matches = try settings.integer("DEMO_MATCHES", in: 0...10_000) ?? demo.matches
        demo.ballInterval = try settings.milliseconds("DEMO_BALL_MS", in: 1...3_600_000) ?? demo.ballInterval
    }

    private mutating func readProcess(_ settings: SettingsReader) throws(ConfigurationError) {
        process.logLevel = try settings.logLevel("LOG_LEVEL") ?? process.logLevel
        if let seconds = try settings.integer("DRAIN_SECONDS", in: 0...3_600) { process.drain = .seconds(seconds) }
        process.fanoutSlice = try settings.integer("FANOUT_SLICE", in: 1...1_000_000) ?? process.fanoutSlice
        if let name = try settings.string("TRANSPORT") {
            guard let parsed = Transport(rawValue: name.lowercased()) else {
                throw ConfigurationError(variable: "TRANSPORT", message: "is '\(name)'; expected nio or epoll")
            }
            #if !os(Linux)
            if parsed == .epoll {
                throw ConfigurationError(variable: "TRANSPORT", message: "epoll is available on Linux only")
            }
            #endif
            process.transport = parsed
        }
    }

    private mutating func readHTTP(_ settings: SettingsReader) throws(ConfigurationError) {
        http.host = try settings.string("GATEWAY_HOST") ?? http.host
        http.port = try settings.integer("GATEWAY_PORT", in: 0...65_535) ?? http.port
        http.adminPort = try settings.integer("ADMIN_PORT", in: 0...65_535)
        http.timeout = try settings.milliseconds("HTTP_TIMEOUT_MS", in: 10...3_600_000) ?? http.timeout
        http.ingestToken = try settings.string("INGEST_TOKEN")
        if let origins = try settings.string("ALLOWED_ORIGINS") {
            switch OriginAllowList.parse(origins) {
            case .success(let list): http.allowedOrigins = list
            case .failure(let error):
                throw ConfigurationError(
                    variable: "ALLOWED_ORIGINS",
                    message:
                        "has '\(error.entry)'; expected origins such as https://scores.example,http://localhost:8080")
            }
        }
        http.echoEndpoint = try settings.switch("ECHO_ENDPOINT") ?? http.echoEndpoint
    }

    private mutating func readWebSocket(_ settings: SettingsReader) throws(ConfigurationError) {
        webSocket.maxConnections =
            try settings.integer("MAX_CONNECTIONS", in: 1...10_000_000) ?? webSocket.maxConnections
        webSocket.admissionRate = try settings.integer("ADMISSION_RATE", in: 1...10_000_000) ?? webSocket.admissionRate
        webSocket.maxMessageBytes =
            try settings.integer("MAX_MESSAGE_BYTES", in: 125...(1 << 30)) ?? webSocket.maxMessageBytes
        webSocket.maxSubscriptions =
            try settings.integer("MAX_SUBSCRIPTIONS", in: 1...100_000) ?? webSocket.maxSubscriptions
        webSocket.heartbeat = try settings.milliseconds("HEARTBEAT_MS", in: 10...3_600_000) ?? webSocket.heartbeat
        webSocket.heartbeatTimeout =
            try settings.milliseconds("HEARTBEAT_TIMEOUT_MS", in: 10...36_000_000) ?? webSocket.heartbeatTimeout
        webSocket.ackTimeout = try settings.milliseconds("ACK_TIMEOUT_MS", in: 10...3_600_000) ?? webSocket.ackTimeout
        webSocket.outboundQueueDepth =
            try settings.integer("OUTBOUND_QUEUE_DEPTH", in: 1...1_000_000) ?? webSocket.outboundQueueDepth
        webSocket.outboundQueueBytes =
            try settings.integer("OUTBOUND_QUEUE_BYTES", in: 1_024...(1 << 30)) ?? webSocket.outboundQueueBytes
        webSocket.clientFrameRate =
            try settings.integer("CLIENT_FRAME_RATE", in: 1...1_000_000) ?? webSocket.clientFrameRate
        webSocket.clientRequestRate =
            try settings.integer("CLIENT_REQUEST_RATE", in: 1...1_000_000) ?? webSocket.clientRequestRate
        webSocket.socketSendBuffer =
            try settings.integer("SOCKET_SEND_BUFFER", in: 0...(64 << 20)) ?? webSocket.socketSendBuffer
        webSocket.socketReceiveBuffer =
            try settings.integer("SOCKET_RECEIVE_BUFFER", in: 0...(64 << 20)) ?? webSocket.socketReceiveBuffer
        if let limit = try settings.integer("CONFLATE_SEND_BUFFER", in: 0...(64 << 20)) {
            webSocket.conflateSendBuffer = limit == 0 ? nil : limit
        }
        webSocket.violationLimit =
            try settings.integer("VIOLATION_LIMIT", in: 0...1_000_000) ?? webSocket.violationLimit
        if let seconds = try settings.integer("VIOLATION_BAN_SECONDS", in: 1...86_400) {
            webSocket.violationBan = .seconds(seconds)
        }
        guard webSocket.heartbeatTimeout > webSocket.heartbeat else {
            throw ConfigurationError(
                variable: "HEARTBEAT_TIMEOUT_MS",
                message: "must be greater than HEARTBEAT_MS (\(webSocket.heartbeat.wholeMilliseconds))"
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
            redis.credentialVariables = username == nil ? "REDIS_PASSWORD" : "REDIS_USERNAME/REDIS_PASSWORD"
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
            redis.endpoint = endpoint
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
            redis.clusterSeeds = seeds
            redis.credentialVariables = separate == nil ? "REDIS_PASSWORD" : redis.credentialVariables
        }
    }
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

    /// A whole number of milliseconds in `range`, as a duration.
    func milliseconds(_ variable: String, in range: ClosedRange<Int>) throws(ConfigurationError) -> Duration? {
        try integer(variable, in: range).map { .milliseconds($0) }
    }

    /// - Parameter alternative: a further value the caller reads itself, named in the error.
    func `switch`(_ variable: String, orAlso alternative: String? = nil) throws(ConfigurationError) -> Bool? {
        guard let text = try string(variable) else { return nil }
        switch text.trimmingWhitespace.lowercased() {
        case "on", "true", "1", "yes": return true
        case "off", "false", "0", "no": return false
        default:
            let expected = alternative.map { "on, off or \($0)" } ?? "on or off"
            throw ConfigurationError(variable: variable, message: "is '\(text)'; expected \(expected)")
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

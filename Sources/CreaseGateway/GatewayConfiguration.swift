import CreaseBus
import CreaseProtocol
import Logging
import NIOCore

#if canImport(Glibc)
import Glibc
#endif

/// Everything a gateway (and crease-ingest) can be tuned by, read once at start-up
/// (PROTOCOL.md §14), grouped by the part it tunes.
///
/// Every setting is an environment variable with a safe default, named on its property with its
/// range; an invalid value stops start-up with a ``ConfigurationError`` that names the variable
/// and what it accepts (the reader: `GatewayConfiguration+Environment.swift`).
public struct GatewayConfiguration: Sendable, Equatable {
    public var process: Process
    public var http = HTTP()
    public var webSocket = WebSocket()
    public var compression = Compression()
    public var shedding = Shedding()
    public var redis = Redis()
    public var history = History()
    public var ingest = Ingest()
    public var demo = Demo()

    /// The process as a whole.
    public struct Process: Sendable, Equatable {
        public init(nodeID: String, eventLoopThreads: Int) {
            self.nodeID = nodeID
            self.eventLoopThreads = eventLoopThreads
        }

        /// `NODE_ID`: announced in `hello` and the logs. Default: host name and pid.
        public var nodeID: String
        /// `EVENT_LOOP_THREADS`, 1–256: event loops. Default: one per core.
        public var eventLoopThreads: Int
        /// `LOG_LEVEL`: trace … critical. Default: info.
        public var logLevel: Logger.Level = .info
        /// `DRAIN_SECONDS`, 0–3,600 s: how long a SIGTERM drain spreads its closes. Default: 10 s.
        public var drain: Duration = .seconds(10)
        /// `TRANSPORT`, `nio` or `epoll`: what carries upgraded WebSockets. Default: epoll on
        /// Linux, nio elsewhere.
        #if os(Linux)
        public var transport = Transport.epoll
        #else
        public var transport = Transport.nio
        #endif
        /// `FANOUT_SLICE`, 1–1,000,000: subscribers one event loop visits in one fan-out slice
        /// before it flushes and lets its sockets and timers run. Smaller: lower event-loop lag
        /// during a large fan-out; larger: fewer passes. Default: 1,024.
        public var fanoutSlice = 1_024
    }

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

    /// The gateway's listener, REST and who may use it.
    public struct HTTP: Sendable, Equatable {
        public init() {}

        /// `GATEWAY_HOST`. Default: 0.0.0.0.
        public var host = "0.0.0.0"
        /// `GATEWAY_PORT`, 0–65,535 (0: any free port). Default: 8080.
        public var port = 8080
        /// `ADMIN_PORT`, 0–65,535: serve `/metrics` there instead of on `GATEWAY_PORT`. Default: unset.
        public var adminPort: Int?
        /// `HTTP_TIMEOUT_MS`, 10 ms–1 h: the longest a plain HTTP connection may go without
        /// completing a request. Default: 10 s.
        public var timeout: Duration = .seconds(10)
        /// `INGEST_TOKEN`: the bearer token for publishing; unset: publishing from loopback only.
        public var ingestToken: String?
        /// `ALLOWED_ORIGINS`: browser origins allowed to open a WebSocket; unset (nil): any.
        public var allowedOrigins: OriginAllowList?
        /// `ECHO_ENDPOINT`, on/off, test only: serve `/v1/echo` for the Autobahn testsuite. Default: off.
        public var echoEndpoint = false
    }

    /// WebSocket connections: admission, limits, timing, buffers.
    public struct WebSocket: Sendable, Equatable {
        public init() {}

        /// `MAX_CONNECTIONS`, 1–10,000,000. Default: 25,000.
        public var maxConnections = 25_000
        /// `ADMISSION_RATE`, 1–10,000,000 upgrades a second (burst: one second's worth). Default: 2,000.
        public var admissionRate = 2_000
        /// `MAX_MESSAGE_BYTES`, 125 B–1 GiB: the largest client frame or message (1009 past it).
        /// Default: 64 KiB.
        public var maxMessageBytes = 65_536
        /// `MAX_SUBSCRIPTIONS`, 1–100,000 per connection. Default: 100.
        public var maxSubscriptions = 100
        /// `HEARTBEAT_MS`, 10 ms–1 h: the ping interval. Default: 15 s.
        public var heartbeat: Duration = .seconds(15)
        /// `HEARTBEAT_TIMEOUT_MS`, 10 ms–10 h, above `heartbeat`: a client silent this long is
        /// closed. Default: 45 s.
        public var heartbeatTimeout: Duration = .seconds(45)
        /// `ACK_TIMEOUT_MS`, 10 ms–1 h: how old an unacknowledged delta may get. Default: 5 s.
        public var ackTimeout: Duration = .seconds(5)
        /// `OUTBOUND_QUEUE_DEPTH`, 1–1,000,000 messages per connection. Default: 256.
        public var outboundQueueDepth = 256
        /// `OUTBOUND_QUEUE_BYTES`, 1 KiB–1 GiB per connection. Default: 256 KiB.
        public var outboundQueueBytes = 262_144
        /// `CLIENT_FRAME_RATE`, 1–1,000,000: frames of any kind one client may send per second,
        /// with a burst of twice that; past it the client's socket is not read until it is back
        /// in allowance. A client acking 100 subscriptions every 500 ms sends 200. Default: 500.
        public var clientFrameRate = 500
        /// `CLIENT_REQUEST_RATE`, 1–1,000,000: subscribe and unsubscribe requests one client may
        /// send per second, with a burst of twice `maxSubscriptions`: an app may subscribe to
        /// everything at once and a viewer may switch matches once a second, but each request
        /// costs the gateway actor hops and a reply (about 65 µs, `Benchmarks/RESULTS.md`), so a
        /// spammer gets no more. Default: 2.
        public var clientRequestRate = 2
        /// `SOCKET_SEND_BUFFER`, 0–64 MiB: `SO_SNDBUF` of client sockets (0 keeps the kernel's).
        /// Small enough that a stalled reader shows up as unwritable quickly, so it waits in its
        /// own bounded queue instead of in the kernel. Default: 64 KiB.
        public var socketSendBuffer = 65_536
        /// `SOCKET_RECEIVE_BUFFER`, 0–64 MiB: `SO_RCVBUF` of client sockets (0 keeps the
        /// kernel's). Clients send acks and small requests; a client the gateway stops reading
        /// (past its allowance) can make the kernel hold no more than this for it, where the
        /// kernel's own autotuning would let it fill megabytes. Default: 64 KiB.
        public var socketReceiveBuffer = 65_536
        /// `CONFLATE_SEND_BUFFER`, 0–64 MiB (0: no limit, nil): what a client with a conflating
        /// subscription may have unsent in socket buffers, from its first such subscription on;
        /// the rest waits in its queue, where deltas fold into one. Default: 4 KiB.
        public var conflateSendBuffer: Int? = 4_096
        /// `VIOLATION_LIMIT`, 0–1,000,000: closes for broken rules (1002, 1007, 1008, 1009) one
        /// client address may cause within a minute before its new connections are refused for
        /// `violationBan` (``RepeatOffenders``). 0 (the default) turns it off: behind a load
        /// balancer every client has the balancer's address, so set it only where clients
        /// connect directly.
        public var violationLimit = 0
        /// `VIOLATION_BAN_SECONDS`, 1–86,400: how long a barred address stays barred. Default: 60 s.
        public var violationBan: Duration = .seconds(60)
    }

    /// permessage-deflate (RFC 7692).
    public struct Compression: Sendable, Equatable {
        public init() {}

        /// `COMPRESSION`, on/off/context. Default: on.
        public var enabled = true
        /// `COMPRESSION=context`: a client that does not ask for `server_no_context_takeover` is
        /// answered without it, and the subscribers of one match with one window size share
        /// one deflate stream with context (deflate cohorts, `SharedDeflateStream`): about a
        /// quarter of the bytes per delta of compression without context, still deflated once
        /// per match. Each match with such subscribers holds a zlib stream per window size
        /// (about 256 KiB at 15 bits). Default: off.
        public var sharedContext = false
        /// `COMPRESSION_MIN_BYTES`, 0 B–1 GiB: messages below this go plain. Default: 256.
        public var minBytes = 256
        /// `COMPRESSION_CLIENT_CONTEXT_TAKEOVER`, on/off: let clients keep their compression
        /// context between messages. Off: the answer carries `client_no_context_takeover`, and
        /// inbound messages inflate with a stream shared per event loop. On: a client that
        /// compresses gets an inflate stream of its own (about 40 KiB, created at its first
        /// compressed message). Default: off.
        public var clientContextTakeover = false
    }

    /// Overload shedding (PROTOCOL.md §7).
    public struct Shedding: Sendable, Equatable {
        public init() {}

        /// `SHED_LAG_MS`, 1 ms–1 h: event-loop lag that sheds `low` (twice: `normal` too).
        /// Default: 100 ms.
        public var lag: Duration = .milliseconds(100)
        /// `SHED_BACKLOG_MS`, 1 ms–1 h: how long the oldest delta in an event loop's fan-out
        /// inbox may wait before `low` deltas are shed (twice this: `normal` too). Long enough
        /// for the backlog of a join storm, which drains by itself, to shed nothing
        /// (`Benchmarks/RESULTS.md`, 2026-12-06). Default: 5 s.
        public var backlog: Duration = .seconds(5)
        /// `SHED_QUEUED_BYTES`, 1 KiB and up: bytes queued over all connections that shed `low`.
        /// Default: 1 GiB.
        public var queuedBytes = 1_073_741_824
    }

    /// The Redis bus (Redis mode); neither endpoint nor seeds: embedded mode.
    public struct Redis: Sendable, Equatable {
        public init() {}

        /// One node (`REDIS_URL`, credentials from it or from `REDIS_USERNAME` /
        /// `REDIS_PASSWORD`); nil with no `REDIS_URL`.
        public var endpoint: RedisEndpoint?
        /// Redis Cluster's seed nodes (`REDIS_CLUSTER_NODES`, `host:port,…`), each with the
        /// credentials of `REDIS_USERNAME` / `REDIS_PASSWORD`; empty outside cluster mode.
        public var clusterSeeds: [RedisEndpoint] = []
        /// Where the credentials were configured, for errors that must name it.
        public var credentialVariables = "REDIS_URL"
        /// `CHANNEL_PREFIX`: channel and key prefix. Default: `match:`.
        public var channelPrefix = "match:"
    }

    /// Each match's history on this gateway, and where an embedded one's seqs start.
    public struct History: Sendable, Equatable {
        public init() {}

        /// `HISTORY_LEN`, 0–1,000,000 deltas per match kept for replays. Default: 1,000.
        public var length = 1_000
        /// `SEQ_ORIGIN`, `clock` or `zero` (tests only), embedded mode. Default: clock.
        public var seqOrigin = SeqOrigin.clock
    }

    /// Where an embedded gateway's seqs start.
    public enum SeqOrigin: String, Sendable {
        /// Above the start time in microseconds since 1970: every seq of a run is above every
        /// seq of the runs before, so a client's `since` from before a restart gets a snapshot,
        /// never another history's deltas (PROTOCOL.md §2.3).
        case clock
        /// At 1 on every start. Tests only: a restart reuses seqs.
        case zero
    }

    /// crease-ingest.
    public struct Ingest: Sendable, Equatable {
        public init() {}

        /// `INGEST_HOST`: its HTTP listener. Default: 0.0.0.0.
        public var host = "0.0.0.0"
        /// `INGEST_PORT`, 0–65,535. Default: 8081.
        public var port = 8081
        /// `REPLAY_FILE`: a JSON-lines file of events to publish. Default: unset.
        public var replayFile: String?
        /// `REPLAY_RATE`, 0–1,000,000 events a second (0: as fast as Redis takes them). Default: 0.
        public var replayRate = 0.0
    }

    /// The built-in cricket simulator (embedded mode and crease-ingest).
    public struct Demo: Sendable, Equatable {
        public init() {}

        /// `DEMO_MATCHES`, 0–10,000 matches it plays. Default: 0.
        public var matches = 0
        /// `DEMO_BALL_MS`, 1 ms–1 h between two balls. Default: 3 s.
        public var ballInterval: Duration = .seconds(3)
    }

    /// Embedded (no Redis), one Redis node, or a Redis Cluster.
    public var busMode: BusMode {
        if !redis.clusterSeeds.isEmpty { return .redisCluster }
        return redis.endpoint == nil ? .embedded : .redis
    }

    public enum BusMode: String, Sendable {
        case embedded
        case redis
        case redisCluster = "redis-cluster"
    }

    public init(nodeID: String = GatewayConfiguration.defaultNodeID(), eventLoopThreads: Int = System.coreCount) {
        self.process = Process(nodeID: nodeID, eventLoopThreads: eventLoopThreads)
    }

    public static func defaultNodeID() -> String {
        var name = [CChar](repeating: 0, count: 256)
        let host =
            gethostname(&name, name.count) == 0
            ? String(decoding: name.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : "gateway"
        return "\(host)-\(getpid())"
    }

    /// What an operator reads when Redis refuses the configured credentials: the error and
    /// the variable to fix (never the password).
    public func redisAuthenticationProblem(_ error: RedisError) -> ConfigurationError {
        let configured = redis.endpoint?.credentials != nil || redis.clusterSeeds.first?.credentials != nil
        if configured {
            return ConfigurationError(variable: redis.credentialVariables, message: "was refused: \(error)")
        }
        return ConfigurationError(
            variable: busMode == .redisCluster ? "REDIS_PASSWORD" : "REDIS_URL",
            message: "has no credentials, and Redis requires them (\(error)); set REDIS_PASSWORD (and REDIS_USERNAME "
                + "for an ACL user) or write redis://user:password@host:port")
    }
}

/// A setting that cannot be used, named so an operator can fix it.
public struct ConfigurationError: Error, CustomStringConvertible, Equatable {
    public let variable: String
    public let message: String

    public var description: String { "invalid configuration: \(variable) \(message)" }
}

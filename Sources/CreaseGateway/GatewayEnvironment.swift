import CreaseBus
import CreaseProtocol
import Logging
import NIOCore
import Synchronization

/// What every part of a running gateway shares: its configuration, bus, metrics, match
/// directory and connection registry. One instance per gateway; connections hold a reference,
/// not copies.
final class GatewayEnvironment: Sendable {
    let configuration: GatewayConfiguration
    let bus: any MatchBus
    /// Publishes events in embedded mode; nil where another process publishes.
    let publisher: (any EventPublisher)?
    let metrics: GatewayMetrics
    let directory = MatchDirectory()
    let connections: ConnectionRegistry
    let logger: Logger
    let queueLimits: OutboundQueueLimits
    /// The `hello` frame, the same bytes for every connection.
    let helloFrame: ByteBuffer
    let shedder: LoadShedder
    let ackTimeoutNanoseconds: UInt64
    /// Heartbeat and inbound rates, the same for every connection's state machine.
    let connectionTiming: ConnectionStateMachine.Timing
    /// A ping frame without payload, shared by every connection.
    let pingFrame = ServerFrame.encode(opcode: .ping, payload: [UInt8]())
    /// `COMPRESSION_MIN_BYTES` when compression is on; nil when it is off.
    let compressionMinBytes: Int?
    /// The sockets and WebSockets the process's open-files limit allows.
    let descriptors: DescriptorBudget
    /// Addresses that keep breaking the rules; nil when `VIOLATION_LIMIT` is 0.
    let offenders: OffenderRegister?
    private let openSockets = Atomic<Int>(0)
    private let drainingFlag = Atomic<Bool>(false)
    private let admission: Mutex<TokenBucket>
    /// The event loops, in order: match actors run on them in turn (``hub(for:)``).
    private let loops: [any EventLoop]
    private let nextHubLoop = Atomic<Int>(0)

    init(
        configuration: GatewayConfiguration,
        bus: any MatchBus,
        publisher: (any EventPublisher)?,
        loops: [any EventLoop],
        logger: Logger
    ) {
        self.configuration = configuration
        self.loops = loops
        self.bus = bus
        self.publisher = publisher
        self.metrics = GatewayMetrics(eventLoopCount: loops.count)
        // Often enough to notice an ack timeout or a silent peer within an eighth of its window.
        let ackTimeoutMilliseconds = configuration.webSocket.ackTimeout.wholeMilliseconds
        let heartbeatMilliseconds = configuration.webSocket.heartbeat.wholeMilliseconds
        let tickMilliseconds = min(1_000, max(5, min(ackTimeoutMilliseconds, heartbeatMilliseconds) / 8))
        self.connections = ConnectionRegistry(
            loops: loops, fanoutSlice: configuration.process.fanoutSlice, tick: .milliseconds(Int64(tickMilliseconds)),
            sweepSlices: max(1, heartbeatMilliseconds / 4 / tickMilliseconds),
            longestWait: .milliseconds(Int64(max(ackTimeoutMilliseconds, 2_000))))
        self.descriptors = DescriptorBudget(
            openFilesLimit: DescriptorBudget.currentOpenFilesLimit(), eventLoops: loops.count,
            maxConnections: configuration.webSocket.maxConnections)
        metrics.connectionsLimit.record(descriptors.webSocketLimit)
        self.logger = logger
        // Replies are bounded by what a well-behaved client can have outstanding (a reply per
        // subscription, per queued command, per tolerated rejection), so only a flood hits it.
        self.queueLimits = OutboundQueueLimits(
            maxMessages: configuration.webSocket.outboundQueueDepth,
            maxBytes: configuration.webSocket.outboundQueueBytes,
            maxReplies: configuration.webSocket.maxSubscriptions + 64 + 21)
        self.helloFrame = ServerFrame.text(
            ServerMessage.hello(
                gateway: configuration.process.nodeID,
                heartbeatMilliseconds: heartbeatMilliseconds,
                ackTimeoutMilliseconds: ackTimeoutMilliseconds
            ))
        self.shedder = LoadShedder(
            lagThresholdMilliseconds: configuration.shedding.lag.wholeMilliseconds,
            queuedBytesThreshold: configuration.shedding.queuedBytes,
            backlogThresholdMilliseconds: configuration.shedding.backlog.wholeMilliseconds)
        self.ackTimeoutNanoseconds = configuration.webSocket.ackTimeout.wholeNanoseconds
        self.compressionMinBytes = configuration.compression.enabled ? configuration.compression.minBytes : nil
        self.connectionTiming = ConnectionStateMachine.Timing(
            heartbeat: configuration.webSocket.heartbeat.wholeNanoseconds,
            heartbeatTimeout: configuration.webSocket.heartbeatTimeout.wholeNanoseconds,
            rates: InboundAllowance.Rates(
                framesPerSecond: configuration.webSocket.clientFrameRate,
                frameBurst: configuration.webSocket.clientFrameRate * 2,
                requestsPerSecond: configuration.webSocket.clientRequestRate,
                requestBurst: max(
                    configuration.webSocket.maxSubscriptions * 2, configuration.webSocket.clientRequestRate)))
        let violationLimit = configuration.webSocket.violationLimit
        self.offenders =
            violationLimit == 0
            ? nil
            : OffenderRegister(
                RepeatOffenders(
                    limit: violationLimit, window: 60_000_000_000,
                    barDuration: configuration.webSocket.violationBan.wholeNanoseconds))
        let rate = Double(configuration.webSocket.admissionRate)
        self.admission = Mutex(TokenBucket(rate: rate, burst: rate, now: NIODeadline.now().uptimeNanoseconds))
    }

    /// The hub of `match`, created on first use, on the next event loop in turn.
    func hub(for match: MatchID) -> MatchHub {
        directory.hub(for: match) {
            let turn = nextHubLoop.wrappingAdd(1, ordering: .relaxed).oldValue
            return MatchHub(
                match: match, loop: loops[Int(UInt(bitPattern: turn) % UInt(loops.count))], environment: self)
        }
    }

    /// True once the gateway started draining: readiness fails and upgrades are refused.
    var isDraining: Bool { drainingFlag.load(ordering: .relaxed) }

    func startDraining() { drainingFlag.store(true, ordering: .relaxed) }

    var isReady: Bool { !isDraining && bus.isReady }

    /// Takes a socket slot for a connection just accepted; false when the budget is spent (the
    /// connection must be closed at once). Each slot taken is given back by `releaseSocket()`.
    func acceptSocket() -> Bool {
        guard openSockets.wrappingAdd(1, ordering: .relaxed).newValue <= descriptors.socketLimit else {
            openSockets.wrappingSubtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func releaseSocket() {
        openSockets.wrappingSubtract(1, ordering: .relaxed)
    }

    /// Whether a connection just accepted comes from a barred address (then close it at once,
    /// before reading it); always false with `VIOLATION_LIMIT` off.
    func isBarred(_ source: @autoclosure () -> RepeatOffenders.Source?) -> Bool {
        guard let offenders, let source = source(), offenders.isBarred(source) else { return false }
        metrics.socketsBarred.increment()
        return true
    }

    /// Counts a close that `source`'s client caused by breaking a rule (nothing with
    /// `VIOLATION_LIMIT` off); logs the address the violation bars.
    func recordViolation(by source: @autoclosure () -> RepeatOffenders.Source?) {
        guard let offenders, let source = source(), offenders.recordViolation(by: source) else { return }
        metrics.sourcesBarred.increment()
        logger.warning(
            "client address barred for repeated violations",
            metadata: [
                "source": "\(source)", "limit": "\(configuration.webSocket.violationLimit) a minute",
                "seconds": "\(configuration.webSocket.violationBan.components.seconds)",
            ])
    }

    /// Why an upgrade must be refused now, or nil to admit it (and take a connection slot).
    func admit() -> (reason: GatewayMetrics.UpgradeRejection, retryAfter: Int)? {
        if isDraining { return (.draining, Int.random(in: 1...5)) }
        let now = NIODeadline.now().uptimeNanoseconds
        let (admitted, wait) = admission.withLock { bucket in
            (bucket.take(at: now), bucket.secondsUntilNextToken(at: now))
        }
        // Jitter, so that refused clients do not come back in lockstep.
        guard admitted else { return (.admissionRate, Int(wait.rounded(.up)) + Int.random(in: 1...3)) }
        guard connections.reserve(limit: descriptors.webSocketLimit) else {
            return (.maxConnections, Int.random(in: 2...10))
        }
        return nil
    }
}

import CreaseProtocol
import Metrics
import NIOCore
import Prometheus
import Synchronization

/// The gateway's metrics, named as PROTOCOL.md §3 fixes them, on a registry of its own (so that
/// several gateways in one process, as in the tests, do not share counters).
///
/// Hot paths record once per event-loop batch, never once per subscriber.
public final class GatewayMetrics: Sendable {
    /// Renders `/metrics`.
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    let connections: Metrics.Gauge
    /// WebSocket connections admitted at most (`MAX_CONNECTIONS`, or less under a low open-files limit).
    let connectionsLimit: Metrics.Gauge
    /// Sockets closed on accept because the open-files budget was spent.
    let socketsRefused: Metrics.Counter
    /// Client addresses barred for repeated violations (`VIOLATION_LIMIT`).
    let sourcesBarred: Metrics.Counter
    /// Sockets closed on accept because their address is barred.
    let socketsBarred: Metrics.Counter
    let fanoutLatency: Metrics.Timer
    let deliveryLatency: Metrics.Timer
    let deltasReceived: Metrics.Counter
    let framesSent: Metrics.Counter
    let bytesSent: Metrics.Counter
    let busGaps: Metrics.Counter
    let busDuplicates: Metrics.Counter
    let matchesActive: Metrics.Gauge
    let busMalformed: Metrics.Gauge
    let busReconnects: Metrics.Gauge
    let busUp: Metrics.Gauge
    let busShardConnections: Metrics.Gauge
    let busResubscriptions: Metrics.Gauge
    let shedLevel: Metrics.Gauge
    /// How long the oldest delta in an event loop's fan-out inbox had waited, at each lag probe.
    let fanoutBacklog: Metrics.Timer
    let queuedBytes: Metrics.Gauge
    /// Deltas folded into another for a conflating client (protocol 1.1).
    private let conflated: Metrics.Counter
    private let deflatedBytesSent: Metrics.Counter
    private let deflateCalls: Metrics.Counter
    private let deflateSeconds: Metrics.FloatingPointCounter
    private let deflateInputBytes: Metrics.Counter
    private let deflateOutputBytes: Metrics.Counter
    private let compressionRatio: Metrics.Gauge
    /// Running totals behind `crease_compression_ratio`: (input, output) bytes.
    private let deflateTotals = Mutex<(input: Int, output: Int)>((0, 0))
    private let dropped: [Priority: [DropReason: Metrics.Counter]]
    private let resyncs: [ResyncReason: Metrics.Counter]
    private let upgradesRejected: [UpgradeRejection: Metrics.Counter]
    private let inputHeld: [InboundLimit: Metrics.Counter]
    private let lagTimers: [Metrics.Timer]

    /// Why a message was dropped (the `reason` label of `crease_dropped_total`).
    enum DropReason: String, CaseIterable, Sendable {
        case queueFull = "queue_full"
        case ackTimeout = "ack_timeout"
        case shed
        case resubscribe
    }

    /// Which allowance a client ran out of (the `limit` label of `crease_input_held_total`).
    enum InboundLimit: String, CaseIterable, Sendable {
        case frames
        case requests
    }

    /// Why an upgrade was refused (the `reason` label of `crease_upgrades_rejected_total`).
    enum UpgradeRejection: String, CaseIterable, Sendable {
        case maxConnections = "max_connections"
        case admissionRate = "admission_rate"
        case draining
        /// The browser page's `Origin` is not in `ALLOWED_ORIGINS`.
        case origin
    }

    public init(eventLoopCount: Int) {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        let latencyBuckets: [Duration] = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2_500), .seconds(5), .seconds(10),
        ]
        factory.defaultDurationHistogramBuckets = latencyBuckets
        self.registry = registry
        self.factory = factory

        connections = Metrics.Gauge(label: "crease_connections", factory: factory)
        connectionsLimit = Metrics.Gauge(label: "crease_connections_limit", factory: factory)
        socketsRefused = Metrics.Counter(label: "crease_sockets_refused_total", factory: factory)
        sourcesBarred = Metrics.Counter(label: "crease_sources_barred_total", factory: factory)
        socketsBarred = Metrics.Counter(label: "crease_sockets_barred_total", factory: factory)
        fanoutLatency = Metrics.Timer(label: "crease_fanout_latency_seconds", factory: factory)
        deliveryLatency = Metrics.Timer(label: "crease_delivery_latency_seconds", factory: factory)
        deltasReceived = Metrics.Counter(label: "crease_deltas_received_total", factory: factory)
        framesSent = Metrics.Counter(label: "crease_frames_sent_total", factory: factory)
        bytesSent = Metrics.Counter(label: "crease_bytes_sent_total", factory: factory)
        busGaps = Metrics.Counter(label: "crease_bus_gaps_total", factory: factory)
        busDuplicates = Metrics.Counter(label: "crease_bus_duplicates_total", factory: factory)
        matchesActive = Metrics.Gauge(label: "crease_matches_active", factory: factory)
        busMalformed = Metrics.Gauge(label: "crease_bus_malformed_messages", factory: factory)
        busReconnects = Metrics.Gauge(label: "crease_bus_reconnects", factory: factory)
        busUp = Metrics.Gauge(label: "crease_bus_up", factory: factory)
        busShardConnections = Metrics.Gauge(label: "crease_bus_shard_connections", factory: factory)
        busResubscriptions = Metrics.Gauge(label: "crease_bus_resubscriptions", factory: factory)
        shedLevel = Metrics.Gauge(label: "crease_shed_level", factory: factory)
        fanoutBacklog = Metrics.Timer(label: "crease_fanout_backlog_seconds", factory: factory)
        queuedBytes = Metrics.Gauge(label: "crease_queued_bytes", factory: factory)
        conflated = Metrics.Counter(label: "crease_conflated_deltas_total", factory: factory)
        deflatedBytesSent = Metrics.Counter(label: "crease_deflated_bytes_sent_total", factory: factory)
        deflateCalls = Metrics.Counter(label: "crease_deflate_calls_total", factory: factory)
        deflateSeconds = Metrics.FloatingPointCounter(label: "crease_deflate_seconds_total", factory: factory)
        deflateInputBytes = Metrics.Counter(label: "crease_deflate_input_bytes_total", factory: factory)
        deflateOutputBytes = Metrics.Counter(label: "crease_deflate_output_bytes_total", factory: factory)
        compressionRatio = Metrics.Gauge(label: "crease_compression_ratio", factory: factory)
        var dropped: [Priority: [DropReason: Metrics.Counter]] = [:]
        for priority in Priority.allCases {
            for reason in DropReason.allCases {
                dropped[priority, default: [:]][reason] = Metrics.Counter(
                    label: "crease_dropped_total",
                    dimensions: [("priority", priority.name), ("reason", reason.rawValue)],
                    factory: factory
                )
            }
        }
        self.dropped = dropped
        var resyncs: [ResyncReason: Metrics.Counter] = [:]
        for reason in ResyncReason.allCases {
            resyncs[reason] = Metrics.Counter(
                label: "crease_resyncs_total", dimensions: [("reason", reason.rawValue)], factory: factory)
        }
        self.resyncs = resyncs
        var rejected: [UpgradeRejection: Metrics.Counter] = [:]
        for reason in UpgradeRejection.allCases {
            rejected[reason] = Metrics.Counter(
                label: "crease_upgrades_rejected_total", dimensions: [("reason", reason.rawValue)], factory: factory)
        }
        self.upgradesRejected = rejected
        var held: [InboundLimit: Metrics.Counter] = [:]
        for limit in InboundLimit.allCases {
            held[limit] = Metrics.Counter(
                label: "crease_input_held_total", dimensions: [("limit", limit.rawValue)], factory: factory)
        }
        self.inputHeld = held
        lagTimers = (0..<eventLoopCount).map { index in
            Metrics.Timer(label: "crease_event_loop_lag_seconds", dimensions: [("loop", "\(index)")], factory: factory)
        }
        connections.record(0)
        shedLevel.record(0)
    }

    func recordDrops(_ drops: MessageDrops, reason: DropReason) {
        guard drops.total > 0 else { return }
        for priority in Priority.allCases where drops[priority] > 0 {
            dropped[priority]![reason]!.increment(by: Int64(drops[priority]))
        }
    }

    /// Frames handed to sockets: all of them, and the bytes of those sent compressed.
    func recordSent(frames: Int, bytes: Int, deflatedBytes: Int) {
        framesSent.increment(by: Int64(frames))
        bytesSent.increment(by: Int64(bytes))
        if deflatedBytes > 0 { deflatedBytesSent.increment(by: Int64(deflatedBytes)) }
    }

    /// One deflate call (once per message and cohort, never per subscriber).
    func recordDeflate(inputBytes: Int, outputBytes: Int, nanoseconds: Int64) {
        deflateCalls.increment()
        deflateSeconds.increment(by: Double(nanoseconds) / 1e9)
        deflateInputBytes.increment(by: Int64(inputBytes))
        deflateOutputBytes.increment(by: Int64(outputBytes))
        let ratio = deflateTotals.withLock { totals in
            totals.input += inputBytes
            totals.output += outputBytes
            return Double(totals.output) / Double(max(1, totals.input))
        }
        compressionRatio.record(ratio)
    }

    /// `count` deltas went out inside another's message instead of on their own.
    func recordConflated(_ count: Int64) {
        conflated.increment(by: count)
    }

    func recordResync(_ reason: ResyncReason, count: Int = 1) {
        resyncs[reason]!.increment(by: Int64(count))
    }

    func recordRejectedUpgrade(_ reason: UpgradeRejection) {
        upgradesRejected[reason]!.increment()
    }

    /// A client's socket stopped being read because it sent past `limit`.
    func recordInputHeld(_ limit: InboundLimit) {
        inputHeld[limit]!.increment()
    }

    func recordLag(loop index: Int, nanoseconds: Int64) {
        lagTimers[index % lagTimers.count].recordNanoseconds(nanoseconds)
    }

    /// The Prometheus text exposition.
    public func render() -> [UInt8] {
        var out: [UInt8] = []
        registry.emit(into: &out)
        return out
    }
}

import ArgumentParser
import CreaseProtocol
import Foundation
import Histogram

/// Options every scenario shares.
struct LoadOptions: ParsableArguments {
    @Option var host = "127.0.0.1"
    @Option var port = 8080
    @Option(help: "Comma-separated host:port of every gateway the viewers spread over (default: host:port).")
    var gateways = ""
    @Option(help: "host:port to publish to (crease-ingest in Redis mode; default: host:port).") var publish = ""
    @Option(name: .customLong("gateway-pids"), help: "Comma-separated pids of every gateway, for RSS and CPU.")
    var gatewayPIDs = ""
    @Option(name: .customLong("redis-pid"), help: "redis-server's pid, for its CPU.") var redisPID: Int32?
    @Option var connections = 1000
    @Option(
        name: .customLong("probe-gateways"),
        help:
            "Comma-separated host:port of every gateway to read /metrics from, when --gateways is a load balancer (default: the --gateways)."
    ) var probeGateways = ""
    @Option(
        name: .customLong("reconnect-jitter"),
        help: "Viewers whose connection closes reconnect after 0…J s and resume with since (negative: never).")
    var reconnectJitter = -1.0
    @Flag(help: "Viewers offer permessage-deflate (as browsers do) and inflate what comes compressed.")
    var compression = false
    @Option var matches = 100
    @Option(help: "Zipf exponent of subscribers per match (0: uniform).") var zipf = 1.1
    @Option var workers = 2
    @Option(help: "Comma-separated loopback source addresses for the client sockets.") var sources = "127.0.0.1"
    @Option(name: .customLong("connect-rate"), help: "Connections opened per second, all workers together.")
    var connectRate = 1800
    @Option(name: .customLong("gateway-pid"), help: "The gateway's pid, to read its RSS and CPU from /proc.")
    var gatewayPID: Int32?
    @Option(help: "Bearer token for publishing.") var token: String?
    @Option(name: .customLong("verify-every"), help: "One viewer in N applies every patch and checks REST.")
    var verifyEvery = 500
    @Option(help: "Write the JSON report here.") var json: String?
    @Option(help: "Write the Markdown report here.") var markdown: String?
    @Option(help: "Write an SVG chart (latency percentiles and connections over time) here.") var svg: String?

    var matchIDs: [MatchID] { (1...matches).map { MatchID("m\($0)")! } }

    var targets: [GatewayTarget] { GatewayTarget.list(gateways, host: host, port: port) }

    /// Where the publisher posts events.
    var publishTarget: GatewayTarget { GatewayTarget.list(publish, host: host, port: port)[0] }

    func makePublisher() -> Publisher {
        Publisher(host: publishTarget.host, port: publishTarget.port, matches: matchIDs, token: token)
    }

    /// Every gateway as a probe (pids from `--gateway-pids`, else `--gateway-pid` for the first).
    var probes: [GatewayProbe] {
        let pids = gatewayPIDs.split(separator: ",").compactMap { Int32($0) }
        let probed = probeGateways.isEmpty ? targets : GatewayTarget.list(probeGateways, host: host, port: port)
        return probed.enumerated().map { index, target in
            GatewayProbe(
                pid: index < pids.count ? pids[index] : (index == 0 ? gatewayPID : nil), host: target.host,
                port: target.port)
        }
    }

    func workerArguments(extra: [String] = []) -> [String] {
        [
            "--host", host, "--port", "\(port)", "--gateways", gateways, "--matches", "\(matches)", "--zipf", "\(zipf)",
            "--sources", sources, "--connect-rate", "\(max(1, connectRate / workers))", "--verify-every",
            "\(verifyEvery)",
        ] + (compression ? ["--compression"] : [])
            + (reconnectJitter >= 0 ? ["--reconnect-jitter", "\(reconnectJitter)"] : []) + extra
    }
}

/// A connected fleet of viewers and the probes around it: what every scenario starts with.
final class LoadSession {
    let options: LoadOptions
    let probe: GatewayProbe
    let fleet: WorkerFleet
    let connected: Int
    let connectSeconds: Double
    let subscribers: [String: Int]
    let rssBefore: Int?
    let rssIdle: Int?
    let timeline: Timeline

    /// Seeds every match with its opening scorecard, launches the workers and waits until every
    /// viewer holds its snapshot.
    init(options: LoadOptions, workerExtra: [String] = []) async throws {
        self.options = options
        probe = GatewayProbe(fleet: options.probes)
        rssBefore = probe.rss()
        timeline = Timeline(probe: probe)
        timeline.start()
        let seeder = options.makePublisher()
        try await seeder.run(ratePerMatch: 1, duration: .seconds(1.2))
        fleet = try WorkerFleet.launch(
            count: options.workers, connections: options.connections,
            arguments: options.workerArguments(extra: workerExtra))
        let ready = try fleet.waitForAll("READY", as: ReadyReport.self)
        connected = ready.reduce(0) { $0 + $1.connected }
        connectSeconds = ready.map(\.seconds).max() ?? 0
        subscribers = ready.reduce(into: [:]) { total, report in total.merge(report.subscribers, uniquingKeysWith: +) }
        rssIdle = probe.rss()
        print("connected \(connected)/\(options.connections) in \(String(format: "%.1f", connectSeconds)) s")
    }

    /// Deliveries a publish of `published[match]` deltas per match should make.
    func expectedDeliveries(published: [String: Int]) -> Int {
        published.reduce(0) { $0 + $1.value * (subscribers[$1.key] ?? 0) }
    }

    var bytesPerIdleConnection: Int? {
        guard let rssIdle, let rssBefore, connected > 0 else { return nil }
        return (rssIdle - rssBefore) / connected
    }

    /// Stops the workers and merges their final reports.
    func finish(finals: [String: Int64]) throws -> WorkerReport {
        fleet.broadcast("STOP " + String(decoding: try JSONEncoder().encode(finals), as: UTF8.self))
        let results = try fleet.collect("RESULT", as: WorkerReport.self)
        fleet.wait()
        timeline.stop()
        return WorkerReport.merged(results)
    }
}

extension WorkerReport {
    static func merged(_ reports: [WorkerReport]) -> WorkerReport {
        var merged = WorkerReport(
            tally: ClientTally(), latency: .bench(), slowLatency: .bench(), slowStateAge: .bench(),
            slowCatchUp: .bench(), criticalLatency: .bench(),
            connectTimes: .bench(),
            connectBuckets: [:])
        for report in reports {
            merged.tally.merge(report.tally)
            merged.latency.add(report.latency)
            merged.slowLatency.add(report.slowLatency)
            merged.slowStateAge.add(report.slowStateAge)
            merged.slowCatchUp.add(report.slowCatchUp)
            merged.criticalLatency.add(report.criticalLatency)
            merged.connectTimes.add(report.connectTimes)
            merged.connectBuckets.merge(report.connectBuckets, uniquingKeysWith: +)
        }
        return merged
    }

    /// The most connects completed in any one second (sliding over 100 ms buckets).
    var peakConnectsPerSecond: Int {
        let buckets = connectBuckets
        guard let first = buckets.keys.min(), let last = buckets.keys.max() else { return 0 }
        var best = 0
        var bucket = first
        while bucket <= last {
            best = max(best, (bucket..<(bucket + 10)).reduce(0) { $0 + (buckets[$1] ?? 0) })
            bucket += 1
        }
        return best
    }
}

extension Histogram<UInt64> {
    static func bench() -> Histogram<UInt64> {
        Histogram(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    }
}

extension ClientTally {
    mutating func merge(_ other: ClientTally) {
        connected += other.connected
        failedConnects += other.failedConnects
        reconnects += other.reconnects
        deltas += other.deltas
        bytes += other.bytes
        gaps += other.gaps
        duplicates += other.duplicates
        replaysAfterReconnect += other.replaysAfterReconnect
        neverSubscribed += other.neverSubscribed
        missing += other.missing
        snapshots += other.snapshots
        patchMismatches += other.patchMismatches
        deltaWireBytes += other.deltaWireBytes
        deltaPlainBytes += other.deltaPlainBytes
        compressedDeltas += other.compressedDeltas
        sampledDeltas += other.sampledDeltas
        sampledPlainBytes += other.sampledPlainBytes
        sampledNoContextBytes += other.sampledNoContextBytes
        sampledContextTakeoverBytes += other.sampledContextTakeoverBytes
        slowWireBytes += other.slowWireBytes
        slowMessages += other.slowMessages
        slowFoldedDeltas += other.slowFoldedDeltas
        slowNotCaughtUp += other.slowNotCaughtUp
        resyncs.merge(other.resyncs, uniquingKeysWith: +)
        errors.merge(other.errors, uniquingKeysWith: +)
        closes.merge(other.closes, uniquingKeysWith: +)
    }
}

/// The gateway over time, one sample a second: connections, RSS, and the p50/p99 of
/// `crease_delivery_latency_seconds` over that second (from the histogram's cumulative buckets).
final class Timeline: @unchecked Sendable {
    // `samples` is appended by the sampling task and read after `stop()`, which awaits nothing
    // but flips `running` under `lock`; every access goes through `lock`.
    struct Sample: Codable {
        var second: Double
        var connections: Double
        var rssMiB: Double
        var p50Ms: Double?
        var p99Ms: Double?
    }

    private let probe: GatewayProbe
    private let lock = NSLock()
    private var samples: [Sample] = []
    private var running = true
    private var task: Task<Void, Never>?

    init(probe: GatewayProbe) { self.probe = probe }

    func start() {
        let probe = self.probe
        task = Task.detached { [self] in
            let start = ContinuousClock.now
            var previous: [(le: Double, count: Double)] = []
            while lock.withLock({ running }) {
                let text = (try? await RESTProbe.text(host: probe.host, port: probe.port, path: "/metrics")) ?? ""
                let buckets = PrometheusText.buckets(text, histogram: "crease_delivery_latency_seconds")
                let delta = zip(buckets, previous.isEmpty ? buckets.map { ($0.le, 0) } : previous).map {
                    ($0.0.le, $0.0.count - $0.1.count)
                }
                previous = buckets
                let total = delta.last?.1 ?? 0
                func quantile(_ q: Double) -> Double? {
                    guard total > 0 else { return nil }
                    return delta.first { $0.1 >= total * q }.map { $0.0.isFinite ? $0.0 * 1000 : 10_000 }
                }
                let connections =
                    text.split(separator: "\n").first { $0.hasPrefix("crease_connections ") }
                    .flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0
                let sample = Sample(
                    second: (ContinuousClock.now - start).seconds, connections: connections,
                    rssMiB: Double(probe.rss() ?? 0) / 1_048_576, p50Ms: quantile(0.5), p99Ms: quantile(0.99))
                lock.withLock { samples.append(sample) }
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    func stop() { lock.withLock { running = false } }

    var recorded: [Sample] { lock.withLock { samples } }
}

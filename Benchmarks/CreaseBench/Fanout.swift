import ArgumentParser
import CreaseProtocol
import Foundation
import Histogram

/// One measured window of publishing: what the viewers saw and what the gateway spent.
struct Window: Codable {
    var ratePerMatch: Double
    var seconds: Double
    var published: Int
    var expectedDeliveries: Int
    var deliveries: Int
    var deliveriesPerSecond: Double
    var latencyMs: LatencySummary
    var slowLatencyMs: LatencySummary?
    /// Healthy viewers' latency of `critical` deltas alone.
    var criticalLatencyMs: LatencySummary?
    var gatewayCPUCores: Double?
    var harnessCPUCores: Double
    var redisCPUCores: Double?
    var gatewayRSSPeak: Int?
    var gatewayEventLoopLagP99Ms: Double?
    /// Each gateway's `crease_fanout_latency_seconds` p99 (publish → the gateway's match actor), ms.
    var fanoutLatencyP99MsPerGateway: [Double?]?
    var bytesReceivedPerSecond: Double
    /// Mean bytes of a delta as received (the WebSocket payload, compressed or not), and inflated.
    var deltaWireBytes: Double?
    var deltaPlainBytes: Double?
    /// Deltas that arrived compressed.
    var compressedDeltas: Int?
    /// Gateway CPU per delivered delta, µs.
    var gatewayCPUMicrosPerDelivery: Double?
}

/// Publishes at `rate` for `warmup + duration` and measures the last `duration` seconds.
func measureWindow(
    _ session: LoadSession, publisher: Publisher, rate: Double, warmup: Double, duration: Double, step: Bool
) async throws -> (Window, WorkerReport) {
    let before = publisher.publishedPerMatch
    let publishing = Task { try await publisher.run(ratePerMatch: rate, duration: .seconds(warmup + duration)) }
    try await Task.sleep(for: .seconds(warmup))
    session.fleet.broadcast("RECORD")
    let start = ContinuousClock.now
    let gatewayCPU = session.probe.cpuSeconds()
    let harnessCPU = session.fleet.cpuSeconds()
    let redisCPU = ProcessCPU.seconds(pid: session.options.redisPID)
    var rssPeak = session.probe.rss() ?? 0
    // The gateways' histograms count from their start: the window's part is the difference.
    let lagBefore = await session.probe.histograms("crease_event_loop_lag_seconds")
    let fanoutBefore = await session.probe.histograms("crease_fanout_latency_seconds")
    while ContinuousClock.now - start < .seconds(duration) {
        try await Task.sleep(for: .milliseconds(500))
        rssPeak = max(rssPeak, session.probe.rss() ?? 0)
    }
    try await publishing.value
    let seconds = (ContinuousClock.now - start).seconds
    let gatewayCores = session.probe.cpuSeconds().flatMap { now in gatewayCPU.map { (now - $0) / seconds } }
    let harnessCores = (session.fleet.cpuSeconds() - harnessCPU) / seconds
    let redisCores = ProcessCPU.seconds(pid: session.options.redisPID).flatMap { now in
        redisCPU.map { (now - $0) / seconds }
    }
    let lagAfter = await session.probe.histograms("crease_event_loop_lag_seconds")
    let lag = zip(lagAfter, lagBefore).compactMap { after, before in after?.since(before).worstP99 }.max().map {
        $0 * 1000
    }
    let fanout = zip(await session.probe.histograms("crease_fanout_latency_seconds"), fanoutBefore).map {
        after, before in
        after?.since(before).worstP99.map { $0 * 1000 }
    }
    var report: WorkerReport
    if step {
        session.fleet.broadcast("STEP")
        report = WorkerReport.merged(try session.fleet.collect("STEP", as: WorkerReport.self))
    } else {
        report = WorkerReport.merged([])
    }
    var published: [String: Int] = [:]
    for (match, count) in publisher.publishedPerMatch { published[match] = count - (before[match] ?? 0) }
    // Deliveries expected in the measured part only: the share of the publishing it covered.
    let fraction = duration / (warmup + duration)
    let expected = Int(Double(session.expectedDeliveries(published: published)) * fraction)
    let window = Window(
        ratePerMatch: rate, seconds: seconds, published: published.values.reduce(0, +), expectedDeliveries: expected,
        deliveries: Int(report.latency.totalCount + report.slowLatency.totalCount),
        deliveriesPerSecond: Double(report.latency.totalCount + report.slowLatency.totalCount) / seconds,
        latencyMs: LatencySummary(report.latency),
        slowLatencyMs: report.slowLatency.totalCount > 0 ? LatencySummary(report.slowLatency) : nil,
        criticalLatencyMs: report.criticalLatency.totalCount > 0 ? LatencySummary(report.criticalLatency) : nil,
        gatewayCPUCores: gatewayCores, harnessCPUCores: harnessCores, redisCPUCores: redisCores,
        gatewayRSSPeak: rssPeak,
        gatewayEventLoopLagP99Ms: lag, fanoutLatencyP99MsPerGateway: fanout,
        bytesReceivedPerSecond: Double(report.tally.bytes) / seconds,
        deltaWireBytes: report.tally.deltas > 0
            ? Double(report.tally.deltaWireBytes) / Double(report.tally.deltas) : nil,
        deltaPlainBytes: report.tally.deltas > 0
            ? Double(report.tally.deltaPlainBytes) / Double(report.tally.deltas) : nil,
        compressedDeltas: report.tally.compressedDeltas,
        gatewayCPUMicrosPerDelivery: gatewayCores.flatMap { cores in
            let delivered = report.latency.totalCount + report.slowLatency.totalCount
            return delivered > 0 ? cores * seconds * 1e6 / Double(delivered) : nil
        })
    return (window, report)
}

/// `fanout`: N connections over M matches (Zipf-skewed), R deltas/s per match, for D seconds.
struct Fanout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "N connections over M matches at R deltas/s per match for D seconds.")

    @OptionGroup var load: LoadOptions
    @Option(help: "Deltas per second per match.") var rate = 2.0
    @Option(help: "Seconds measured (after the warm-up).") var duration = 30.0
    @Option(help: "Seconds published before measuring.") var warmup = 5.0

    func run() async throws {
        let session = try await LoadSession(options: load)
        let publisher = load.makePublisher()
        let (window, _) = try await measureWindow(
            session, publisher: publisher, rate: rate, warmup: warmup, duration: duration, step: true)
        let final = try session.finish(finals: publisher.finals)
        // A refused publish (503: not stored, or not confirmed by a Redis replica) is the
        // provider's to retry; it shows here rather than as a lost delta.
        let notes = ["publishes refused or failed": "\(publisher.failed)"]
        let report = ScenarioReport(scenario: "fanout", session: session, final: final, windows: [window], notes: notes)
        try report.write(load)
    }
}

/// `capacity`: raises the publish rate step by step until p99 passes 50 ms or deliveries fall
/// short; reports the highest rate held.
struct Capacity: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Step the publish rate up until p99 > 50 ms or deliveries fall short.")

    @OptionGroup var load: LoadOptions
    @Option(help: "First rate (deltas/s per match).") var start = 1.0
    @Option(help: "Each step multiplies the rate by this.") var factor = 1.5
    @Option(help: "Seconds measured per step.") var step = 15.0
    @Option(help: "Seconds published before measuring each step.") var warmup = 3.0
    @Option(name: .customLong("p99-limit"), help: "Latency p99 (ms) a step must stay under.") var p99Limit = 50.0
    @Option(name: .customLong("max-steps")) var maxSteps = 12

    func run() async throws {
        let session = try await LoadSession(options: load)
        let publisher = load.makePublisher()
        var windows: [Window] = []
        var rate = start
        var held: Window?
        for _ in 0..<maxSteps {
            let (window, _) = try await measureWindow(
                session, publisher: publisher, rate: rate, warmup: warmup, duration: step, step: true)
            windows.append(window)
            let short = Double(window.deliveries) < 0.95 * Double(window.expectedDeliveries)
            print(
                String(
                    format: "rate %.2f/match: %.0f deliveries/s, p99 %.1f ms, delivered %d of %d expected", rate,
                    window.deliveriesPerSecond, window.latencyMs.p99, window.deliveries, window.expectedDeliveries))
            if window.latencyMs.p99 > p99Limit || short { break }
            held = window
            rate *= factor
        }
        let final = try session.finish(finals: publisher.finals)
        var notes: [String: String] = ["p99 limit (ms)": "\(p99Limit)"]
        if let held {
            notes["highest rate held (deltas/s per match)"] = String(format: "%.2f", held.ratePerMatch)
            notes["deliveries/s at that rate"] = String(format: "%.0f", held.deliveriesPerSecond)
        } else {
            notes["highest rate held"] = "none: the first step already missed"
        }
        try ScenarioReport(scenario: "capacity", session: session, final: final, windows: windows, notes: notes).write(
            load)
    }
}

/// `slow-consumers`: the same load twice, without and then with a fraction of slow viewers.
struct SlowConsumers: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slow-consumers",
        abstract: "Healthy viewers' latency with and without a fraction of stalled or 2G viewers.")

    @OptionGroup var load: LoadOptions
    @Option(help: "Deltas per second per match.") var rate = 2.0
    @Option var duration = 30.0
    @Option var warmup = 5.0
    @Option(help: "Fraction of viewers that are slow.") var fraction = 0.1
    @Option(help: "stalled (stop reading) or 2g (a few KB/s, acks 8 s late).") var mode = "stalled"
    @Option(
        name: .customLong("queue-bytes"),
        help: "The gateway's OUTBOUND_QUEUE_BYTES, for the memory bound in the report.") var queueBytes = 262_144
    @Flag(help: "Slow viewers subscribe with \"conflate\": true (protocol 1.1) and apply folded runs.") var conflate =
        false

    func run() async throws {
        var windows: [Window] = []
        var finals: [WorkerReport] = []
        var sessions: [LoadSession] = []
        var slowStep: WorkerReport?
        for slow in [false, true] {
            let every = slow ? max(1, Int((1 / fraction).rounded())) : 0
            let session = try await LoadSession(
                options: load,
                workerExtra: ["--slow-every", "\(every)", "--slow-mode", mode] + (conflate ? ["--conflate"] : []))
            let publisher = load.makePublisher()
            let (window, step) = try await measureWindow(
                session, publisher: publisher, rate: rate, warmup: warmup, duration: duration, step: true)
            windows.append(window)
            if slow { slowStep = step }
            finals.append(try session.finish(finals: publisher.finals))
            sessions.append(session)
        }
        let slowCount = Int(Double(load.connections) * fraction)
        let base = windows[0].latencyMs.p99
        let withSlow = windows[1].latencyMs.p99
        var notes: [String: String] = [
            "slow viewers": "\(slowCount) (\(mode))",
            "healthy p99 without / with slow viewers (ms)": String(
                format: "%.1f / %.1f (%+.0f%%)", base, withSlow, base > 0 ? (withSlow / base - 1) * 100 : 0),
            "resyncs seen by viewers in the slow run": finals[1].tally.resyncs.map { "\($0.key): \($0.value)" }.joined(
                separator: ", "),
            "gateway RSS peak without / with (MiB)": String(
                format: "%.1f / %.1f", Double(windows[0].gatewayRSSPeak ?? 0) / 1_048_576,
                Double(windows[1].gatewayRSSPeak ?? 0) / 1_048_576),
            "queue bound for the slow viewers (MiB)": String(
                format: "%.1f", Double(slowCount * queueBytes) / 1_048_576),
        ]
        if let drops = await sessions[1].probe.metricSum("crease_dropped_total") {
            notes["gateway drops (all causes)"] = String(format: "%.0f", drops)
        }
        if let folded = await sessions[1].probe.metricSum("crease_conflated_deltas_total") {
            notes["gateway: deltas folded away (conflation)"] = String(format: "%.0f", folded)
        }
        if let step = slowStep, slowCount > 0 {
            let seconds = windows[1].seconds
            let tally = step.tally
            notes["conflation (slow viewers)"] = conflate ? "on" : "off"
            notes["slow viewer: download (bytes/s each)"] = String(
                format: "%.0f", Double(tally.slowWireBytes) / Double(slowCount) / seconds)
            notes["slow viewer: delta messages (per second each)"] = String(
                format: "%.2f", Double(tally.slowMessages) / Double(slowCount) / seconds)
            notes["slow viewers: deltas that came folded into another"] = "\(tally.slowFoldedDeltas)"
            let final = finals[1]
            if final.slowCatchUp.totalCount > 0 || final.tally.slowNotCaughtUp > 0 {
                notes["slow viewer: from the last publish to holding the final seq, p50 / p99 / max (s)"] = String(
                    format: "%.2f / %.2f / %.2f (%d of them not within 60 s)", Double(final.slowCatchUp.valueAtPercentile(50)) / 1e6,
                    Double(final.slowCatchUp.valueAtPercentile(99)) / 1e6, Double(final.slowCatchUp.max) / 1e6,
                    final.tally.slowNotCaughtUp)
            }
            if step.slowStateAge.totalCount > 0 {
                notes["slow viewer: age of the state shown, p50 / p99 / max (s; sampled every 250 ms)"] = String(
                    format: "%.2f / %.2f / %.2f", Double(step.slowStateAge.valueAtPercentile(50)) / 1e6,
                    Double(step.slowStateAge.valueAtPercentile(99)) / 1e6, Double(step.slowStateAge.max) / 1e6)
            }
        }
        try ScenarioReport(
            scenario: "slow-consumers", session: sessions[1], final: finals[1], windows: windows, notes: notes
        ).write(load)
    }
}

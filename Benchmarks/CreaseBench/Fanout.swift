import ArgumentParser
import CreaseProtocol
import Foundation
import Histogram

/// `fanout`: N connections over M matches (Zipf-skewed), R deltas/s per match, for D seconds.
struct Fanout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "N connections over M matches at R deltas/s per match for D seconds.")

    @Option var host = "127.0.0.1"
    @Option var port = 8080
    @Option var connections = 1000
    @Option var matches = 100
    @Option(help: "Zipf exponent of subscribers per match (0: uniform).") var zipf = 1.1
    @Option(help: "Deltas per second per match.") var rate = 2.0
    @Option(help: "Seconds of publishing (after the warm-up).") var duration = 30.0
    @Option(help: "Seconds published before measuring.") var warmup = 5.0
    @Option var workers = 2
    @Option(help: "Comma-separated loopback source addresses for the client sockets.") var sources = "127.0.0.1"
    @Option(name: .customLong("connect-rate"), help: "Connections opened per second, all workers together.") var connectRate = 2000
    @Option(name: .customLong("gateway-pid"), help: "The gateway's pid, to read its RSS and CPU from /proc.") var gatewayPID: Int32?
    @Option(help: "Bearer token for publishing.") var token: String?
    @Option(help: "Write the JSON report here.") var json: String?
    @Option(help: "Write the Markdown report here.") var markdown: String?

    func run() async throws {
        let probe = GatewayProbe(pid: gatewayPID, host: host, port: port)
        let rssBefore = probe.rss()
        let matchIDs = (1...matches).map { MatchID("m\($0)")! }

        // Every match gets a first event (its scorecard) so that snapshots are real.
        let seeder = Publisher(host: host, port: port, matches: matchIDs, token: token)
        try await seeder.run(ratePerMatch: 1, duration: .seconds(1.2))

        let fleet = try WorkerFleet.launch(
            count: workers, connections: connections, arguments: [
                "--host", host, "--port", "\(port)", "--matches", "\(matches)", "--zipf", "\(zipf)",
                "--sources", sources, "--connect-rate", "\(max(1, connectRate / workers))",
            ])
        let ready = try fleet.waitForAll("READY")
        let connected = ready.reduce(0) { $0 + (($1["connected"] as? Int) ?? 0) }
        let connectSeconds = ready.compactMap { $0["seconds"] as? Double }.max() ?? 0
        let rssIdle = probe.rss()
        print("connected \(connected)/\(connections) in \(String(format: "%.1f", connectSeconds)) s")

        let publisher = Publisher(host: host, port: port, matches: matchIDs, token: token)
        let cpuStart = probe.cpuSeconds()
        let workerCPUStart = fleet.cpuSeconds()
        let measureStart = ContinuousClock.now
        let publishing = Task { try await publisher.run(ratePerMatch: rate, duration: .seconds(warmup + duration)) }
        try await Task.sleep(for: .seconds(warmup))
        fleet.broadcast("RECORD")
        let windowStart = ContinuousClock.now
        let gatewayCPUAtWindow = probe.cpuSeconds()
        let workerCPUAtWindow = fleet.cpuSeconds()
        var rssPeak = probe.rss() ?? 0
        var lagSamples: [Double] = []
        while !publishing.isCancelled, ContinuousClock.now - measureStart < .seconds(warmup + duration) {
            try await Task.sleep(for: .seconds(1))
            rssPeak = max(rssPeak, probe.rss() ?? 0)
        }
        try await publishing.value
        let window = (ContinuousClock.now - windowStart).seconds
        let gatewayCPU = (probe.cpuSeconds() ?? 0) - (gatewayCPUAtWindow ?? 0)
        let workerCPU = fleet.cpuSeconds() - workerCPUAtWindow
        _ = cpuStart
        _ = workerCPUStart
        if let lag = await probe.eventLoopLagP99() { lagSamples.append(lag) }

        let finalsData = try JSONEncoder().encode(publisher.finals)
        fleet.broadcast("STOP " + String(decoding: finalsData, as: UTF8.self))
        let results = try fleet.collectResults()
        fleet.wait()

        var tally = ClientTally()
        var latency = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
        var connectTimes = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
        for report in results {
            tally.merge(report.tally)
            latency.add(report.latency)
            connectTimes.add(report.connectTimes)
        }
        let report = FanoutReport(
            scenario: "fanout",
            date: ISO8601DateFormatter().string(from: Date()),
            connections: connections, connected: connected, matches: matches, zipf: zipf,
            ratePerMatch: rate, publishedPerSecond: Double(publisher.published) / (warmup + duration),
            seconds: window, published: publisher.published, publishFailures: publisher.failed,
            deliveries: Int(latency.totalCount), deliveriesPerSecond: Double(latency.totalCount) / window,
            latencyMs: LatencySummary(latency),
            connectMs: LatencySummary(connectTimes),
            connectSeconds: connectSeconds,
            lost: tally.missing + tally.gaps, duplicates: tally.duplicates,
            resyncs: tally.resyncs, errors: tally.errors, closes: tally.closes, failedConnects: tally.failedConnects,
            patchMismatches: tally.patchMismatches,
            gatewayRSSBefore: rssBefore, gatewayRSSIdle: rssIdle, gatewayRSSPeak: rssPeak,
            bytesPerIdleConnection: (rssIdle != nil && rssBefore != nil && connected > 0) ? (rssIdle! - rssBefore!) / connected : nil,
            gatewayCPUCores: gatewayCPU / window, harnessCPUCores: workerCPU / window,
            gatewayEventLoopLagP99Ms: lagSamples.max(),
            bytesReceivedPerSecond: Double(tally.bytes) / (warmup + duration)
        )
        try report.write(json: json, markdown: markdown)
        print(report.markdownTable)
    }
}

extension ClientTally {
    mutating func merge(_ other: ClientTally) {
        connected += other.connected
        failedConnects += other.failedConnects
        deltas += other.deltas
        bytes += other.bytes
        gaps += other.gaps
        duplicates += other.duplicates
        missing += other.missing
        snapshots += other.snapshots
        patchMismatches += other.patchMismatches
        resyncs.merge(other.resyncs, uniquingKeysWith: +)
        errors.merge(other.errors, uniquingKeysWith: +)
        closes.merge(other.closes, uniquingKeysWith: +)
    }
}

struct LatencySummary: Codable {
    var p50: Double, p90: Double, p99: Double, p999: Double, max: Double

    init(_ histogram: Histogram<UInt64>) {
        func ms(_ value: UInt64) -> Double { Double(value) / 1000 }
        p50 = ms(histogram.valueAtPercentile(50))
        p90 = ms(histogram.valueAtPercentile(90))
        p99 = ms(histogram.valueAtPercentile(99))
        p999 = ms(histogram.valueAtPercentile(99.9))
        max = ms(histogram.max)
    }
}

struct FanoutReport: Codable {
    var scenario: String
    var date: String
    var connections: Int
    var connected: Int
    var matches: Int
    var zipf: Double
    var ratePerMatch: Double
    var publishedPerSecond: Double
    var seconds: Double
    var published: Int
    var publishFailures: Int
    var deliveries: Int
    var deliveriesPerSecond: Double
    var latencyMs: LatencySummary
    var connectMs: LatencySummary
    var connectSeconds: Double
    var lost: Int
    var duplicates: Int
    var resyncs: [String: Int]
    var errors: [String: Int]
    var closes: [String: Int]
    var failedConnects: Int
    var patchMismatches: Int
    var gatewayRSSBefore: Int?
    var gatewayRSSIdle: Int?
    var gatewayRSSPeak: Int
    var bytesPerIdleConnection: Int?
    var gatewayCPUCores: Double
    var harnessCPUCores: Double
    var gatewayEventLoopLagP99Ms: Double?
    var bytesReceivedPerSecond: Double

    var markdownTable: String {
        func f(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
        let rows: [(String, String)] = [
            ("connections (connected)", "\(connections) (\(connected))"),
            ("matches, Zipf", "\(matches), \(zipf)"),
            ("published deltas/s (all matches)", f(publishedPerSecond)),
            ("measured window", "\(f(seconds)) s"),
            ("deliveries/s", f(deliveriesPerSecond, 0)),
            ("latency p50 / p90 / p99 / p99.9 / max (ms)", "\(f(latencyMs.p50)) / \(f(latencyMs.p90)) / \(f(latencyMs.p99)) / \(f(latencyMs.p999)) / \(f(latencyMs.max))"),
            ("lost deltas / duplicates", "\(lost) / \(duplicates)"),
            ("resyncs", resyncs.isEmpty ? "0" : resyncs.map { "\($0.key): \($0.value)" }.joined(separator: ", ")),
            ("errors", errors.isEmpty ? "0" : errors.map { "\($0.key): \($0.value)" }.joined(separator: ", ")),
            ("patch-verifying clients that disagreed with REST", "\(patchMismatches)"),
            ("connect: all in / p50 / p99 (ms)", "\(f(connectSeconds)) s / \(f(connectMs.p50)) / \(f(connectMs.p99))"),
            ("gateway RSS before / idle / peak (MiB)", "\(rssBefore) / \(mib(gatewayRSSIdle)) / \(mib(gatewayRSSPeak))"),
            ("gateway RSS per idle connection", bytesPerIdleConnection.map { "\($0) B" } ?? "n/a"),
            ("gateway CPU (cores)", f(gatewayCPUCores, 2)),
            ("harness CPU (cores, workers)", f(harnessCPUCores, 2)),
            ("gateway event-loop lag p99 (ms, from /metrics)", gatewayEventLoopLagP99Ms.map { f($0) } ?? "n/a"),
            ("bytes received/s (all clients)", f(bytesReceivedPerSecond, 0)),
        ]
        return "| measure | value |\n|---|---|\n" + rows.map { "| \($0.0) | \($0.1) |" }.joined(separator: "\n")
    }

    private var rssBefore: String { mib(gatewayRSSBefore) }

    private func mib(_ bytes: Int?) -> String {
        bytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "n/a"
    }

    func write(json: String?, markdown: String?) throws {
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(self).write(to: URL(fileURLWithPath: json))
        }
        if let markdown {
            try (markdownTable + "\n").write(toFile: markdown, atomically: true, encoding: .utf8)
        }
    }
}

import ArgumentParser
import CreaseProtocol
import Foundation
import Histogram

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

    var text: String {
        String(format: "%.1f / %.1f / %.1f / %.1f / %.1f", p50, p90, p99, p999, max)
    }
}

/// What a scenario reports: JSON for machines, a Markdown table for people, an SVG chart.
struct ScenarioReport: Codable {
    var scenario: String
    var date: String
    var connections: Int
    var connected: Int
    var matches: Int
    var zipf: Double
    var connectSeconds: Double
    var connectMs: LatencySummary
    var failedConnects: Int
    var reconnects: Int
    /// The most connects completed in one second, over the whole run (initial and reconnects).
    var peakConnectsPerSecond: Int?
    var lost: Int
    var duplicates: Int
    var replaysAfterReconnect: Int?
    var neverSubscribed: Int?
    var resyncs: [String: Int]
    var errors: [String: Int]
    var closes: [String: Int]
    var patchMismatches: Int
    /// Mean bytes per delta on the sampling viewers' streams: plain, deflated once without
    /// context (compress-once), and by a per-connection deflater keeping its context.
    var sampledBytesPerDelta: [String: Double]?
    var gatewayRSSBefore: Int?
    var gatewayRSSIdle: Int?
    var bytesPerIdleConnection: Int?
    var windows: [Window]
    var notes: [String: String]
    var timeline: [Timeline.Sample]

    init(scenario: String, session: LoadSession, final: WorkerReport, windows: [Window], notes: [String: String]) {
        self.scenario = scenario
        date = ISO8601DateFormatter().string(from: Date())
        connections = session.options.connections
        connected = session.connected
        matches = session.options.matches
        zipf = session.options.zipf
        connectSeconds = session.connectSeconds
        connectMs = LatencySummary(final.connectTimes)
        failedConnects = final.tally.failedConnects
        reconnects = final.tally.reconnects
        peakConnectsPerSecond = final.peakConnectsPerSecond
        lost = final.tally.missing + final.tally.gaps
        duplicates = final.tally.duplicates
        replaysAfterReconnect = final.tally.replaysAfterReconnect
        neverSubscribed = final.tally.neverSubscribed
        resyncs = final.tally.resyncs
        errors = final.tally.errors
        closes = final.tally.closes
        patchMismatches = final.tally.patchMismatches
        let sampled = Double(max(1, final.tally.sampledDeltas))
        sampledBytesPerDelta = final.tally.sampledDeltas == 0 ? nil : [
            "plain": Double(final.tally.sampledPlainBytes) / sampled,
            "deflateNoContext": Double(final.tally.sampledNoContextBytes) / sampled,
            "deflateContextTakeover": Double(final.tally.sampledContextTakeoverBytes) / sampled,
        ]
        gatewayRSSBefore = session.rssBefore
        gatewayRSSIdle = session.rssIdle
        bytesPerIdleConnection = session.bytesPerIdleConnection
        self.windows = windows
        self.notes = notes
        timeline = session.timeline.recorded
    }

    var markdown: String {
        func f(_ value: Double?, _ digits: Int = 1) -> String { value.map { String(format: "%.\(digits)f", $0) } ?? "n/a" }
        func mib(_ bytes: Int?) -> String { bytes.map { String(format: "%.1f", Double($0) / 1_048_576) } ?? "n/a" }
        func list(_ map: [String: Int]) -> String { map.isEmpty ? "0" : map.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") }
        var rows: [(String, String)] = [
            ("scenario, date", "\(scenario), \(date)"),
            ("connections (connected)", "\(connections) (\(connected))"),
            ("matches, Zipf", "\(matches), \(zipf)"),
            ("connect: all in / p50 / p99", "\(f(connectSeconds)) s / \(f(connectMs.p50)) ms / \(f(connectMs.p99)) ms"),
            ("failed connects / reconnects", "\(failedConnects) / \(reconnects)"),
            ("peak connects completed in one second", peakConnectsPerSecond.map(String.init) ?? "n/a"),
            ("lost deltas / duplicates (healthy viewers)", "\(lost) / \(duplicates)"),
            ("replays of a new subscription (dropped by the seq rule)", "\(replaysAfterReconnect ?? 0)"),
            ("healthy viewers never subscribed (no snapshot)", "\(neverSubscribed ?? 0)"),
            ("resyncs", list(resyncs)),
            ("errors", list(errors)),
            ("closes received", list(closes)),
            ("patch-verifying viewers that disagreed with REST", "\(patchMismatches)"),
            ("gateway RSS before / idle (MiB)", "\(mib(gatewayRSSBefore)) / \(mib(gatewayRSSIdle))"),
            ("gateway RSS per idle connection", bytesPerIdleConnection.map { "\($0) B" } ?? "n/a"),
            ("bytes/delta on sampled streams: plain / deflate once / per-connection context takeover",
             sampledBytesPerDelta.map { "\(f($0["plain"])) / \(f($0["deflateNoContext"])) / \(f($0["deflateContextTakeover"]))" } ?? "n/a"),
        ]
        for (index, window) in windows.enumerated() {
            let tag = windows.count > 1 ? "[\(index + 1)] " : ""
            rows += [
                ("\(tag)rate per match, measured", "\(f(window.ratePerMatch, 2)) deltas/s, \(f(window.seconds)) s"),
                ("\(tag)deliveries/s (delivered / expected)", "\(f(window.deliveriesPerSecond, 0)) (\(window.deliveries) / \(window.expectedDeliveries))"),
                ("\(tag)latency p50 / p90 / p99 / p99.9 / max (ms)", window.latencyMs.text),
            ]
            if let slow = window.slowLatencyMs { rows.append(("\(tag)slow viewers' latency (ms)", slow.text)) }
            if let critical = window.criticalLatencyMs { rows.append(("\(tag)critical deltas' latency (ms)", critical.text)) }
            rows += [
                ("\(tag)gateway CPU / harness CPU (cores)", "\(f(window.gatewayCPUCores, 2)) / \(f(window.harnessCPUCores, 2))"),
                ("\(tag)gateway RSS peak (MiB)", mib(window.gatewayRSSPeak)),
                ("\(tag)redis-server CPU (cores)", f(window.redisCPUCores, 2)),
                ("\(tag)gateway event-loop lag p99 (ms, bucket bound)", f(window.gatewayEventLoopLagP99Ms)),
                ("\(tag)fan-out latency p99 per gateway (ms, bucket bound)", window.fanoutLatencyP99MsPerGateway?.map { f($0) }.joined(separator: " / ") ?? "n/a"),
                ("\(tag)bytes received/s (all viewers)", f(window.bytesReceivedPerSecond, 0)),
                ("\(tag)delta bytes on the wire / inflated (mean)", "\(f(window.deltaWireBytes)) / \(f(window.deltaPlainBytes))"),
                ("\(tag)deltas received compressed", window.compressedDeltas.map(String.init) ?? "n/a"),
                ("\(tag)gateway CPU per delivered delta (µs)", f(window.gatewayCPUMicrosPerDelivery, 2)),
            ]
        }
        rows += notes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return "| measure | value |\n|---|---|\n" + rows.map { "| \($0.0) | \($0.1) |" }.joined(separator: "\n") + "\n"
    }

    /// Latency p50/p99 (gateway's delivery histogram, per second) and connections over time.
    var svg: String {
        let width = 900.0, height = 360.0, left = 60.0, right = 60.0, top = 30.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let maxSecond = max(timeline.last?.second ?? 1, 1)
        let maxLatency = max(timeline.compactMap(\.p99Ms).max() ?? 1, 1)
        let maxConnections = max(timeline.map(\.connections).max() ?? 1, 1)
        func x(_ second: Double) -> Double { left + second / maxSecond * plotWidth }
        func yLatency(_ ms: Double) -> Double { top + plotHeight - ms / maxLatency * plotHeight }
        func yConnections(_ count: Double) -> Double { top + plotHeight - count / maxConnections * plotHeight }
        func polyline(_ points: [(Double, Double)], _ color: String) -> String {
            let list = points.map { String(format: "%.1f,%.1f", $0.0, $0.1) }.joined(separator: " ")
            return "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" points=\"\(list)\"/>"
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(left)\" y=\"18\">crease-bench \(scenario): gateway delivery latency p50 (blue), p99 (red), connections (grey)</text>\n"
        out += "<line x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"black\"/>\n"
        out += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\" stroke=\"black\"/>\n"
        out += "<line x1=\"\(left + plotWidth)\" y1=\"\(top)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\" stroke=\"black\"/>\n"
        out += "<text x=\"5\" y=\"\(top + 10)\">\(String(format: "%.0f", maxLatency)) ms</text><text x=\"5\" y=\"\(top + plotHeight)\">0</text>\n"
        out += "<text x=\"\(left + plotWidth + 5)\" y=\"\(top + 10)\">\(Int(maxConnections))</text>\n"
        out += "<text x=\"\(left + plotWidth - 40)\" y=\"\(height - 10)\">\(String(format: "%.0f", maxSecond)) s</text>\n"
        out += polyline(timeline.map { (x($0.second), yConnections($0.connections)) }, "#999999") + "\n"
        out += polyline(timeline.compactMap { sample in sample.p50Ms.map { (x(sample.second), yLatency($0)) } }, "#1f5fbf") + "\n"
        out += polyline(timeline.compactMap { sample in sample.p99Ms.map { (x(sample.second), yLatency($0)) } }, "#c0392b") + "\n"
        out += "</svg>\n"
        return out
    }

    func write(_ options: LoadOptions) throws {
        if let path = options.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(self).write(to: URL(fileURLWithPath: path))
        }
        if let path = options.markdown { try markdown.write(toFile: path, atomically: true, encoding: .utf8) }
        if let path = options.svg { try svg.write(toFile: path, atomically: true, encoding: .utf8) }
        print(markdown)
    }
}

/// `compare A.json B.json`: every number of two reports side by side, with B/A.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the numbers of two JSON reports side by side with their ratio.")

    @Argument var first: String
    @Argument var second: String

    func run() throws {
        let a = flatten(try JSONValue(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: first)))))
        let b = flatten(try JSONValue(parsing: Array(try Data(contentsOf: URL(fileURLWithPath: second)))))
        print("| measure | \(first) | \(second) | B/A |\n|---|---|---|---|")
        for key in a.keys.sorted() where !key.hasPrefix("timeline") {
            guard let left = a[key], let right = b[key] else { continue }
            let ratio = left != 0 ? String(format: "%.2f", right / left) : "n/a"
            print("| \(key) | \(format(left)) | \(format(right)) | \(ratio) |")
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }

    private func flatten(_ value: JSONValue, prefix: String = "") -> [String: Double] {
        var out: [String: Double] = [:]
        switch value {
        case .object(let members):
            for (key, member) in members { out.merge(flatten(member, prefix: prefix.isEmpty ? key : "\(prefix).\(key)")) { $1 } }
        case .array(let elements):
            for (index, element) in elements.enumerated() { out.merge(flatten(element, prefix: "\(prefix)[\(index)]")) { $1 } }
        case .integer(let number): out[prefix] = Double(number)
        case .double(let number): out[prefix] = number
        default: break
        }
        return out
    }
}

import CreaseClient
import CreaseProtocol
import Foundation
import NIOCore
import NIOPosix

/// REST reads the harness makes (resync checks, final state comparison).
enum RESTProbe {
    static func matchState(host: String, port: Int, match: MatchID) async throws -> (seq: Int64, state: JSONValue?) {
        let group = MultiThreadedEventLoopGroup.singleton
        let http = try await HTTPConnection.open(host: host, port: port, group: group)
        defer { http.close() }
        let response = try await http.request("GET", "/v1/matches/\(match.rawValue)").get()
        let document = try JSONValue(parsing: response.body)
        return (document["seq"]?.integerValue ?? 0, document["state"])
    }

    static func text(host: String, port: Int, path: String) async throws -> String {
        let http = try await HTTPConnection.open(host: host, port: port, group: MultiThreadedEventLoopGroup.singleton)
        defer { http.close() }
        return String(decoding: try await http.request("GET", path).get().body, as: UTF8.self)
    }
}

/// The gateway process as `/proc` and `/metrics` show it; with several gateways, their sums
/// (RSS, CPU, counters) and worst (lag).
struct GatewayProbe {
    let pid: Int32?
    let host: String
    let port: Int
    private var others: [GatewayProbe] = []

    init(pid: Int32?, host: String, port: Int) {
        self.pid = pid
        self.host = host
        self.port = port
    }

    init(fleet: [GatewayProbe]) {
        self = fleet[0]
        others = Array(fleet.dropFirst())
    }

    private var all: [GatewayProbe] { [GatewayProbe(pid: pid, host: host, port: port)] + others }

    /// Resident set size in bytes (all gateways).
    func rss() -> Int? {
        guard !others.isEmpty else { return singleRSS() }
        let values = all.compactMap { $0.singleRSS() }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    private func singleRSS() -> Int? {
        guard let pid, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kb = line.split(separator: " ").compactMap { Int($0) }.first
            return kb.map { $0 * 1024 }
        }
        return nil
    }

    /// CPU seconds used so far (user + system, all gateways).
    func cpuSeconds() -> Double? {
        let values = all.compactMap { ProcessCPU.seconds(pid: $0.pid) }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    /// The worst per-loop p99 event-loop lag in the gateway's histogram (its whole life), in milliseconds.
    func eventLoopLagP99() async -> Double? {
        var worst: Double?
        for snapshot in await histograms("crease_event_loop_lag_seconds") {
            if let p99 = snapshot?.worstP99 { worst = max(worst ?? 0, p99 * 1000) }
        }
        return worst
    }

    /// Each gateway's histogram `name` as it stands now (nil where `/metrics` did not answer).
    func histograms(_ name: String) async -> [HistogramSnapshot?] {
        var result: [HistogramSnapshot?] = []
        for probe in all {
            let text = try? await RESTProbe.text(host: probe.host, port: probe.port, path: "/metrics")
            result.append(text.map { HistogramSnapshot($0, histogram: name) })
        }
        return result
    }

    /// The sum of every series of `name` (all label values).
    func metricSum(_ name: String) async -> Double? {
        guard others.isEmpty else {
            var total: Double?
            for probe in all { if let value = await probe.metricSum(name) { total = (total ?? 0) + value } }
            return total
        }
        guard let text = try? await RESTProbe.text(host: host, port: port, path: "/metrics") else { return nil }
        return text.split(separator: "\n")
            .filter { $0.hasPrefix(name + "{") || $0.hasPrefix(name + " ") }
            .compactMap { Double($0.split(separator: " ").last ?? "") }
            .reduce(0, +)
    }

    func metric(_ name: String) async -> Double? {
        guard others.isEmpty else {
            var total: Double?
            for probe in all { if let value = await probe.metric(name) { total = (total ?? 0) + value } }
            return total
        }
        guard let text = try? await RESTProbe.text(host: host, port: port, path: "/metrics") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.split(separator: " ").last ?? "")
        }
        return nil
    }
}

enum ProcessCPU {
    static func seconds(pid: Int32?) -> Double? {
        guard let pid, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
        guard let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command: state(0) … utime(11) stime(12), in clock ticks.
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}

/// Reads histograms out of Prometheus text.
enum PrometheusText {
    /// The cumulative buckets of an unlabelled histogram, sorted by bound.
    static func buckets(_ text: String, histogram: String) -> [(le: Double, count: Double)] {
        var result: [(le: Double, count: Double)] = []
        for line in text.split(separator: "\n") where line.hasPrefix(histogram + "_bucket{le=") {
            guard let open = line.firstIndex(of: "\""), let close = line[line.index(after: open)...].firstIndex(of: "\"") else { continue }
            let bound = String(line[line.index(after: open)..<close])
            let le = bound == "+Inf" ? Double.infinity : Double(bound) ?? .infinity
            result.append((le, Double(line.split(separator: " ").last ?? "") ?? 0))
        }
        return result.sorted { $0.le < $1.le }
    }

}

/// The cumulative bucket counts of one gateway's histogram at one moment, per series (the labels
/// other than `le`), so that a window's own distribution is the difference of two snapshots.
struct HistogramSnapshot: Sendable {
    /// Series labels → bucket bound (seconds; +Inf included) → cumulative count.
    var series: [String: [Double: Double]] = [:]

    init(_ text: String, histogram: String) {
        for line in text.split(separator: "\n") where line.hasPrefix(histogram + "_bucket{") {
            guard let open = line.firstIndex(of: "{"), let close = line.firstIndex(of: "}") else { continue }
            var key = ""
            var le = Double.infinity
            for label in line[line.index(after: open)..<close].split(separator: ",") {
                let parts = label.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if parts[0] == "le" { le = value == "+Inf" ? .infinity : Double(value) ?? .infinity } else { key += label + "," }
            }
            series[key, default: [:]][le] = Double(line.split(separator: " ").last ?? "") ?? 0
        }
    }

    /// What was counted after `earlier`. A series with any bucket lower than before belongs to a
    /// gateway that restarted in between: all of it is newer than `earlier`. (One that restarted
    /// and has since counted past every bucket of `earlier` is not told apart.)
    func since(_ earlier: HistogramSnapshot?) -> HistogramSnapshot {
        guard let earlier else { return self }
        var result = self
        for (key, buckets) in series {
            guard let before = earlier.series[key], !buckets.contains(where: { $0.value < before[$0.key] ?? 0 }) else { continue }
            result.series[key] = buckets.reduce(into: [:]) { diff, bucket in diff[bucket.key] = max(0, bucket.value - (before[bucket.key] ?? 0)) }
        }
        return result
    }

    /// The largest p99 among the series (the bound of the bucket it falls in, seconds); nil when
    /// nothing was counted.
    var worstP99: Double? {
        var worst: Double?
        for buckets in series.values {
            let sorted = buckets.sorted { $0.key < $1.key }
            guard let total = sorted.last?.value, total > 0 else { continue }
            let p99 = sorted.first { $0.value >= total * 0.99 }?.key ?? .infinity
            worst = max(worst ?? 0, p99)
        }
        return worst
    }
}

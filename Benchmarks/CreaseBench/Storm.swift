import ArgumentParser
import Foundation

/// `reconnect-storm`: every viewer connected, then the gateway is drained (or killed) and
/// restarted; viewers come back after 0–J s of jitter. Runs J = 0 and J = `--jitter` in one
/// report: time until all are back, peak connect rate, failures.
struct ReconnectStorm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconnect-storm",
        abstract: "Restart the gateway under load; time until every viewer is back, with and without jitter.")

    @OptionGroup var load: LoadOptions
    @Option(name: .customLong("gateway-command"), help: "The crease-gateway binary; the harness starts and restarts it.") var gatewayCommand = ".build/release/crease-gateway"
    @Option(help: "Reconnect jitter (s) of the second run; the first has none.") var jitter = 5.0
    @Option(help: "drain (SIGTERM, the gateway closes with 1012 over DRAIN_SECONDS) or kill (SIGKILL).") var restart = "drain"
    @Option(name: .customLong("drain-seconds")) var drainSeconds = 5
    @Option(help: "Deltas per second per match while it happens.") var rate = 1.0
    @Option(help: "Give up waiting for everyone after this many seconds.") var timeout = 120.0

    func run() async throws {
        var notes: [String: String] = ["restart": restart]
        var last: (LoadSession, WorkerReport)?
        for (index, jitterSeconds) in [0.0, jitter].enumerated() {
            var gateway = try launchGateway()
            var options = load
            options.gatewayPID = gateway.processIdentifier
            try await waitUntilReady()
            let session = try await LoadSession(options: options, workerExtra: ["--reconnect-jitter", "\(jitterSeconds)"])
            let publisher = load.makePublisher()
            let publishing = Task { try await publisher.run(ratePerMatch: rate, duration: .seconds(timeout + 30)) }
            try await Task.sleep(for: .seconds(2))

            session.fleet.broadcast("MARK")
            try await Task.sleep(for: .milliseconds(200))
            let stormStart = ContinuousClock.now
            kill(gateway.processIdentifier, restart == "kill" ? SIGKILL : SIGTERM)
            gateway.waitUntilExit()
            let downFor = (ContinuousClock.now - stormStart).seconds
            gateway = try launchGateway()
            let probe = GatewayProbe(pid: gateway.processIdentifier, host: load.host, port: load.port)
            try await waitUntilReady()
            var backAfter: Double?
            var worstLag: Double = 0
            while ContinuousClock.now - stormStart < .seconds(timeout) {
                let count = await probe.metric("crease_connections") ?? 0
                worstLag = max(worstLag, await probe.eventLoopLagP99() ?? 0)
                if Int(count) >= session.connected {
                    backAfter = (ContinuousClock.now - stormStart).seconds
                    break
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            publishing.cancel()
            let rejected = await probe.metricSum("crease_upgrades_rejected_total") ?? 0
            let final = try session.finish(finals: [:])
            let tag = "J=\(Int(jitterSeconds)) s"
            notes["\(tag): old gateway down after (s)"] = String(format: "%.1f", downFor)
            notes["\(tag): all \(session.connected) back after (s)"] = backAfter.map { String(format: "%.1f", $0) } ?? "not within \(Int(timeout)) s"
            notes["\(tag): peak connects/s"] = "\(final.peakConnectsPerSecond)"
            notes["\(tag): refused upgrades (new gateway)"] = String(format: "%.0f", rejected)
            notes["\(tag): failed connect attempts (retried)"] = "\(final.tally.failedConnects)"
            notes["\(tag): event-loop lag p99 during the storm (ms, bucket bound)"] = String(format: "%.0f", worstLag)
            kill(gateway.processIdentifier, SIGKILL)
            gateway.waitUntilExit()
            last = (session, final)
            _ = index
        }
        if let (session, final) = last {
            try ScenarioReport(scenario: "reconnect-storm", session: session, final: final, windows: [], notes: notes).write(load)
        }
    }

    private func launchGateway() throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gatewayCommand)
        var environment = ProcessInfo.processInfo.environment
        environment["GATEWAY_PORT"] = "\(load.port)"
        environment["DRAIN_SECONDS"] = "\(drainSeconds)"
        environment["LOG_LEVEL"] = environment["LOG_LEVEL"] ?? "warning"
        process.environment = environment
        try process.run()
        return process
    }

    private func waitUntilReady() async throws {
        for _ in 0..<200 {
            if let text = try? await RESTProbe.text(host: load.host, port: load.port, path: "/readyz"), text.contains("ready") { return }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}

/// `churn`: viewers leave and new ones join at a steady rate while deltas flow.
struct Churn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Steady leaves and joins while deltas flow.")

    @OptionGroup var load: LoadOptions
    @Option(help: "Deltas per second per match.") var rate = 2.0
    @Option(name: .customLong("churn-rate"), help: "Viewers leaving (and joining) per second, all workers together.") var churnRate = 200.0
    @Option var duration = 30.0
    @Option var warmup = 5.0

    func run() async throws {
        let session = try await LoadSession(options: load, workerExtra: [
            "--churn-rate", "\(churnRate / Double(load.workers))", "--reconnect-jitter", "0",
        ])
        let publisher = load.makePublisher()
        let (window, _) = try await measureWindow(session, publisher: publisher, rate: rate, warmup: warmup, duration: duration, step: true)
        let final = try session.finish(finals: publisher.finals)
        try ScenarioReport(scenario: "churn", session: session, final: final, windows: [window], notes: [
            "churn (leaves and joins per second)": String(format: "%.0f", churnRate),
        ]).write(load)
    }
}

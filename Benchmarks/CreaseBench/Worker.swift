import ArgumentParser
import CreaseProtocol
import CricketSimulator
import Foundation
import Histogram
import NIOCore
import NIOPosix
import Synchronization

/// One load process: its share of the viewers on one event loop. Speaks to the coordinator
/// over stdin/stdout, one line per message: it prints `READY {…}` once every viewer holds its
/// snapshot, then obeys `RECORD` (reset and start recording latency), `STEP` (print `STEP {…}`
/// and reset), `STOP {finals}` (print `RESULT {…}` and exit).
struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A load process (started by the scenarios, not by hand).")

    @Option var host = "127.0.0.1"
    @Option var port = 8080
    @Option(help: "Comma-separated host:port of every gateway; viewers spread over them (default: host:port).")
    var gateways = ""
    @Option var first = 0
    @Option var count = 1000
    @Option var matches = 100
    @Option var zipf = 1.1
    @Option var sources = "127.0.0.1"
    @Option(name: .customLong("connect-rate")) var connectRate = 2000
    @Option(name: .customLong("verify-every")) var verifyEvery = 500
    @Flag var compression = false
    @Option(name: .customLong("slow-every"), help: "Every Nth viewer is slow (0: none).") var slowEvery = 0
    @Option(name: .customLong("slow-mode")) var slowMode = "stalled"
    @Flag(help: "Slow viewers subscribe with \"conflate\": true (protocol 1.1).") var conflate = false
    @Option(name: .customLong("reconnect-jitter"), help: "Reconnect closed viewers after 0…J s (negative: never).")
    var reconnectJitter = -1.0
    @Option(name: .customLong("churn-rate"), help: "Viewers leaving (and a new one joining) per second.")
    var churnRate = 0.0

    func run() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let ledger = NIOLoopBoundBox.makeBoxSendingValue(WorkerLedger(), eventLoop: loop)
        let sampler = ZipfSampler(count: matches, exponent: zipf)
        let start = ContinuousClock.now
        let pending = ManagedCounter()
        let dialer = Dialer(
            targets: GatewayTarget.list(gateways, host: host, port: port),
            sources: sources.split(separator: ",").map(String.init),
            loop: loop, ledger: ledger, pending: pending, reconnectJitter: reconnectJitter,
            compression: compression)
        let stopping = ManagedCounter()
        let compression = self.compression
        try await loop.submit {
            if compression { ledger.value.inflater = MessageInflater() }
            ledger.value.onClosed = { viewer in
                guard stopping.value == 0, dialer.reconnectJitter >= 0, !viewer.stopped else { return }
                dialer.schedule(viewer, after: Double.random(in: 0...max(dialer.reconnectJitter, 0.001)))
            }
        }.get()

        // Connect, paced.
        let slow = ViewerBehaviour(rawValue: slowMode) ?? .stalled
        let perTick = max(1, connectRate / 100)
        var index = 0
        while index < count {
            let batch = min(perTick, count - index)
            let range = (first + index)..<(first + index + batch)
            let (slowEvery, verifyEvery, conflate) = (self.slowEvery, self.verifyEvery, self.conflate)
            pending.add(batch)
            try await loop.submit {
                for global in range {
                    let behaviour: ViewerBehaviour =
                        slowEvery > 0 && global % slowEvery == slowEvery - 1 ? slow : .healthy
                    let viewer = Viewer(
                        index: global, match: MatchID("m\(sampler.sample(seed: UInt64(global)))")!,
                        verifiesPatches: global % verifyEvery == 0 && behaviour == .healthy, behaviour: behaviour,
                        conflates: conflate && behaviour != .healthy)
                    ledger.value.viewers.append(viewer)
                    dialer.connect(viewer)
                }
            }.get()
            index += batch
            try await Task.sleep(for: .milliseconds(10))
        }
        var waited = 0
        while pending.value > 0, waited < 3_000 {
            try await Task.sleep(for: .milliseconds(20))
            waited += 1
        }
        for _ in 0..<500 {
            let ready = try await loop.submit { ledger.value.viewers.allSatisfy { $0.ready || !$0.isOpen } }.get()
            if ready { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        let (connected, subscribers) = try await loop.submit { () -> (Int, [String: Int]) in
            var subscribers: [String: Int] = [:]
            for viewer in ledger.value.viewers where viewer.isOpen {
                subscribers[viewer.match.rawValue, default: 0] += 1
            }
            return (ledger.value.tally.connected, subscribers)
        }.get()
        emit(
            "READY",
            ReadyReport(connected: connected, seconds: (ContinuousClock.now - start).seconds, subscribers: subscribers))

        // Healthy viewers ack once a second; 2G viewers every 8 s; 2G viewers read in small sips.
        let healthyAcks = loop.scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) { _ in
            for viewer in ledger.value.viewers where viewer.behaviour == .healthy { viewer.ackIfNeeded() }
        }
        let slowAcks = loop.scheduleRepeatedTask(initialDelay: .seconds(8), delay: .seconds(8)) { _ in
            for viewer in ledger.value.viewers where viewer.behaviour == .slow2G { viewer.ackIfNeeded() }
        }
        let sips = loop.scheduleRepeatedTask(initialDelay: .milliseconds(250), delay: .milliseconds(250)) { _ in
            let now = BenchClock.microseconds()
            let ledger = ledger.value
            for viewer in ledger.viewers where viewer.behaviour == .slow2G {
                viewer.connection?.channel?.read()
                if ledger.recording, viewer.shownAt > 0 {
                    ledger.slowStateAge.record(UInt64(min(59_999_999, max(0, now - viewer.shownAt))))
                }
            }
        }
        let churn: RepeatedTask? =
            churnRate > 0
            ? loop.scheduleRepeatedTask(initialDelay: .milliseconds(100), delay: .milliseconds(100)) { [churnRate] _ in
                let leaving = Int((churnRate / 10).rounded(.up))
                let open = ledger.value.viewers.filter(\.isOpen)
                for viewer in open.shuffled().prefix(leaving) { viewer.connection?.leave() }
            } : nil

        while let line = readLine() {
            if line == "MARK" {
                // A new phase (a restart): count connects and failures from here.
                try await loop.submit {
                    ledger.value.connectBuckets = [:]
                    ledger.value.tally.failedConnects = 0
                }.get()
            } else if line == "RECORD" {
                try await loop.submit {
                    ledger.value.recording = true
                    ledger.value.resetMeasurements()
                }.get()
            } else if line == "STEP" {
                let report = try await loop.submit { () -> WorkerReport in
                    defer { ledger.value.resetMeasurements() }
                    return ledger.value.report()
                }.get()
                emit("STEP", report)
            } else if line.hasPrefix("STOP ") {
                stopping.add(1)
                churn?.cancel()
                let finals = try JSONDecoder().decode([String: Int64].self, from: Data(line.dropFirst(5).utf8))
                try await finish(loop: loop, ledger: ledger, finals: finals)
                break
            }
        }
        healthyAcks.cancel()
        slowAcks.cancel()
        sips.cancel()
        try await loop.submit {
            for viewer in ledger.value.viewers {
                viewer.stopped = true
                viewer.connection?.close()
            }
        }.get()
        try await group.shutdownGracefully()
    }

    /// Waits (up to 5 s) for every healthy viewer to reach its match's final seq, then reports.
    private func finish(
        loop: any EventLoop, ledger: NIOLoopBoundBox<WorkerLedger>, finals: [String: Int64]
    ) async throws {
        for _ in 0..<250 {
            let behind = try await loop.submit {
                ledger.value.viewers.filter {
                    $0.behaviour == .healthy && $0.isOpen && $0.lastSeq < (finals[$0.match.rawValue] ?? 0)
                }.count
            }.get()
            if behind == 0 { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        // 2G viewers: how long after the publishing stopped each holds its match's final seq.
        let catchUpStart = BenchClock.microseconds()
        var slowBehind = 0
        for _ in 0..<600 {
            slowBehind = try await loop.submit {
                let elapsed = UInt64(max(0, BenchClock.microseconds() - catchUpStart))
                var behind = 0
                for viewer in ledger.value.viewers where viewer.behaviour == .slow2G && viewer.isOpen && !viewer.caughtUp {
                    if viewer.lastSeq >= (finals[viewer.match.rawValue] ?? 0) {
                        viewer.caughtUp = true
                        ledger.value.slowCatchUp.record(min(elapsed, 59_999_999))
                    } else {
                        behind += 1
                    }
                }
                return behind
            }.get()
            if slowBehind == 0 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let verifying = try await loop.submit {
            ledger.value.viewers.filter(\.verifiesPatches).map { ($0.match, $0.lastSeq, $0.state) }
        }.get()
        var mismatches = 0
        for (match, seq, state) in verifying {
            let target = GatewayTarget.list(gateways, host: host, port: port)[0]
            guard let rest = try? await RESTProbe.matchState(host: target.host, port: target.port, match: match) else {
                mismatches += 1
                continue
            }
            if rest.seq == seq, rest.state != state { mismatches += 1 }
        }
        let mismatchCount = mismatches
        let notCaughtUp = slowBehind
        let report = try await loop.submit { () -> WorkerReport in
            var report = ledger.value.report()
            // Viewers that never had a snapshot (refused at connect: counted as failed connects)
            // hold no seq to fall behind from.
            report.tally.neverSubscribed =
                ledger.value.viewers.filter { $0.behaviour == .healthy && $0.lastSeq < 0 }.count
            report.tally.missing = ledger.value.viewers.filter { $0.behaviour == .healthy && $0.lastSeq >= 0 }.reduce(0)
            { sum, viewer in
                sum + Int(max(0, (finals[viewer.match.rawValue] ?? 0) - viewer.lastSeq))
            }
            report.tally.patchMismatches = mismatchCount
            report.tally.slowNotCaughtUp = notCaughtUp
            return report
        }.get()
        emit("RESULT", report)
    }

    private func emit(_ tag: String, _ value: some Encodable) {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        FileHandle.standardOutput.write(Data(("\(tag) " + String(decoding: data, as: UTF8.self) + "\n").utf8))
    }
}

extension WorkerLedger {
    func report() -> WorkerReport {
        WorkerReport(
            tally: tally, latency: latency, slowLatency: slowLatency, slowStateAge: slowStateAge,
            slowCatchUp: slowCatchUp, criticalLatency: criticalLatency, connectTimes: connectTimes, connectBuckets: connectBuckets)
    }

    func resetMeasurements() {
        latency.reset()
        slowLatency.reset()
        slowStateAge.reset()
        criticalLatency.reset()
        tally.slowWireBytes = 0
        tally.slowMessages = 0
        tally.slowFoldedDeltas = 0
        tally.deltas = 0
        tally.bytes = 0
        tally.deltaWireBytes = 0
        tally.deltaPlainBytes = 0
        tally.compressedDeltas = 0
    }
}

/// Opens viewers' connections from the worker's loop, paced by the caller; on failure it
/// retries (when reconnecting is on) after the server's `Retry-After` or a capped, jittered
/// exponential backoff.
final class Dialer: Sendable {
    let targets: [GatewayTarget]
    let sources: [String]
    let loop: any EventLoop
    let ledger: NIOLoopBoundBox<WorkerLedger>
    let pending: ManagedCounter
    let reconnectJitter: Double
    let compression: Bool

    init(
        targets: [GatewayTarget], sources: [String], loop: any EventLoop, ledger: NIOLoopBoundBox<WorkerLedger>,
        pending: ManagedCounter, reconnectJitter: Double, compression: Bool
    ) {
        self.compression = compression
        self.targets = targets
        self.sources = sources
        self.loop = loop
        self.ledger = ledger
        self.pending = pending
        self.reconnectJitter = reconnectJitter
    }

    /// Reconnects `viewer` after `seconds` (on the loop).
    func schedule(_ viewer: Viewer, after seconds: Double) {
        let box = NIOLoopBound(viewer, eventLoop: loop)
        loop.scheduleTask(in: .nanoseconds(Int64(seconds * 1e9))) {
            let viewer = box.value
            guard !viewer.stopped, !viewer.isOpen else { return }
            self.ledger.value.tally.reconnects += 1
            self.connect(viewer)
        }
    }

    /// Called on the loop.
    func connect(_ viewer: Viewer) {
        let began = ContinuousClock.now
        let source = sources[viewer.index % sources.count]
        let target = targets[viewer.index % targets.count]
        var bootstrap = ClientBootstrap(group: loop)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .connectTimeout(.seconds(30))
        if viewer.behaviour != .healthy {
            // Small buffers so that a slow reader is felt by the server quickly.
            // One 512-byte read per sip (NIO would otherwise read up to four times per `read()`):
            // 2 KB/s for a 2G viewer, as documented.
            bootstrap = bootstrap.channelOption(.socketOption(.so_rcvbuf), value: 4096)
                .channelOption(.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: 512))
                .channelOption(.maxMessagesPerRead, value: 1)
        }
        if source != "127.0.0.1", let address = try? SocketAddress(ipAddress: source, port: 0) {
            bootstrap = bootstrap.bind(to: address)
        }
        let box = NIOLoopBound(viewer, eventLoop: loop)
        bootstrap.channelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                let viewer = box.value
                let connection = LoadConnection(viewer: viewer, ledger: self.ledger.value)
                let handshake = BenchHandshake.handler(
                    host: target.host, port: target.port, path: "/v1/ws", compression: self.compression,
                    connection: connection
                ) { result in
                    self.handshakeDone(viewer, result, began: began)
                }
                try channel.pipeline.syncOperations.addHandler(handshake)
            }
        }.connect(host: target.host, port: target.port).whenFailure { error in
            self.loop.execute {
                self.handshakeDone(box.value, .failure(.rejected("\(type(of: error))", retryAfter: nil)), began: began)
            }
        }
    }

    private func handshakeDone(_ viewer: Viewer, _ result: Result<Void, BenchError>, began: ContinuousClock.Instant) {
        let ledger = self.ledger.value
        switch result {
        case .success:
            viewer.failures = 0
            ledger.tally.connected += 1
            ledger.connectTimes.record(UInt64(max(0, (ContinuousClock.now - began).microseconds)))
            ledger.connectBuckets[BenchClock.microseconds() / 100_000, default: 0] += 1
        case .failure(.rejected(let why, let retryAfter)):
            ledger.tally.failedConnects += 1
            ledger.tally.errors["connect_\(why)", default: 0] += 1
            if reconnectJitter >= 0, !viewer.stopped {
                viewer.failures += 1
                let backoff = min(30, pow(2, Double(min(viewer.failures, 5))) * 0.25) * Double.random(in: 0.5...1.5)
                schedule(viewer, after: max(Double(retryAfter ?? 0), backoff))
            }
        }
        pending.add(-1)
    }
}

struct ReadyReport: Codable {
    var connected: Int
    var seconds: Double
    var subscribers: [String: Int]
}

struct WorkerReport: Codable {
    var tally: ClientTally
    var latency: Histogram<UInt64>
    var slowLatency: Histogram<UInt64>
    var slowStateAge: Histogram<UInt64>
    /// 2G viewers: from the end of publishing until each held its match's final seq, µs.
    var slowCatchUp: Histogram<UInt64>
    var criticalLatency: Histogram<UInt64>
    var connectTimes: Histogram<UInt64>
    var connectBuckets: [Int64: Int]
}

/// A counter shared by connect callbacks (on the loop) and the connecting task.
final class ManagedCounter: Sendable {
    private let storage = Mutex(0)
    func add(_ delta: Int) { storage.withLock { $0 += delta } }
    var value: Int { storage.withLock { $0 } }
}

/// Zipf-distributed match ranks 1...count (rank 1 is the hot match).
struct ZipfSampler {
    private let cdf: [Double]

    init(count: Int, exponent: Double) {
        var weights = (1...max(count, 1)).map { 1 / pow(Double($0), exponent) }
        let total = weights.reduce(0, +)
        var running = 0.0
        for index in weights.indices {
            running += weights[index] / total
            weights[index] = running
        }
        cdf = weights
    }

    /// A deterministic rank for `seed` (SplitMix64 → uniform → inverse CDF).
    func sample(seed: UInt64) -> Int {
        var random = SplitMix64(seed: seed)
        let uniform = Double(random.next() >> 11) / Double(1 << 53)
        var low = 0
        var high = cdf.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cdf[mid] < uniform { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var microseconds: Int64 { components.seconds * 1_000_000 + components.attoseconds / 1_000_000_000_000 }
}

/// One gateway the viewers connect to.
struct GatewayTarget: Sendable, Codable {
    var host: String
    var port: Int

    /// `host:port,host:port`, or the single default.
    static func list(_ text: String, host: String, port: Int) -> [GatewayTarget] {
        let parsed = text.split(separator: ",").compactMap { item -> GatewayTarget? in
            let parts = item.split(separator: ":")
            guard parts.count == 2, let port = Int(parts[1]) else { return nil }
            return GatewayTarget(host: String(parts[0]), port: port)
        }
        return parsed.isEmpty ? [GatewayTarget(host: host, port: port)] : parsed
    }
}

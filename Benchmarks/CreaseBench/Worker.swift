import ArgumentParser
import CreaseProtocol
import Foundation
import Histogram
import NIOCore
import NIOPosix
import Synchronization

/// One load process: its share of the connections on one event loop. Speaks to the
/// coordinator over stdin/stdout, one line per message.
struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "A load process (started by the scenarios, not by hand).")

    @Option var host = "127.0.0.1"
    @Option var port = 8080
    @Option var first = 0
    @Option var count = 1000
    @Option var matches = 100
    @Option var zipf = 1.1
    @Option var sources = "127.0.0.1"
    @Option(name: .customLong("connect-rate")) var connectRate = 2000
    @Option(name: .customLong("verify-every")) var verifyEvery = 500

    func run() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let ledger = NIOLoopBoundBox.makeBoxSendingValue(WorkerLedger(), eventLoop: loop)
        let sampler = ZipfSampler(count: matches, exponent: zipf)
        let sourceList = sources.split(separator: ",").map(String.init)
        let start = ContinuousClock.now
        let pending = ManagedCounter()

        // Connect, paced.
        let perTick = max(1, connectRate / 100)
        var index = 0
        while index < count {
            let batch = min(perTick, count - index)
            for offset in 0..<batch {
                let global = first + index + offset
                let match = MatchID("m\(sampler.sample(seed: UInt64(global)))")!
                let source = sourceList[global % sourceList.count]
                pending.add(1)
                connectOne(group: group, loop: loop, ledger: ledger, match: match, source: source, verify: global % verifyEvery == 0, pending: pending)
            }
            index += batch
            try await Task.sleep(for: .milliseconds(10))
        }
        while pending.value > 0 { try await Task.sleep(for: .milliseconds(20)) }
        // Wait for every snapshot.
        for _ in 0..<500 {
            let ready = try await loop.submit { ledger.value.connections.allSatisfy { $0.ready || !$0.isOpen } }.get()
            if ready { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        let connectSeconds = (ContinuousClock.now - start).seconds
        let connected = try await loop.submit { ledger.value.tally.connected }.get()
        emit("READY", ["connected": connected, "seconds": connectSeconds])

        // Acks, at least once a second.
        let ackTask = loop.scheduleRepeatedTask(initialDelay: .seconds(1), delay: .seconds(1)) { _ in
            for connection in ledger.value.connections { connection.ackIfNeeded() }
        }

        while let line = readLine() {
            if line == "RECORD" {
                try await loop.submit { ledger.value.recording = true }.get()
            } else if line.hasPrefix("STOP ") {
                let finals = try JSONDecoder().decode([String: Int64].self, from: Data(line.dropFirst(5).utf8))
                try await finish(loop: loop, ledger: ledger, finals: finals)
                ackTask.cancel()
                break
            }
        }
        try await loop.submit { for connection in ledger.value.connections { connection.close() } }.get()
        try await group.shutdownGracefully()
    }

    private func connectOne(
        group: any EventLoopGroup, loop: any EventLoop, ledger: NIOLoopBoundBox<WorkerLedger>, match: MatchID,
        source: String, verify: Bool, pending: ManagedCounter
    ) {
        let began = ContinuousClock.now
        let host = self.host
        let port = self.port
        var bootstrap = ClientBootstrap(group: loop)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .connectTimeout(.seconds(30))
        if source != "127.0.0.1", let address = try? SocketAddress(ipAddress: source, port: 0) {
            bootstrap = bootstrap.bind(to: address)
        }
        bootstrap.channelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                let connection = LoadConnection(match: match, verifiesPatches: verify, ledger: ledger.value)
                let handshake = BenchHandshake(host: host, port: port, path: "/v1/ws", connection: connection) { result in
                    switch result {
                    case .success:
                        ledger.value.tally.connected += 1
                        ledger.value.connections.append(connection)
                        ledger.value.connectTimes.record(UInt64((ContinuousClock.now - began).microseconds))
                    case .failure(.rejected(let why)):
                        ledger.value.tally.failedConnects += 1
                        ledger.value.tally.errors["connect_\(why)", default: 0] += 1
                    }
                    pending.add(-1)
                }
                try channel.pipeline.syncOperations.addHandler(handshake)
            }
        }.connect(host: host, port: port).whenFailure { error in
            loop.execute {
                ledger.value.tally.failedConnects += 1
                ledger.value.tally.errors["connect_\(type(of: error))", default: 0] += 1
                pending.add(-1)
            }
        }
    }

    /// Waits (up to 5 s) for every connection to reach its match's final seq, then reports.
    private func finish(loop: any EventLoop, ledger: NIOLoopBoundBox<WorkerLedger>, finals: [String: Int64]) async throws {
        for _ in 0..<250 {
            let behind = try await loop.submit {
                ledger.value.connections.filter { $0.isOpen && $0.lastSeq < (finals[$0.match.rawValue] ?? 0) }.count
            }.get()
            if behind == 0 { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        let verifying = try await loop.submit {
            ledger.value.connections.filter(\.verifiesPatches).map { ($0.match, $0.lastSeq, $0.state) }
        }.get()
        var mismatches = 0
        for (match, seq, state) in verifying {
            guard let rest = try? await RESTProbe.matchState(host: host, port: port, match: match) else { mismatches += 1; continue }
            if rest.seq == seq, rest.state != state { mismatches += 1 }
        }
        let mismatchCount = mismatches
        let (tally, latency, connectTimes) = try await loop.submit { () -> (ClientTally, Histogram<UInt64>, Histogram<UInt64>) in
            var tally = ledger.value.tally
            tally.missing = ledger.value.connections.reduce(0) { sum, connection in
                sum + Int(max(0, (finals[connection.match.rawValue] ?? 0) - connection.lastSeq))
            }
            tally.patchMismatches = mismatchCount
            return (tally, ledger.value.latency, ledger.value.connectTimes)
        }.get()
        let report = WorkerReport(tally: tally, latency: latency, connectTimes: connectTimes)
        let data = try JSONEncoder().encode(report)
        FileHandle.standardOutput.write(Data(("RESULT " + String(decoding: data, as: UTF8.self) + "\n").utf8))
    }

    private func emit(_ tag: String, _ fields: [String: Any]) {
        let data = try! JSONSerialization.data(withJSONObject: fields)
        FileHandle.standardOutput.write(Data(("\(tag) " + String(decoding: data, as: UTF8.self) + "\n").utf8))
    }
}

struct WorkerReport: Codable {
    var tally: ClientTally
    var latency: Histogram<UInt64>
    var connectTimes: Histogram<UInt64>
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
        var z = seed &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        let uniform = Double(z >> 11) / Double(1 << 53)
        var low = 0
        var high = cdf.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cdf[mid] < uniform { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }

    /// Expected share of connections per rank.
    var shares: [Double] { cdf.enumerated().map { $0.offset == 0 ? $0.element : $0.element - cdf[$0.offset - 1] } }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
    var microseconds: Int64 { components.seconds * 1_000_000 + components.attoseconds / 1_000_000_000_000 }
}

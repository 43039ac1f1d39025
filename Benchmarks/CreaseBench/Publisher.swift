import CreaseClient
import CreaseProtocol
import CricketSimulator
import Foundation
import NIOCore
import NIOPosix

/// Publishes realistic cricket deltas (~200 bytes, priority mix from the simulator) at a
/// target rate per match through the embedded publish endpoint, over pipelined keep-alive
/// connections.
final class Publisher: @unchecked Sendable {
    // Mutable state is touched only from the single publishing task (`run`), and read after it
    // has returned; the class is Sendable only so that task can own it.
    private let host: String
    private let port: Int
    private let matches: [MatchID]
    private let token: String?
    private var simulators: [CricketMatchSimulator]
    private(set) var finals: [String: Int64] = [:]
    private(set) var publishedPerMatch: [String: Int] = [:]
    private(set) var published = 0
    private(set) var failed = 0
    private(set) var bytes = 0

    init(host: String, port: Int, matches: [MatchID], token: String?) {
        self.host = host
        self.port = port
        self.matches = matches
        self.token = token
        self.simulators = matches.indices.map { CricketMatchSimulator(seed: UInt64($0 + 1)) }
    }

    /// Publishes `ratePerMatch` events per second to every match for `duration`.
    func run(ratePerMatch: Double, duration: Duration) async throws {
        let connections = try await (0..<4).asyncMap { _ in
            try await HTTPConnection.open(host: host, port: port, group: MultiThreadedEventLoopGroup.singleton)
        }
        defer { connections.forEach { $0.close() } }
        let totalRate = ratePerMatch * Double(matches.count)
        let start = ContinuousClock.now
        var sent = 0
        var pending: [EventLoopFuture<HTTPConnection.Response>] = []
        var nextMatch = 0
        var headers: [(String, String)] = []
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        while ContinuousClock.now - start < duration, !Task.isCancelled {
            let due = Int(totalRate * (ContinuousClock.now - start).seconds)
            while sent < due {
                let index = nextMatch % matches.count
                nextMatch += 1
                let event = nextEvent(index)
                let body = JSONValue.object(["priority": .string(event.priority.name), "data": event.patch]).serialized
                bytes += body.count
                pending.append(connections[sent % connections.count].request("POST", "/v1/matches/\(matches[index].rawValue)/events", headers: headers, body: body))
                sent += 1
            }
            if pending.count > 2_000 { try await drain(&pending) }
            try? await Task.sleep(for: .milliseconds(5))
        }
        try await drain(&pending)
    }

    private func drain(_ pending: inout [EventLoopFuture<HTTPConnection.Response>]) async throws {
        for future in pending {
            guard let response = try? await future.get(), response.status == 202,
                let receipt = try? JSONValue(parsing: response.body),
                let match = receipt["match"]?.stringValue, let seq = receipt["seq"]?.integerValue
            else {
                failed += 1
                continue
            }
            published += 1
            publishedPerMatch[match, default: 0] += 1
            finals[match] = max(finals[match] ?? 0, seq)
        }
        pending.removeAll()
    }

    /// The next simulator event of match `index` that is a ball or commentary (the match-start
    /// scorecard is published too, as the first event, like a real feed).
    private func nextEvent(_ index: Int) -> SimulatedEvent {
        while true {
            if let event = simulators[index].nextBall().first { return event }
        }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}

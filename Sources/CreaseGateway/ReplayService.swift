import CreaseBus
import CreaseProtocol
import Foundation
import Logging
import ServiceLifecycle

/// crease-ingest's file provider: publishes the events of a JSON-lines file, one
/// `{"match", "priority", "data"}` object per line, in order, at `REPLAY_RATE` per second (0: as
/// fast as the publisher takes them). A line that is not a valid event is reported with its
/// number and not published; the rest go on.
public struct ReplayService: Service {
    let path: String
    let rate: Double
    let publisher: any EventPublisher
    let logger: Logger

    public init(path: String, rate: Double, publisher: any EventPublisher, logger: Logger) {
        self.path = path
        self.rate = rate
        self.publisher = publisher
        self.logger = logger
    }

    /// What a replay did.
    public struct Outcome: Sendable, Equatable {
        public var published = 0
        /// Line numbers (from 1) that were not valid events.
        public var rejected: [Int] = []

        public init(published: Int = 0, rejected: [Int] = []) {
            self.published = published
            self.rejected = rejected
        }
    }

    public func run() async throws {
        let outcome = try await replay()
        logger.notice(
            "replay finished", metadata: ["published": "\(outcome.published)", "rejected": "\(outcome.rejected.count)"])
        // Stay up until shutdown like the other providers.
        try? await gracefulShutdown()
    }

    /// Publishes the file once; returns what was published and which lines were rejected.
    public func replay() async throws -> Outcome {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var outcome = Outcome()
        let start = ContinuousClock.now
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard case .success(let event) = ReplayEvent.decode(Array(line.utf8)) else {
                logger.error("replay: line \(number) is not a valid event; skipped", metadata: ["file": "\(path)"])
                outcome.rejected.append(number)
                continue
            }
            if rate > 0 {
                let due = start + .seconds(Double(outcome.published) / rate)
                if due > .now { try await Task.sleep(until: due) }
            }
            _ = try await publisher.publish(
                to: event.match, priority: event.request.priority, patch: event.request.data)
            outcome.published += 1
        }
        return outcome
    }
}

/// One line of a replay file: the publish body plus the match id.
struct ReplayEvent {
    let match: MatchID
    let request: PublishRequest

    static func decode(_ bytes: [UInt8]) -> Result<ReplayEvent, ClientMessageRejection> {
        guard let value = try? JSONValue(parsing: bytes), let rawMatch = value["match"]?.stringValue else {
            return .failure(.init(.badMessage, "a replay line is {\"match\", \"priority\", \"data\"}"))
        }
        guard let match = MatchID(rawMatch) else { return .failure(.init(.badMatchID, MatchID.rule)) }
        switch PublishRequest.decode(bytes) {
        case .success(let request): return .success(ReplayEvent(match: match, request: request))
        case .failure(let rejection): return .failure(rejection)
        }
    }
}

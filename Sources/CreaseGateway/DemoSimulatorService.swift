import CreaseBus
import CreaseProtocol
import CricketSimulator
import Logging
import ServiceLifecycle

/// Plays `DEMO_MATCHES` simulated cricket matches through the normal publish path, one ball
/// every `DEMO_BALL_MS` per match, until graceful shutdown.
public struct DemoSimulatorService: Service {
    let configuration: GatewayConfiguration
    let publisher: any EventPublisher
    let logger: Logger

    public init(configuration: GatewayConfiguration, publisher: any EventPublisher, logger: Logger) {
        self.configuration = configuration
        self.publisher = publisher
        self.logger = logger
    }

    public func run() async throws {
        logger.notice("demo simulator started", metadata: ["matches": "\(configuration.demo.matches)"])
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<configuration.demo.matches {
                    group.addTask { await self.play(index: index) }
                }
            }
        }
    }

    /// One match: a simulator seeded by its index, one ball (and its events) per interval.
    private func play(index: Int) async {
        guard let match = MatchID("demo-\(index + 1)") else { return }
        var simulator = CricketMatchSimulator(seed: UInt64(index + 1) &* 0x9E37_79B9)
        while !Task.isCancelled {
            for event in simulator.nextBall() {
                do {
                    _ = try await publisher.publish(to: match, priority: event.priority, patch: event.patch)
                } catch {
                    logger.warning("demo publish failed", metadata: ["match": "\(match)", "error": "\(error)"])
                }
            }
            try? await Task.sleep(for: configuration.demo.ballInterval)
        }
    }
}

import CreaseBus
import CreaseProtocol
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
        logger.notice("demo simulator started", metadata: ["matches": "\(configuration.demoMatches)"])
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<configuration.demoMatches {
                    group.addTask { await self.play(index: index) }
                }
            }
        }
    }

    private func play(index: Int) async {
        // Placeholder until the simulator module lands: a score that ticks.
        guard let match = MatchID("demo-\(index + 1)") else { return }
        var runs: Int64 = 0
        while !Task.isCancelled {
            runs += 1
            _ = try? await publisher.publish(to: match, priority: .normal, patch: .object(["runs": .integer(runs)]))
            try? await Task.sleep(for: .milliseconds(configuration.demoBallMilliseconds))
        }
    }
}

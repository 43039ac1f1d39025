import CreaseProtocol
import Testing

@testable import CreaseGateway

/// A stopped gateway lets go of everything it held: its environment (metrics, registry, match
/// hubs, connections) is freed once the service has stopped. A closed connection used to stay on
/// its loop's timing wheel until the tick visited it; with the ticks stopped it kept itself and
/// the environment alive for good (LeakSanitizer listed one environment per test gateway).
struct GatewayTeardownTests {
    /// Holds weakly what the gateway should free.
    private final class Held: @unchecked Sendable {
        // Written in the test's one task before the gateway stops, read after.
        weak var environment: GatewayEnvironment?
    }

    @Test func aStoppedGatewayFreesItsEnvironmentAfterConnectionsSubscriptionsAndDeltas() async throws {
        let held = Held()
        try await withGateway { gateway in
            held.environment = gateway.server.environment
            let (client, _) = try await gateway.subscribed(to: "m1")
            try await gateway.publish("m1", ["runs": 1])
            _ = try await client.next("delta")
            let idle = try await gateway.connectAndGreet()  // open, subscribed to nothing
            _ = idle
        }
        #expect(try await eventually { held.environment == nil })
    }
}

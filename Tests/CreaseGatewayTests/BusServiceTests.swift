import CreaseGateway
import Logging
import ServiceLifecycle
import Synchronization
import Testing

/// The executables list the bus first: it must close only after the services listed after it
/// (the gateway's drain) have stopped, and it must close at all, also when the group is
/// cancelled instead of shut down.
struct BusServiceTests {
    /// Records when it stops, after a drain that takes a while.
    private struct DrainingService: Service {
        let events: Events
        func run() async throws {
            try? await gracefulShutdown()
            try? await Task.sleep(for: .milliseconds(200))
            events.append("gateway drained")
        }
    }

    private final class Events: Sendable {
        private let list = Mutex<[String]>([])
        func append(_ event: String) { list.withLock { $0.append(event) } }
        var all: [String] { list.withLock { $0 } }
    }

    @Test func theBusClosesAfterTheGatewayHasDrained() async throws {
        let events = Events()
        let group = ServiceGroup(
            services: [BusService { events.append("bus closed") }, DrainingService(events: events)],
            logger: Logger(label: "bus-service-test"))
        let running = Task { try await group.run() }
        await group.triggerGracefulShutdown()
        try await running.value
        #expect(events.all == ["gateway drained", "bus closed"])
    }

    @Test func theBusClosesWhenTheGroupIsCancelled() async throws {
        let events = Events()
        let group = ServiceGroup(
            services: [BusService { events.append("bus closed") }], logger: Logger(label: "bus-service-test"))
        let running = Task { try await group.run() }
        running.cancel()
        _ = try? await running.value
        #expect(events.all == ["bus closed"])
    }
}

import CreaseBus
import CreaseClient
import CreaseGateway
import CreaseProtocol
import Logging
import NIOPosix
import ServiceLifecycle
import Testing

/// PROTOCOL.md §5: a graceful shutdown fails readiness at once, refuses upgrades, closes every
/// connection with 1012 spread over `DRAIN_SECONDS`, and returns by the deadline.
@Suite struct DrainTests {
    @Test func drainingClosesWith1012SpreadOverTheWindow() async throws {
        let configuration = try GatewayConfiguration.from(environment: [
            "GATEWAY_HOST": "127.0.0.1", "GATEWAY_PORT": "0", "DRAIN_SECONDS": "2", "EVENT_LOOP_THREADS": "2",
        ])
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let bus = InProcessBus(historyLength: 100)
        var logger = Logger(label: "drain-test")
        logger.logLevel = .warning
        let server = GatewayServer(configuration: configuration, bus: bus, publisher: bus, group: group, logger: logger)
        let services = ServiceGroup(services: [server], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await services.run() }
            let port = try await server.port
            let gateway = TestGateway(server: server, publisher: bus, port: port, group: group, configuration: configuration)
            var clients: [WebSocketClient] = []
            for _ in 0..<6 { clients.append(try await gateway.connectAndGreet()) }

            let start = ContinuousClock.now
            // Each client waits for its close from before the drain starts, so the time it
            // resumes is the time its close arrived.
            let closes = Task {
                try await withThrowingTaskGroup(of: (UInt16?, Duration).self) { waiters in
                    for client in clients {
                        waiters.addTask { (try await client.closeCode(timeout: .seconds(5)), ContinuousClock.now - start) }
                    }
                    return try await waiters.reduce(into: []) { $0.append($1) }
                }
            }
            await services.triggerGracefulShutdown()
            #expect(try await eventually(timeout: .milliseconds(500)) { try await gateway.http("GET", "/readyz").status == 503 })
            #expect(try await gateway.http("GET", "/healthz").status == 200)
            do {
                _ = try await gateway.connect()
                Issue.record("an upgrade during the drain should be refused")
            } catch WebSocketClientError.handshakeRejected(let handshake) {
                #expect(handshake.status == 503)
                #expect(handshake.header("Retry-After") != nil)
            }
            let received = try await closes.value
            #expect(received.allSatisfy { $0.0 == 1012 })
            let closedAt = received.map(\.1)
            try await tasks.waitForAll()
            let finished = ContinuousClock.now - start
            #expect(finished < .seconds(4))
            // Spread, not all in one instant: the closes span a good part of the window.
            #expect(closedAt.max()! - closedAt.min()! >= .milliseconds(700))
        }
        try await group.shutdownGracefully()
    }
}

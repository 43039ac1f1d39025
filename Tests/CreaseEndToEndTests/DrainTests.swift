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
        try await withDrainableGateway(
            [
                "DRAIN_SECONDS": "2", "EVENT_LOOP_THREADS": "2",
            ], historyLength: 100
        ) { gateway, services in
            var clients: [WebSocketClient] = []
            for _ in 0..<6 { clients.append(try await gateway.connectAndGreet()) }

            let start = ContinuousClock.now
            // Each client waits for its close from before the drain starts, so the time it
            // resumes is the time its close arrived.
            let closes = Task {
                try await withThrowingTaskGroup(of: (UInt16?, Duration).self) { waiters in
                    for client in clients {
                        waiters.addTask {
                            (try await client.closeCode(timeout: .seconds(5)), ContinuousClock.now - start)
                        }
                    }
                    return try await waiters.reduce(into: []) { $0.append($1) }
                }
            }
            await services.triggerGracefulShutdown()
            #expect(
                try await eventually(timeout: .milliseconds(500)) {
                    try await gateway.http("GET", "/readyz").status == 503
                })
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
            try await services.finished()
            let finished = ContinuousClock.now - start
            #expect(finished < .seconds(4))
            // Spread, not all in one instant: the closes span a good part of the window.
            #expect(closedAt.max()! - closedAt.min()! >= .milliseconds(700))
        }
    }

    /// PROTOCOL.md §5 and §2.3: a client that stopped reading and reads again once the drain has
    /// begun gets everything queued for it, in order, before its 1012: nothing dropped silently.
    @Test func aDrainFlushesASlowReadersQueueBeforeItsClose() async throws {
        try await withDrainableGateway(
            [
                "DRAIN_SECONDS": "4", "EVENT_LOOP_THREADS": "2",
                "SOCKET_SEND_BUFFER": "4096", "OUTBOUND_QUEUE_DEPTH": "1000", "OUTBOUND_QUEUE_BYTES": "16777216",
                "ACK_TIMEOUT_MS": "600000",
            ], historyLength: 1_000
        ) { gateway, services in
            let reader = try await gateway.connect(receiveBuffer: 4096)
            _ = try await reader.next("hello")
            reader.send(.subscribe(match: MatchID("slow")!, since: nil))
            _ = try await reader.next("snapshot")
            try await reader.setReading(false)
            // 200 deltas of 8 KB: far more than the socket buffers hold, so most wait in the queue.
            let padding = String(repeating: "x", count: 8_000)
            var last: Int64 = 0
            for _ in 0..<200 { last = try await gateway.publish("slow", ["commentary": .string(padding)]) }
            // Every delta reached the match actor (which hands it to the loop in the same turn):
            // a delta still on the bus when the drain begins is not this connection's any more
            // (the client resumes it with `since` wherever it reconnects).
            let published = Double(last)
            #expect(try await eventually { try await gateway.metric("crease_deltas_received_total") == published })

            await services.triggerGracefulShutdown()
            try await reader.setReading(true)
            var seqs: [Int64] = []
            var code: UInt16?
            reading: while true {
                switch try await reader.nextFrame(timeout: .seconds(10)) {
                case .close(let closeCode, _):
                    code = closeCode
                    break reading
                case .text(let text):
                    let message = try JSONValue(parsing: Array(text.utf8))
                    #expect(
                        message["type"] == .string("delta"), "only deltas before the close: \(message["type"] ?? .null)"
                    )
                    if case .integer(let seq)? = message["seq"] { seqs.append(seq) }
                default:
                    continue
                }
            }
            #expect(code == 1012)
            #expect(seqs == Array(1...last), "received \(seqs.count) of \(last) deltas, last \(seqs.last ?? 0)")
        }
    }
}

/// A gateway in this process whose drain the test starts (`services.triggerGracefulShutdown()`);
/// returns once the gateway has stopped.
private func withDrainableGateway(
    _ settings: [String: String], historyLength: Int,
    _ body: (TestGateway, DrainableServices) async throws -> Void
) async throws {
    let configuration = try GatewayConfiguration.from(
        environment: settings.merging(["GATEWAY_HOST": "127.0.0.1", "GATEWAY_PORT": "0"]) { $1 })
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
    let bus = InProcessBus(historyLength: historyLength)
    var logger = Logger(label: "drain-test")
    logger.logLevel = .warning
    let server = GatewayServer(configuration: configuration, bus: bus, publisher: bus, group: group, logger: logger)
    let services = ServiceGroup(services: [server], logger: logger)
    let running = Task { try await services.run() }
    do {
        let port = try await server.port
        let gateway = TestGateway(
            server: server, publisher: bus, port: port, group: group, configuration: configuration)
        try await body(gateway, DrainableServices(group: services, running: running))
    } catch {
        await services.triggerGracefulShutdown()  // a failed test still stops its gateway
        _ = try? await running.value
        try? await group.shutdownGracefully()
        throw error
    }
    try await running.value
    try await group.shutdownGracefully()
}

/// The gateway's service group: start its drain, wait for it to end.
private struct DrainableServices {
    let group: ServiceGroup
    let running: Task<Void, any Error>

    func triggerGracefulShutdown() async { await group.triggerGracefulShutdown() }

    func finished() async throws { try await running.value }
}

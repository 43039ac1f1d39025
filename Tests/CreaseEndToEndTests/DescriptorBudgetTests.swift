import CreaseClient
import CreaseGateway
import CreaseProtocol
import Foundation
import NIOPosix
import Testing

@Suite("Open-files budget")
struct DescriptorBudgetTests {
    @Test(
        "keeps a reserve for what is not a client, and room for plain HTTP on a full gateway",
        arguments: [
            // open files, event loops, MAX_CONNECTIONS → sockets, WebSockets
            (20_000, 2, 25_000, 19_864, 19_608),
            (1_048_576, 16, 25_000, 1_048_384, 25_000),
            (256, 2, 25_000, 192, 168),
            (1_024, 2, 100, 888, 100),
            (8, 1, 25_000, 0, 0),
            (256, 64, 25_000, 48, 42),
        ])
    func arithmetic(_ limits: (Int, Int, Int, Int, Int)) {
        let budget = DescriptorBudget(openFilesLimit: limits.0, eventLoops: limits.1, maxConnections: limits.2)
        #expect(budget.socketLimit == limits.3)
        #expect(budget.webSocketLimit == limits.4)
    }

    /// Past its descriptors a gateway would die (libdispatch traps when it cannot open /proc), so
    /// it must refuse before: upgrades with 503 and Retry-After, and bare sockets on accept.
    @Test(
        "at its open-files limit a gateway refuses upgrades with 503, closes extra sockets on accept, and stays up",
        .enabled(if: GatewayProcess.isBuilt, "needs the crease-gateway binary (swift build)"))
    func atTheLimit() async throws {
        // Two event loops whatever the machine: their descriptors come out of the same 256.
        let gateway = try await GatewayProcess.start(
            environment: ["ADMISSION_RATE": "1000000", "EVENT_LOOP_THREADS": "2"], openFilesLimit: 256)
        defer { gateway.kill() }
        let group = MultiThreadedEventLoopGroup.singleton

        var clients: [WebSocketClient] = []
        var refusal: WebSocketHandshake?
        for _ in 0..<256 where refusal == nil {
            do {
                clients.append(try await WebSocketClient.connect(host: "127.0.0.1", port: gateway.port, group: group))
            } catch WebSocketClientError.handshakeRejected(let handshake) {
                refusal = handshake
            }
        }
        let refused = try #require(refusal, "256 descriptors cannot hold 256 WebSockets")
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") != nil)
        #expect(refused.body.contains("over_capacity"))
        #expect(clients.count > 100)
        #expect(try await metric("crease_connections_limit", port: gateway.port, group: group) == Double(clients.count))
        // A full gateway still answers its health checks and REST.
        #expect(try await get("/readyz", port: gateway.port, group: group).status == 200)

        // Bare sockets past the socket budget are closed as soon as they are accepted.
        var sockets: [Socket.Connected] = []
        defer { sockets.forEach { $0.close() } }
        for _ in 0..<80 { sockets.append(try Socket.connect(port: gateway.port)) }
        let closed = Socket.closedByPeer(sockets, within: .seconds(3))
        #expect(closed > 0 && closed < sockets.count)
        #expect(gateway.isRunning)

        // Give the descriptors back: the gateway serves and admits again, once it has read the closes.
        sockets.forEach { $0.close() }
        sockets.removeAll()
        let refusedSockets = try await retrying {
            try await metric("crease_sockets_refused_total", port: gateway.port, group: group)
        }
        #expect(refusedSockets ?? 0 >= Double(closed))
        await clients.removeLast().disconnect()
        var admitted: WebSocketClient?
        for _ in 0..<50 where admitted == nil {
            do {
                admitted = try await WebSocketClient.connect(host: "127.0.0.1", port: gateway.port, group: group)
            } catch WebSocketClientError.handshakeRejected {
                // The gateway has not seen the close yet.
                try await Task.sleep(for: .milliseconds(100))
            }
        }
        let again = try #require(admitted)
        #expect(again.handshake.status == 101)
        #expect(gateway.isRunning)
        await again.disconnect()
        for client in clients { await client.disconnect() }
    }

    /// `body`'s result once it stops throwing (a connection refused while the gateway is still
    /// full), trying for up to five seconds.
    private func retrying<T>(_ body: () async throws -> T) async throws -> T {
        for _ in 0..<50 {
            if let result = try? await body() { return result }
            try await Task.sleep(for: .milliseconds(100))
        }
        return try await body()
    }

    private func get(_ path: String, port: Int, group: MultiThreadedEventLoopGroup) async throws -> HTTPResponse {
        let connection = try await HTTPConnection.open(port: port, group: group)
        defer { connection.close() }
        return try await connection.send("GET", path)
    }

    private func metric(_ name: String, port: Int, group: MultiThreadedEventLoopGroup) async throws -> Double? {
        let text = try await get("/metrics", port: port, group: group).bodyText
        for line in text.split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.split(separator: " ").last ?? "")
        }
        return nil
    }
}

extension Socket {
    /// How many of `sockets` the peer closes (EOF, nothing sent) within `window`.
    static func closedByPeer(_ sockets: [Connected], within window: Duration) -> Int {
        let deadline = ContinuousClock.now + window
        var open = sockets.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
        var closed = 0
        while !open.isEmpty, ContinuousClock.now < deadline {
            let left = deadline - ContinuousClock.now
            let ready = poll(
                &open, nfds_t(open.count),
                Int32(max(1, left.wholeMilliseconds)))
            guard ready > 0 else { break }
            open.removeAll { descriptor in
                guard descriptor.revents != 0 else { return false }
                var byte: UInt8 = 0
                if recv(descriptor.fd, &byte, 1, 0) == 0 { closed += 1 }
                return true
            }
        }
        return closed
    }
}

import CreaseBus
import CreaseClient
import CreaseGateway
import CreaseProtocol
import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization
import Testing

/// A real gateway on a free loopback port, run by ServiceLifecycle like the executable.
struct TestGateway {
    let server: GatewayServer
    let publisher: any EventPublisher
    let port: Int
    let group: MultiThreadedEventLoopGroup
    let configuration: GatewayConfiguration

    func connect(
        path: String = "/v1/ws",
        headers: [(String, String)] = [],
        receiveBuffer: Int = 0,
        answerPings: Bool = true,
        source: String? = nil
    ) async throws -> WebSocketClient {
        try await WebSocketClient.connect(
            host: "127.0.0.1", port: port, path: path, headers: headers,
            receiveBuffer: receiveBuffer, answerPings: answerPings, source: source, group: group)
    }

    /// Connects and reads the `hello`.
    func connectAndGreet() async throws -> WebSocketClient {
        let client = try await connect()
        let hello = try await client.nextJSON()
        #expect(hello["type"] == .string("hello"))
        return client
    }

    /// Connects, reads the `hello`, subscribes to `match` and reads its `snapshot`.
    func subscribed(to match: String) async throws -> (client: WebSocketClient, snapshot: JSONValue) {
        let client = try await connectAndGreet()
        client.send(.subscribe(match: MatchID(match)!, since: nil))
        return (client, try await client.next("snapshot"))
    }

    @discardableResult
    func publish(_ match: String, _ patch: JSONValue, priority: Priority = .normal) async throws -> Int64 {
        try await publisher.publish(to: MatchID(match)!, priority: priority, patch: patch).seq
    }

    func http(
        _ method: String, _ path: String, headers: [(String, String)] = [], body: String = ""
    ) async throws -> HTTPResponse {
        let connection = try await HTTPConnection.open(port: port, group: group)
        defer { connection.close() }
        return try await connection.send(method, path, headers: headers, body: Array(body.utf8))
    }

    func metric(_ line: String) async throws -> Double? {
        let text = try await http("GET", "/metrics").bodyText
        for entry in text.split(separator: "\n") where entry.hasPrefix(line + " ") {
            return Double(entry.split(separator: " ").last!)
        }
        return nil
    }
}

/// Starts a gateway with `environment` on top of test defaults, runs `body`, then drains it.
/// Embedded mode unless `bus` is given (Redis mode: then `publisher` publishes).
func withGateway(
    _ environment: [String: String] = [:],
    bus givenBus: (any MatchBus)? = nil,
    publisher givenPublisher: (any EventPublisher)? = nil,
    role: GatewayServer.Role = .gateway,
    _ body: (TestGateway) async throws -> Void
) async throws {
    var variables = [
        "GATEWAY_HOST": "127.0.0.1", "GATEWAY_PORT": "0", "DRAIN_SECONDS": "0", "EVENT_LOOP_THREADS": "2",
        "NODE_ID": "test-gateway", "INGEST_HOST": "127.0.0.1", "INGEST_PORT": "0",
    ]
    // `TRANSPORT=epoll make test` runs every in-process gateway on the epoll transport (child
    // gateway processes inherit the variable).
    if let transport = ProcessInfo.processInfo.environment["TRANSPORT"] { variables["TRANSPORT"] = transport }
    variables.merge(environment) { $1 }
    let configuration = try GatewayConfiguration.from(environment: variables)
    let group = MultiThreadedEventLoopGroup(numberOfThreads: configuration.process.eventLoopThreads)
    let embedded = InProcessBus(historyLength: configuration.history.length)
    let bus = givenBus ?? embedded
    let publisher = givenPublisher ?? embedded
    var logger = Logger(label: "test-gateway")
    logger.logLevel = .warning
    let server = GatewayServer(
        configuration: configuration, bus: bus,
        publisher: role == .ingest ? publisher : (givenBus == nil ? embedded : nil),
        group: group, logger: logger, role: role)
    let services = ServiceGroup(services: [server], logger: logger)
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await services.run() }
        do {
            let port = try await server.port
            try await body(
                TestGateway(
                    server: server, publisher: publisher, port: port, group: group, configuration: configuration))
        } catch {
            await services.triggerGracefulShutdown()
            try? await tasks.waitForAll()
            throw error
        }
        await services.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
    try await group.shutdownGracefully()
}

extension WebSocketClient {
    /// Reads messages until one of `type` arrives; fails on a close or a timeout.
    func next(_ type: String, timeout: Duration = .seconds(10)) async throws -> JSONValue {
        while true {
            let message = try await nextJSON(timeout: timeout)
            if message["type"] == .string(type) { return message }
        }
    }

    /// Reads until the server's close frame; returns its code.
    func closeCode(timeout: Duration = .seconds(10)) async throws -> UInt16? {
        while true {
            if case .close(let code, _) = try await nextFrame(timeout: timeout) { return code }
        }
    }
}

/// An HTTP/1.1 response as the test saw it (CreaseClient's `HTTPConnection`, also the load
/// harness's and the clients').
typealias HTTPResponse = HTTPConnection.Response

extension HTTPConnection.Response {
    var json: JSONValue? { try? JSONValue(parsing: body) }
}

extension HTTPConnection {
    func send(
        _ method: String, _ path: String, headers: [(String, String)] = [], body: String
    ) async throws
        -> HTTPResponse
    {
        try await send(method, path, headers: headers, body: Array(body.utf8))
    }

    /// Sends bytes as they are (half a request, a slow sender).
    func sendRaw(_ text: String) async throws {
        try await sendRaw(Array(text.utf8))
    }
}

/// A `LiveClient` following match `m1` through the loopback `ports`, running, its first two
/// events already checked: connected to the first port, then the state at seq 0.
struct FollowingClient {
    let client: LiveClient
    let match = MatchID("m1")!
    var events: AsyncStream<LiveClient.Event>.Iterator
    private let running: Task<Void, Never>

    init(ports: [Int], options: LiveClient.Options = LiveClient.Options(), group: any EventLoopGroup) async {
        client = LiveClient(endpoints: ports.map { .init(host: "127.0.0.1", port: $0) }, options: options, group: group)
        await client.follow(match)
        let client = self.client
        running = Task { await client.run() }
        events = client.events.makeAsyncIterator()
        #expect(await events.next() == .connected(gateway: "127.0.0.1:\(ports[0])"))
        #expect(await events.next() == .state(match: match, seq: 0))
    }

    /// Reads `state` events from seq `held` until the client holds `seq`, each newer than the
    /// last: a conflated run (protocol 1.1, on by default) shows as one event at its last seq.
    mutating func expectStates(after held: Int64, through seq: Int64) async {
        var current = held
        while current < seq {
            guard case .state(let match, let next)? = await events.next(), match == self.match else {
                Issue.record("expected the state of \(match) past seq \(current)")
                return
            }
            #expect(next > current)
            current = next
        }
        #expect(current == seq)
    }

    func stop() async {
        await client.stop()
        await running.value
    }
}

/// Runs blocking work (a plain blocking-socket client, starting or waiting for a child process)
/// on a thread of its own. Swift's cooperative pool has one thread per core, two here: a test
/// that blocks one of them for seconds halves every other suite's share of it, which showed in
/// CI as DrainTests' shutdown overrunning its bound by a quarter of a second.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

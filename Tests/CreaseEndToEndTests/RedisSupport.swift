import Foundation
import NIOCore
import NIOPosix
import Testing

@testable import CreaseBus

/// A real `redis-server` on a free loopback port (never 6379), without persistence.
final class RedisTestServer: @unchecked Sendable {
    // `process` is replaced only by `start`/`stop`, which each test calls from its one task.
    let port: Int
    /// Extra `redis-server` arguments (`--requirepass`, `--user`, cluster settings).
    let arguments: [String]
    /// What the server wants (the helpers' own connections use it).
    let credentials: RedisCredentials?
    private var process: ChildProcess?

    /// - Parameters:
    ///   - startNow: false picks the port but leaves the server down (call `start`).
    ///   - arguments: extra `redis-server` arguments.
    ///   - credentials: the credentials those arguments require.
    init(startNow: Bool = true, arguments: [String] = [], credentials: RedisCredentials? = nil, port: Int? = nil) throws
    {
        self.port = try port ?? Self.freePort()
        self.arguments = arguments
        self.credentials = credentials
        if startNow { try start() }
    }

    var endpoint: RedisEndpoint { RedisEndpoint(host: "127.0.0.1", port: port, credentials: credentials) }
    var url: String { "redis://127.0.0.1:\(port)" }

    /// Starts (or restarts) the server on the same port and waits until it answers PING.
    func start() throws {
        let process = try ChildProcess(
            Self.serverPath,
            ["--port", "\(port)", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"] + arguments)
        self.process = process
        for _ in 0..<200 {
            if let connection = try? RedisConnection(endpoint), (try? connection.command(["PING"])) == .status("PONG") {
                return
            }
            usleep(10_000)
        }
        throw RedisError("redis-server did not start on port \(port)")
    }

    /// Kills the server (no shutdown handshake: the bus sees its connection drop).
    func stop() {
        guard let process else { return }
        process.send(SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    var isRunning: Bool { process?.isRunning ?? false }

    /// Stops the server's process (SIGSTOP) without closing anything: to its peers it is a
    /// node that has stopped answering, not one that is gone.
    func pause() {
        process?.send(SIGSTOP)
    }

    /// Lets a paused server run again (SIGCONT).
    func resume() {
        process?.send(SIGCONT)
    }

    deinit { stop() }

    /// Runs one command on a fresh connection.
    func command(_ arguments: [String]) throws -> RedisReply {
        try RedisConnection(endpoint).command(arguments)
    }

    static var serverPath: String {
        ["/usr/bin/redis-server", "/usr/local/bin/redis-server"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        } ?? "redis-server"
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: serverPath) }

    static func freeLoopbackPort() throws -> Int { try freePort() }

    /// A free port whose Redis Cluster bus port (port + 10000) is free too, both below the
    /// ephemeral range.
    static func freeClusterPort() throws -> Int { try freePort(alsoFree: 10_000) }

    /// A free port below the kernel's ephemeral range. Clients reconnect to a Redis that is down
    /// (not started yet, or restarting), and a connect to a port in the ephemeral range with no
    /// listener can pick that very port as its source and connect to itself (TCP simultaneous
    /// open), after which `redis-server` cannot bind it ("did not start": 2 of 12 `make test`
    /// runs).
    private static func freePort(alsoFree offset: Int = 0) throws -> Int {
        let range = (try? String(contentsOfFile: "/proc/sys/net/ipv4/ip_local_port_range", encoding: .utf8))?
            .split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).compactMap { Int($0) }
        let ephemeralStart = range?.first ?? 32_768
        let candidates = 10_000..<max(10_001, min(ephemeralStart, 32_768) - offset)
        func free(_ port: Int) -> Bool {
            guard
                let channel = try? ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .bind(host: "127.0.0.1", port: port).wait()
            else { return false }
            try? channel.close().wait()
            return true
        }
        for _ in 0..<200 {
            let port = Int.random(in: candidates)
            if free(port), offset == 0 || free(port + offset) { return port }
        }
        throw RedisError("no free loopback port below \(ephemeralStart)")
    }
}

/// Waits until `condition` holds, checking it again after each short pause, up to `timeout`:
/// for state outside the process (Redis's own bookkeeping) that sends no event to await.
func eventually(timeout: Duration = .seconds(10), _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}

import CreaseProtocol
import Foundation
import Testing

@testable import CreaseBus

/// A real Redis Cluster on loopback: three primaries, each with a replica unless a test needs
/// none (`redis-server --cluster-enabled yes`, `redis-cli --cluster create`), with a password, a
/// short node timeout so that a killed primary's replica takes over in a second or two, and no
/// persistence. Replicas cost a full sync each, so only the failover test has them.
final class RedisTestCluster: @unchecked Sendable {
    // `nodes` is filled in `init`; each node's process is replaced only by `kill`, from the
    // test's one task.
    static let password = "cluster-pw"
    let nodes: [RedisTestServer]
    private let directory: URL

    static var cliPath: String? {
        ["/usr/bin/redis-cli", "/usr/local/bin/redis-cli"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var isAvailable: Bool { RedisTestServer.isAvailable && cliPath != nil }

    /// - Parameter nodeTimeout: how long a node may stay silent before the cluster counts it as
    ///   failed (Redis's `cluster-node-timeout`).
    init(primaries: Int = 3, replicasEach: Int = 1, nodeTimeout: Duration = .seconds(1)) throws {
        // Formed with a long node timeout, then given the test's: with 1 s, a node the loaded
        // machine leaves unscheduled for a second during the replicas' first sync could be
        // failed over before the test begins (the old primary then resyncs as a replica).
        let formingTimeout = max(nodeTimeout.wholeMilliseconds, 15_000)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("crease-cluster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var nodes: [RedisTestServer] = []
        for _ in 0..<(primaries * (1 + replicasEach)) {
            let port = try RedisTestServer.freeClusterPort()
            nodes.append(
                try RedisTestServer(
                    arguments: [
                        "--cluster-enabled", "yes", "--cluster-config-file",
                        directory.appendingPathComponent("nodes-\(port).conf").path,
                        "--cluster-node-timeout", "\(formingTimeout)",
                        "--requirepass", Self.password, "--masterauth", Self.password,
                        "--dir", directory.path, "--repl-diskless-sync-delay", "0",
                    ],
                    credentials: RedisCredentials(password: Self.password), port: port))
        }
        self.nodes = nodes
        try Self.cli(
            ["--cluster", "create"] + nodes.map { "127.0.0.1:\($0.port)" } + [
                "--cluster-replicas", "\(replicasEach)", "--cluster-yes",
            ])
        // Every node agrees that every slot is served, every replica has synchronised (a
        // replica that never had its link up cannot take over) and each primary sees its
        // replicas online (a publish waits for them from the first one).
        let deadline = ContinuousClock.now + .seconds(30)
        func formed() throws -> Bool {
            var masters = 0
            for node in nodes {
                guard try node.command(["CLUSTER", "INFO"]).text?.contains("cluster_state:ok") == true else {
                    return false
                }
                let replication = try node.command(["INFO", "replication"]).text ?? ""
                if replication.contains("role:master") {
                    masters += 1
                    let online = replication.split(whereSeparator: \.isNewline).filter {
                        $0.hasPrefix("slave") && $0.contains("state=online")
                    }
                    guard online.count == replicasEach else { return false }
                } else if !replication.contains("master_link_status:up") {
                    return false
                }
            }
            return masters == primaries
        }
        while try !formed() {
            guard ContinuousClock.now < deadline else { throw RedisError("the cluster did not form") }
            usleep(50_000)
        }
        for node in nodes {
            _ = try node.command(["CONFIG", "SET", "cluster-node-timeout", "\(nodeTimeout.wholeMilliseconds)"])
        }
    }

    deinit {
        for node in nodes { node.stop() }
        try? FileManager.default.removeItem(at: directory)
    }

    var seeds: [RedisEndpoint] { nodes.map(\.endpoint) }

    var seedList: String { nodes.map { "127.0.0.1:\($0.port)" }.joined(separator: ",") }

    /// The slot map as a live node sees it now.
    func topology() throws -> RedisClusterTopology {
        try RedisClusterTopology.fetch(from: seeds)
    }

    /// The node that serves `key`'s slot as primary now.
    func primary(of key: String) throws -> RedisTestServer {
        let owner = try topology().owner(of: key)
        guard let node = nodes.first(where: { $0.port == owner?.port }) else {
            throw RedisError("no primary for \(key)")
        }
        return node
    }

    /// The replica of `primary` (the first, where it has several).
    func replica(of primary: RedisTestServer) throws -> RedisTestServer {
        // ROLE on a replica: ["slave", primary host, primary port, state, offset].
        for node in nodes where node.port != primary.port && node.isRunning {
            let role = try node.command(["ROLE"]).elements ?? []
            if role.first?.text == "slave", role.dropFirst(2).first?.integer == Int64(primary.port) { return node }
        }
        throw RedisError("no replica of \(primary.port)")
    }

    /// Reads `key` from a replica (READONLY: a replica answers reads of its primary's slots).
    static func readFromReplica(_ replica: RedisTestServer, _ key: String) throws -> RedisReply {
        let connection = try RedisConnection(replica.endpoint)
        _ = try connection.command(["READONLY"])
        return try connection.command(["GET", key])
    }

    /// Runs `redis-cli` with the cluster's password.
    @discardableResult
    static func cli(_ arguments: [String]) throws -> String {
        let process = try ChildProcess(
            cliPath!, ["-a", password, "--no-auth-warning"] + arguments, capture: .standardOutputAndError)
        let text = process.capturedText()
        guard process.waitUntilExit(timeout: .seconds(60)), process.terminationStatus == 0 else {
            throw RedisError("redis-cli \(arguments.joined(separator: " ")): \(text)")
        }
        return text
    }
}

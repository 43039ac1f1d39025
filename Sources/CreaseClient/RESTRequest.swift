import NIOCore

/// One HTTP/1.1 GET on a connection of its own: what a client needs to fetch a match's state
/// (`snapshot_url`, PROTOCOL.md §3) when told to resync.
public enum RESTRequest {
    public typealias Response = HTTPConnection.Response

    /// GETs `path` from `host:port`; fails after `timeout`.
    public static func get(
        host: String, port: Int, path: String, timeout: TimeAmount = .seconds(10), group: any EventLoopGroup
    ) async throws -> Response {
        let connection = try await HTTPConnection.open(host: host, port: port, connectTimeout: timeout, group: group)
        defer { connection.close() }
        return try await connection.send(
            "GET", path, headers: [("Connection", "close")], timeout: .nanoseconds(timeout.nanoseconds))
    }
}

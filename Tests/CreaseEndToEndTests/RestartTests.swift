import CreaseClient
import CreaseProtocol
import Foundation
import NIOCore
import NIOPosix
import Testing

/// PROTOCOL.md §2.3, embedded mode: a restarted gateway starts a new history, and its seqs are
/// above every seq of the run before (`SEQ_ORIGIN=clock`, the default), so a client resuming
/// with a `since` from before the restart gets a `snapshot` of the new state instead of deltas
/// of a different history applied to its old one. With seqs starting at 1 again, the resumed
/// client below was replayed deltas 11 and 12 of the new run on top of the old run's state,
/// and disagreed with REST.
@Suite(.serialized, .enabled(if: GatewayProcess.isBuilt, "crease-gateway is not built"))
struct RestartTests {
    @Test func aClientResumingAcrossARestartEndsWithTheStateRESTShows() async throws {
        let environment = ["DRAIN_SECONDS": "0"]
        var gateway = try await GatewayProcess.start(environment: environment)
        let port = gateway.port
        defer { gateway.kill() }
        let group = MultiThreadedEventLoopGroup.singleton

        // The first run: ten events, and a client that holds the state they make.
        for ball in 1...10 { try await publish(port, group, #"{"data":{"runs":\#(ball),"ball\#(ball)":true}}"#) }
        let first = try await WebSocketClient.connect(
            host: "127.0.0.1", port: port, path: "/v1/ws", headers: [], group: group)
        _ = try await first.nextJSON()  // hello
        first.send(.subscribe(match: MatchID("r")!, since: nil))
        let snapshot = try await first.nextJSON()
        #expect(snapshot["type"] == "snapshot")
        let held = try #require(snapshot["seq"]?.integerValue)

        // The second run: a different history of the same match.
        try await gateway.terminate()
        gateway = try await GatewayProcess.start(environment: environment, port: port)
        for ball in 1...12 { try await publish(port, group, #"{"data":{"runs":\#(100 + ball),"over\#(ball)":true}}"#) }

        // The client resumes where it was.
        let resumed = try await WebSocketClient.connect(
            host: "127.0.0.1", port: port, path: "/v1/ws", headers: [], group: group)
        _ = try await resumed.nextJSON()  // hello
        resumed.send(.subscribe(match: MatchID("r")!, since: held))
        let rest = try JSONValue(parsing: await get(port, group, "/v1/matches/r").body)
        let target = try #require(rest["seq"]?.integerValue)
        var state = snapshot["state"]
        var seq = held
        var received: [String] = []
        while seq < target {
            let message = try await resumed.nextJSON()
            switch message["type"]?.stringValue {
            case "snapshot":
                state = message["state"]
                seq = message["seq"]?.integerValue ?? seq
                received.append("snapshot \(seq)")
            case "delta":
                state = MergePatch.apply(message["data"] ?? .null, to: state)
                seq = message["seq"]?.integerValue ?? seq
                received.append("delta \(seq)")
            default:
                continue
            }
        }
        #expect(received.first?.hasPrefix("snapshot") == true, "received \(received)")
        #expect(seq == target)
        #expect(state == rest["state"], "received \(received)")
        #expect(target > held, "a new run's seqs are above the old run's")
    }

    private func publish(_ port: Int, _ group: any EventLoopGroup, _ body: String) async throws {
        let connection = try await HTTPConnection.open(port: port, group: group)
        defer { connection.close() }
        let response = try await connection.send("POST", "/v1/matches/r/events", body: body)
        #expect(response.status == 202)
    }

    private func get(_ port: Int, _ group: any EventLoopGroup, _ path: String) async throws -> HTTPResponse {
        let connection = try await HTTPConnection.open(port: port, group: group)
        defer { connection.close() }
        return try await connection.send("GET", path)
    }
}

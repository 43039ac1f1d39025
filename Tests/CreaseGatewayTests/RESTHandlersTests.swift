import CreaseBus
import CreaseProtocol
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import CreaseGateway

/// The REST routes' answers (PROTOCOL.md §10) without a socket: each handler's request parts in,
/// its `HTTPReply` out. `HTTPRouteTests` sends the same requests over TCP.
struct RESTHandlersTests {
    /// A bus whose every call fails, like Redis gone.
    struct UnavailableBus: MatchBus, EventPublisher {
        struct Down: Error {}
        func subscribe(to match: MatchID) async throws -> AsyncStream<BusEvent> { throw Down() }
        func snapshot(of match: MatchID) async throws -> MatchSnapshot? { throw Down() }
        func history(of match: MatchID, after seq: Int64) async throws -> [BusDelta]? { throw Down() }
        func matches() async throws -> [MatchSummary] { throw Down() }
        var isReady: Bool { false }
        func publish(to match: MatchID, priority: Priority, patch: JSONValue) async throws -> MatchSummary {
            throw Down()
        }
    }

    static let loopback = try! SocketAddress(ipAddress: "127.0.0.1", port: 40_000)
    static let remote = try! SocketAddress(ipAddress: "192.0.2.7", port: 40_000)

    static func handlers(
        bus: (any MatchBus & EventPublisher)? = InProcessBus(historyLength: 8), publishes: Bool = true,
        token: String? = nil
    ) -> RESTHandlers {
        var configuration = GatewayConfiguration(nodeID: "test", eventLoopThreads: 1)
        configuration.http.ingestToken = token
        let bus = bus ?? InProcessBus(historyLength: 8)
        let environment = GatewayEnvironment(
            configuration: configuration, bus: bus, publisher: publishes ? bus : nil, loops: [EmbeddedEventLoop()],
            logger: Logger(label: "test"))
        return RESTHandlers(environment: environment)
    }

    static func body(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

    static func json(_ reply: HTTPReply) -> JSONValue? { try? JSONValue(parsing: reply.body) }

    /// The error body's `code`, checked against the reply's status.
    static func code(_ reply: HTTPReply) -> String? {
        guard case .string(let code)? = json(reply)?.objectValue?["code"] else { return nil }
        #expect(HTTPErrorCode(rawValue: code).map { $0.status } == Int(reply.status.code))
        #expect(reply.headers["Content-Type"] == ["application/json"])
        return code
    }

    @Test func aPublishedEventIsAcceptedWithItsSeqAndReadBackWithItsETag() async throws {
        let rest = Self.handlers()
        let accepted = await rest.publish(
            to: "final", authorization: nil, peer: Self.loopback,
            body: Self.body(#"{"priority":"critical","data":{"score":"12/1"}}"#))
        #expect(accepted.status == .accepted)
        #expect(Self.json(accepted) == .object(["match": .string("final"), "seq": .integer(1)]))

        let state = await rest.state(of: "final")
        #expect(state.status == .ok)
        #expect(state.headers["ETag"] == ["\"1\""])
        #expect(Self.json(state)?.objectValue?["state"] == .object(["score": .string("12/1")]))

        let list = await rest.matches()
        #expect(list.status == .ok)
        #expect(Self.json(list) == .array([.object(["match": .string("final"), "seq": .integer(1)])]))
    }

    @Test func aPublisherIsAuthorizedBeforeItsIdOrBodyIsRead() async {
        let open = Self.handlers()
        // Without INGEST_TOKEN: loopback only, and the refusal names the setting.
        let offLoopback = await open.publish(to: "bad id!", authorization: nil, peer: Self.remote, body: Self.body("{"))
        #expect(offLoopback.status == .unauthorized)
        #expect(Self.code(offLoopback) == "unauthorized")
        #expect(Self.json(offLoopback)?.objectValue?["error"] == .string("unauthorized"))
        #expect(offLoopback.headers["WWW-Authenticate"] == ["Bearer"])
        #expect(String(decoding: offLoopback.body, as: UTF8.self).contains("INGEST_TOKEN"))

        let guarded = Self.handlers(token: "s3cret")
        for authorization in [nil, "Bearer wrong", "Basic s3cret"] {
            let refused = await guarded.publish(
                to: "final", authorization: authorization, peer: Self.loopback, body: Self.body("{}"))
            #expect(Self.code(refused) == "unauthorized", "\(authorization ?? "none")")
        }
        let allowed = await guarded.publish(
            to: "final", authorization: "bearer s3cret", peer: Self.remote, body: Self.body(#"{"data":{}}"#))
        #expect(allowed.status == .accepted)
    }

    @Test func badIdsAndBodiesAreRefusedWithTheirCodes() async {
        let rest = Self.handlers()
        func publish(_ id: String, _ body: String) async -> String? {
            Self.code(await rest.publish(to: id, authorization: nil, peer: Self.loopback, body: Self.body(body)))
        }
        #expect(await publish("no spaces", #"{"data":{}}"#) == "bad_match_id")
        #expect(await publish("final", "{not json") == "bad_json")
        #expect(await publish("final", "[1]") == "bad_message")
        #expect(await publish("final", #"{"priority":"urgent","data":{}}"#) == "bad_message")
        #expect(await publish("final", #"{"data":3}"#) == "bad_message")
        #expect(Self.code(await rest.state(of: "no spaces")) == "bad_match_id")
        #expect(Self.code(await rest.state(of: "nobody")) == "unknown_match")
        // Nothing refused was published.
        #expect(Self.json(await rest.matches()) == .array([]))
    }

    @Test func aGatewayThatDoesNotPublishAnswersNotFound() async {
        let rest = Self.handlers(publishes: false)
        let reply = await rest.publish(to: "final", authorization: nil, peer: Self.loopback, body: Self.body("{}"))
        #expect(Self.code(reply) == "not_found")
    }

    @Test func aBusThatIsDownGives503AndAPublishToRetry() async {
        let rest = Self.handlers(bus: UnavailableBus())
        #expect(Self.code(await rest.matches()) == "bus_unavailable")
        #expect(Self.code(await rest.state(of: "final")) == "bus_unavailable")
        let publish = await rest.publish(
            to: "final", authorization: nil, peer: Self.loopback, body: Self.body(#"{"data":{}}"#))
        #expect(Self.code(publish) == "bus_unavailable")
        #expect(publish.headers["Retry-After"] == ["1"])
        #expect(rest.readiness().status == .serviceUnavailable)
        #expect(Self.json(rest.readiness()) == .object(["status": .string("bus_down")]))
        #expect(rest.health().status == .ok)
    }

    @Test func readinessSaysDrainingOnceTheGatewayDrains() {
        let rest = Self.handlers()
        #expect(Self.json(rest.readiness()) == .object(["status": .string("ready")]))
        rest.environment.startDraining()
        #expect(rest.readiness().status == .serviceUnavailable)
        #expect(Self.json(rest.readiness()) == .object(["status": .string("draining")]))
    }

    @Test func theDemoFilesHaveTheirTypesAndOtherRoutesNone() {
        #expect(RESTHandlers.asset(.page).headers["Content-Type"] == ["text/html; charset=utf-8"])
        #expect(RESTHandlers.asset(.clientLibrary).headers["Content-Type"] == ["text/javascript; charset=utf-8"])
        #expect(RESTHandlers.asset(.demoScript).body.isEmpty == false)
        #expect(RESTHandlers.asset(.clientLibrary).body != RESTHandlers.asset(.demoScript).body)
        #expect(!RESTHandlers.serves(asset: .matches))
        #expect(!RESTHandlers.serves(asset: .webSocket))
    }
}

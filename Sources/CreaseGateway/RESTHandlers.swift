import CreaseBus
import CreaseProtocol
import NIOCore
import NIOHTTP1

/// An HTTP answer as a value: what a handler decides; ``HTTPRouter`` writes it (adding
/// `Content-Length` and `Connection`).
struct HTTPReply: Sendable, Equatable {
    var status: HTTPResponseStatus
    var headers: HTTPHeaders
    var body: [UInt8]
    /// End the connection after this answer, whatever the request asked.
    var closes = false

    /// The error body `{"code","message"}`, with `code`'s status. A 401 also carries `error`:
    /// PROTOCOL 1.1 names a refused publisher's error so, and `code` stays for every other client.
    static func error(
        _ code: HTTPErrorCode, _ message: String, headers: HTTPHeaders = [:], closes: Bool = false
    ) -> HTTPReply {
        var fields: [String: JSONValue] = ["code": .string(code.rawValue), "message": .string(message)]
        if code == .unauthorized { fields["error"] = .string(code.rawValue) }
        var headers = headers
        headers.add(name: "Content-Type", value: "application/json")
        return HTTPReply(
            status: HTTPResponseStatus(statusCode: code.status), headers: headers,
            body: JSONValue.object(fields).serialized,
            closes: closes)
    }

    static func json(_ status: HTTPResponseStatus, _ text: String, headers: HTTPHeaders = [:]) -> HTTPReply {
        var headers = headers
        headers.add(name: "Content-Type", value: "application/json")
        return HTTPReply(status: status, headers: headers, body: Array(text.utf8))
    }
}

/// The answers of the REST routes (PROTOCOL.md §10) and the operational ones (health, readiness,
/// metrics, the demo's files): a request's parts in, an ``HTTPReply`` out, with no channel.
/// ``HTTPRouter`` routes to them and writes what they return, so each is a unit test without a
/// socket (`RESTHandlersTests`).
struct RESTHandlers: Sendable {
    let environment: GatewayEnvironment

    /// `GET /healthz`: the process runs.
    func health() -> HTTPReply {
        .json(.ok, #"{"status":"ok"}"#)
    }

    /// `GET /readyz`: 200 while the bus is up and the gateway is not draining.
    func readiness() -> HTTPReply {
        if environment.isReady { return .json(.ok, #"{"status":"ready"}"#) }
        let why = environment.isDraining ? "draining" : "bus_down"
        return .json(.serviceUnavailable, #"{"status":"\#(why)"}"#)
    }

    /// `GET /metrics`: Prometheus text, with the gauges read at scrape time brought up to date.
    func metrics() -> HTTPReply {
        let bus = environment.bus
        let metrics = environment.metrics
        metrics.connections.record(environment.connections.count)
        metrics.busMalformed.record(bus.malformedMessages)
        metrics.busReconnects.record(bus.reconnectCount)
        metrics.busUp.record(bus.isReady ? 1 : 0)
        metrics.busShardConnections.record(bus.shardConnectionCount)
        metrics.busResubscriptions.record(bus.resubscriptionCount)
        return HTTPReply(
            status: .ok, headers: ["Content-Type": "text/plain; version=0.0.4; charset=utf-8"], body: metrics.render())
    }

    /// Whether `route` is one of the demo's files (`/`, `/crease.js`, `/demo.js`).
    static func serves(asset route: HTTPRouter.Route) -> Bool {
        [.page, .clientLibrary, .demoScript].contains(route)
    }

    /// The demo page or one of its scripts; `route` is one of them (``serves(asset:)``).
    static func asset(_ route: HTTPRouter.Route) -> HTTPReply {
        let (type, body): (String, [UInt8]) =
            switch route {
            case .clientLibrary: ("text/javascript; charset=utf-8", DemoPage.clientLibrary)
            case .demoScript: ("text/javascript; charset=utf-8", DemoPage.script)
            default: ("text/html; charset=utf-8", Array(DemoPage.html.utf8))
            }
        return HTTPReply(status: .ok, headers: ["Content-Type": type, "Cache-Control": "no-cache"], body: body)
    }

    /// `GET /v1/matches`: every match with state and its seq, sorted by id.
    func matches() async -> HTTPReply {
        guard let matches = try? await environment.bus.matches() else {
            return .error(.busUnavailable, "the bus is unavailable")
        }
        let list = JSONValue.array(
            matches.map { .object(["match": .string($0.match.rawValue), "seq": .integer($0.seq)]) })
        return .json(.ok, list.serializedString)
    }

    /// `GET /v1/matches/{id}`: the match's state document, its seq as `ETag`.
    func state(of id: String) async -> HTTPReply {
        guard let match = MatchID(id) else { return .error(.badMatchID, MatchID.rule) }
        let snapshot: MatchSnapshot?
        do {
            snapshot = try await environment.bus.snapshot(of: match)
        } catch {
            return .error(.busUnavailable, "the bus is unavailable")
        }
        guard let snapshot else { return .error(.unknownMatch, "no match '\(match)'") }
        return HTTPReply(
            status: .ok,
            headers: ["Content-Type": "application/json", "ETag": "\"\(snapshot.seq)\"", "Cache-Control": "no-cache"],
            body: snapshot.document)
    }

    /// `POST /v1/matches/{id}/events`: the publisher's authorization first (so a refused caller
    /// learns nothing about ids or bodies), then the id, then the body; 202 with the assigned seq
    /// once the event is stored.
    func publish(to id: String, authorization: String?, peer: SocketAddress?, body: ByteBuffer) async -> HTTPReply {
        guard let publisher = environment.publisher else {
            return .error(.notFound, "this gateway does not publish; post events to crease-ingest")
        }
        switch PublishAuthorization(token: environment.configuration.http.ingestToken).decide(
            authorization: authorization, peer: peer)
        {
        case .allowed:
            break
        case .badToken:
            return .error(
                .unauthorized, "a valid 'Authorization: Bearer <token>' is required",
                headers: ["WWW-Authenticate": "Bearer"])
        case .notLoopback:
            return .error(
                .unauthorized,
                "without INGEST_TOKEN this server accepts events from loopback only; set INGEST_TOKEN and send 'Authorization: Bearer <token>'",
                headers: ["WWW-Authenticate": "Bearer"])
        }
        guard let match = MatchID(id) else { return .error(.badMatchID, MatchID.rule) }
        let event: PublishRequest
        switch PublishRequest.decode(body.readableBytesView) {
        case .success(let request):
            event = request
        case .failure(let rejection):
            // `decode` refuses with `bad_json` or `bad_message` only, both HTTP codes too.
            return .error(HTTPErrorCode(rejection.code) ?? .badMessage, rejection.message)
        }
        do {
            let receipt = try await publisher.publish(to: match, priority: event.priority, patch: event.data)
            let json = JSONValue.object(["match": .string(receipt.match.rawValue), "seq": .integer(receipt.seq)])
            return .json(.accepted, json.serializedString)
        } catch {
            // Not acknowledged, perhaps applied: the caller retries (PROTOCOL.md §10).
            return .error(
                .busUnavailable, "the event could not be stored or confirmed; retry it", headers: ["Retry-After": "1"])
        }
    }
}

import CreaseBus
import CreaseProtocol
import Foundation
import NIOCore
import NIOHTTP1
import NIOWebSocket

/// Serves the HTTP routes of PROTOCOL.md §3 and performs the WebSocket upgrade of §2 on the
/// same port. Requests are answered one at a time per connection (NIO's pipelining handler
/// orders them), and keep-alive is honoured on every route.
///
/// A plain HTTP connection may not sit idle: it is closed when no complete request arrives
/// within `HTTP_TIMEOUT_MS` of its opening or of the last response, or when a request's body
/// does not follow its head within that time again (slow or stalled senders, slowloris).
final class HTTPRouter: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Which routes this listener serves.
    enum Routes: Sendable {
        /// The gateway port: everything (`/metrics` too unless an admin port is configured).
        case gateway
        /// The admin port: `/metrics`, `/healthz`, `/readyz`.
        case admin
        /// crease-ingest: publishing and state, no WebSocket.
        case ingest
    }

    /// The HTTP handlers the upgrade removes from the pipeline.
    struct HTTPHandlers {
        let decoder: ByteToMessageHandler<HTTPRequestDecoder>
        let encoder: HTTPResponseEncoder
        let pipelining: HTTPServerPipelineHandler
        let errors: HTTPServerProtocolErrorHandler
    }

    private let environment: GatewayEnvironment
    private let routes: Routes
    private let handlers: HTTPHandlers
    private var head: HTTPRequestHead?
    private var body: ByteBuffer?
    private var bodyTooLarge = false
    /// Closes the connection when the client keeps it without completing a request.
    private var idleDeadline: Scheduled<Void>?

    /// Where an upgrade takes its socket when WebSockets are not SwiftNIO's (the epoll
    /// transport's ``EpollHandoff``); nil: the session is installed in this pipeline.
    private let handover: (any UpgradeHandover)?

    init(
        environment: GatewayEnvironment, routes: Routes, handlers: HTTPHandlers, handover: (any UpgradeHandover)? = nil
    ) {
        self.environment = environment
        self.routes = routes
        self.handlers = handlers
        self.handover = handover
    }

    private var maxBodyBytes: Int { max(environment.configuration.webSocket.maxMessageBytes, 65_536) }

    func handlerAdded(context: ChannelHandlerContext) {
        armDeadline(context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        idleDeadline?.cancel()
        idleDeadline = nil
    }

    /// (Re)starts the wait for the client's next step; the connection closes if it does not come.
    private func armDeadline(_ context: ChannelHandlerContext) {
        idleDeadline?.cancel()
        let channel = context.channel
        idleDeadline = context.eventLoop.scheduleTask(
            in: .nanoseconds(Int64(environment.configuration.http.timeout.wholeNanoseconds))
        ) {
            channel.close(promise: nil)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            armDeadline(context)  // now for the body
            self.head = head
            self.body = nil
            self.bodyTooLarge = false
        case .body(var chunk):
            guard !bodyTooLarge else { return }
            if (body?.readableBytes ?? 0) + chunk.readableBytes > maxBodyBytes {
                bodyTooLarge = true
                body = nil
            } else if body == nil {
                body = chunk
            } else {
                body!.writeBuffer(&chunk)
            }
        case .end:
            guard let head else { return }
            self.head = nil
            idleDeadline?.cancel()  // our turn: the response re-arms it
            idleDeadline = nil
            if bodyTooLarge {
                respond(
                    context, head, .payloadTooLarge, error: "bad_request",
                    "the body is larger than \(maxBodyBytes) bytes", close: true)
                return
            }
            route(context, head, body: body ?? ByteBuffer())
        }
    }

    // MARK: Routing

    private func route(_ context: ChannelHandlerContext, _ head: HTTPRequestHead, body: ByteBuffer) {
        let path =
            head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
            ?? head.uri
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)

        let method = head.method
        let isRead = method == .GET || method == .HEAD
        let known = Self.knownRoute(segments)
        switch known {
        case .healthz where isRead:
            respond(context, head, .ok, json: #"{"status":"ok"}"#)
        case .readyz where isRead:
            if environment.isReady {
                respond(context, head, .ok, json: #"{"status":"ready"}"#)
            } else {
                let why = environment.isDraining ? "draining" : "bus_down"
                respond(context, head, .serviceUnavailable, json: #"{"status":"\#(why)"}"#)
            }
        case .metrics where isRead && (routes == .admin || environment.configuration.http.adminPort == nil):
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "text/plain; version=0.0.4; charset=utf-8")
            let bus = environment.bus
            environment.metrics.connections.record(environment.connections.count)
            environment.metrics.busMalformed.record(bus.malformedMessages)
            environment.metrics.busReconnects.record(bus.reconnectCount)
            environment.metrics.busUp.record(bus.isReady ? 1 : 0)
            environment.metrics.busShardConnections.record(bus.shardConnectionCount)
            environment.metrics.busResubscriptions.record(bus.resubscriptionCount)
            respond(context, head, .ok, headers: headers, body: environment.metrics.render())
        case _ where routes == .admin:
            respond(context, head, .notFound, error: "not_found", "no such route on the admin port")
        case let route?
        where routes == .ingest && [.page, .clientLibrary, .demoScript, .webSocket, .echo].contains(route):
            respond(
                context, head, .notFound, error: "not_found", "crease-ingest publishes; connect WebSockets to a gateway"
            )
        case .page where isRead:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "text/html; charset=utf-8")
            headers.add(name: "Cache-Control", value: "no-cache")
            respond(context, head, .ok, headers: headers, body: Array(DemoPage.html.utf8))
        case .clientLibrary where isRead, .demoScript where isRead:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Type", value: "text/javascript; charset=utf-8")
            headers.add(name: "Cache-Control", value: "no-cache")
            respond(
                context, head, .ok, headers: headers,
                body: known == .clientLibrary ? DemoPage.clientLibrary : DemoPage.script)
        case .webSocket where method == .GET:
            upgrade(context, head, role: .crease)
        case .echo where method == .GET && environment.configuration.http.echoEndpoint:
            upgrade(context, head, role: .echo)
        case .matches where isRead:
            listMatches(context, head)
        case .match(let id) where isRead:
            guard let match = MatchID(id) else {
                respond(context, head, .badRequest, error: ErrorCode.badMatchID.rawValue, MatchID.rule)
                return
            }
            matchState(context, head, match)
        case .events(let id) where method == .POST:
            publish(context, head, id: id, body: body)
        case nil, .echo?:
            respond(context, head, .notFound, error: "not_found", "no such route: \(path.prefix(200))")
        case .some(let route):
            var headers = HTTPHeaders()
            headers.add(name: "Allow", value: route.allowedMethods)
            respond(
                context, head, .methodNotAllowed, headers: headers, error: "method_not_allowed",
                "\(head.method) is not allowed here")
        }
    }

    /// The routes of PROTOCOL.md §2 and §3, by path.
    enum Route: Equatable {
        case page, clientLibrary, demoScript, healthz, readyz, metrics, webSocket, echo, matches
        case match(String)
        case events(String)

        var allowedMethods: String {
            switch self {
            case .events: "POST"
            case .webSocket, .echo: "GET"
            default: "GET, HEAD"
            }
        }
    }

    static func knownRoute(_ segments: [String]) -> Route? {
        switch segments.count {
        case 1:
            switch segments[0] {
            case "", "index.html": return .page
            case "crease.js": return .clientLibrary
            case "demo.js": return .demoScript
            case "healthz": return .healthz
            case "readyz": return .readyz
            case "metrics": return .metrics
            default: return nil
            }
        case 2 where segments[0] == "v1":
            switch segments[1] {
            case "ws": return .webSocket
            case "echo": return .echo
            case "matches": return .matches
            default: return nil
            }
        case 3 where segments[0] == "v1" && segments[1] == "matches":
            return .match(segments[2])
        case 4 where segments[0] == "v1" && segments[1] == "matches" && segments[3] == "events":
            return .events(segments[2])
        default:
            return nil
        }
    }

    private func listMatches(_ context: ChannelHandlerContext, _ head: HTTPRequestHead) {
        let bus = environment.bus
        context.eventLoop.makeFutureWithTask { try await bus.matches() }
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let matches):
                    let list = JSONValue.array(
                        matches.map {
                            .object(["match": .string($0.match.rawValue), "seq": .integer($0.seq)])
                        })
                    self.respond(context, head, .ok, json: list.serializedString)
                case .failure:
                    self.respond(context, head, .serviceUnavailable, error: "bus_unavailable", "the bus is unavailable")
                }
            }
    }

    private func matchState(_ context: ChannelHandlerContext, _ head: HTTPRequestHead, _ match: MatchID) {
        let bus = environment.bus
        context.eventLoop.makeFutureWithTask { try await bus.snapshot(of: match) }
            .assumeIsolated()
            .whenComplete { result in
                switch result {
                case .success(let snapshot?):
                    var headers = HTTPHeaders()
                    headers.add(name: "Content-Type", value: "application/json")
                    headers.add(name: "ETag", value: "\"\(snapshot.seq)\"")
                    headers.add(name: "Cache-Control", value: "no-cache")
                    self.respond(context, head, .ok, headers: headers, body: snapshot.document)
                case .success(nil):
                    self.respond(context, head, .notFound, error: "unknown_match", "no match '\(match)'")
                case .failure:
                    self.respond(context, head, .serviceUnavailable, error: "bus_unavailable", "the bus is unavailable")
                }
            }
    }

    private func publish(_ context: ChannelHandlerContext, _ head: HTTPRequestHead, id: String, body: ByteBuffer) {
        guard let publisher = environment.publisher else {
            respond(
                context, head, .notFound, error: "not_found",
                "this gateway does not publish; post events to crease-ingest")
            return
        }
        let authorization = PublishAuthorization(token: environment.configuration.http.ingestToken)
        switch authorization.decide(
            authorization: head.headers["Authorization"].first, peer: context.channel.remoteAddress)
        {
        case .allowed:
            break
        case .badToken:
            var headers = HTTPHeaders()
            headers.add(name: "WWW-Authenticate", value: "Bearer")
            respond(
                context, head, .unauthorized, headers: headers, error: "unauthorized",
                "a valid 'Authorization: Bearer <token>' is required")
            return
        case .notLoopback:
            var headers = HTTPHeaders()
            headers.add(name: "WWW-Authenticate", value: "Bearer")
            respond(
                context, head, .unauthorized, headers: headers, error: "unauthorized",
                "without INGEST_TOKEN this server accepts events from loopback only; set INGEST_TOKEN and send 'Authorization: Bearer <token>'"
            )
            return
        }
        guard let match = MatchID(id) else {
            respond(context, head, .badRequest, error: ErrorCode.badMatchID.rawValue, MatchID.rule)
            return
        }
        let event: PublishRequest
        switch PublishRequest.decode(body.readableBytesView) {
        case .success(let request): event = request
        case .failure(let rejection):
            respond(context, head, .badRequest, error: rejection.code.rawValue, rejection.message)
            return
        }
        context.eventLoop.makeFutureWithTask {
            try await publisher.publish(to: match, priority: event.priority, patch: event.data)
        }
        .assumeIsolated()
        .whenComplete { result in
            switch result {
            case .success(let receipt):
                let json = JSONValue.object(["match": .string(receipt.match.rawValue), "seq": .integer(receipt.seq)])
                self.respond(context, head, .accepted, json: json.serializedString)
            case .failure:
                // Not acknowledged, perhaps applied: the caller retries (PROTOCOL.md §10).
                var headers = HTTPHeaders()
                headers.add(name: "Retry-After", value: "1")
                self.respond(
                    context, head, .serviceUnavailable, headers: headers, error: "bus_unavailable",
                    "the event could not be stored or confirmed; retry it")
            }
        }
    }

    /// `Authorization: Bearer <token>`, scheme case-insensitive, token compared in constant time.
    static func bearerMatches(_ header: String?, token: String) -> Bool {
        guard let header else { return false }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let given = Array(parts[1].utf8)
        let expected = Array(token.utf8)
        guard given.count == expected.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(given, expected) { difference |= a ^ b }
        return difference == 0
    }

    // MARK: WebSocket upgrade (RFC 6455 §4.2)

    private func upgrade(_ context: ChannelHandlerContext, _ head: HTTPRequestHead, role: ConnectionRole) {
        let configuration = environment.configuration
        let policy = WebSocketUpgrade.Policy(
            allowedOrigins: configuration.http.allowedOrigins, compression: configuration.compression.enabled,
            allowClientContextTakeover: configuration.compression.clientContextTakeover,
            allowServerContextTakeover: configuration.compression.sharedContext)
        let responseHeaders: HTTPHeaders
        let deflate: NegotiatedDeflate?
        switch WebSocketUpgrade.decide(head.headers, policy: policy) {
        case .refuse(let refusal):
            if refusal.countedAsOrigin { environment.metrics.recordRejectedUpgrade(.origin) }
            respond(context, head, refusal.status, headers: refusal.headers, error: refusal.code, refusal.message)
            return
        case .accept(let headers, let agreed):
            responseHeaders = headers
            deflate = agreed.map(NegotiatedDeflate.init)
        }
        if let refusal = environment.admit() {
            environment.metrics.recordRejectedUpgrade(refusal.reason)
            var extra = HTTPHeaders()
            extra.add(name: "Retry-After", value: "\(refusal.retryAfter)")
            respond(
                context, head, .serviceUnavailable, headers: extra, error: "over_capacity",
                "the gateway is \(refusal.reason == .draining ? "draining" : "at capacity"); retry after \(refusal.retryAfter) s",
                close: true)
            return
        }

        let response = HTTPResponseHead(version: head.version, status: .switchingProtocols, headers: responseHeaders)
        if let handover {
            handOver(context, response: response, to: handover, role: role, deflate: deflate)
            return
        }
        context.write(wrapOutboundOut(.head(response)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)

        // The response is encoded; swap HTTP for WebSocket. The session goes right after the
        // HTTP decoder, so bytes the client sent after its request reach it when that leaves.
        let pipeline = context.pipeline.syncOperations
        do {
            // Outbound HTTP handlers go first, so that the session's first write (hello) meets
            // none of them.
            pipeline.removeHandler(handlers.encoder, promise: nil)
            pipeline.removeHandler(handlers.pipelining, promise: nil)
            pipeline.removeHandler(handlers.errors, promise: nil)
            let session = WebSocketSession(role: role, deflate: deflate, environment: environment)
            try pipeline.addHandler(session, position: .after(handlers.decoder))
            environment.metrics.connections.record(environment.connections.count)
            pipeline.removeHandler(handlers.decoder, promise: nil)
            pipeline.removeHandler(self, promise: nil)
        } catch {
            environment.connections.release()
            context.close(promise: nil)
        }
    }

    /// An upgrade whose socket goes elsewhere: the `101`, then the socket moves on (with what
    /// the client sent after its request) and this channel closes (``UpgradeHandover``).
    private func handOver(
        _ context: ChannelHandlerContext, response: HTTPResponseHead, to handover: any UpgradeHandover,
        role: ConnectionRole,
        deflate: NegotiatedDeflate?
    ) {
        let channel = context.channel
        // Whatever the client sends next is for the epoll session: leave it in the socket.
        try? channel.syncOptions?.setOption(.autoRead, value: false)
        // Bytes the client sent after its request wait in the HTTP decoder; its removal hands
        // them to the collector (possibly only once the decoder's current pass ends).
        let leftover = UpgradeLeftover()
        let removed = context.eventLoop.makePromise(of: Void.self)
        do {
            try context.pipeline.syncOperations.addHandler(leftover, position: .after(handlers.decoder))
            context.pipeline.syncOperations.removeHandler(handlers.decoder, promise: removed)
        } catch {
            environment.connections.release()
            channel.close(promise: nil)
            return
        }
        context.write(wrapOutboundOut(.head(response)), promise: nil)
        let written = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: written)
        environment.metrics.connections.record(environment.connections.count)
        let environment = self.environment
        let collected = NIOLoopBound(leftover, eventLoop: context.eventLoop)
        // Once the 101 is in the socket and every byte NIO read is collected; the channel then
        // closes at once, so it reads nothing more.
        written.futureResult.and(removed.futureResult).whenComplete { result in
            if case .success = result,
                handover.handOver(prefix: collected.value.bytes, role: role, deflate: deflate, environment: environment)
            {
                channel.close(promise: nil)
            } else {
                environment.connections.release()
                environment.metrics.connections.record(environment.connections.count)
                channel.close(promise: nil)
            }
        }
    }

    // MARK: Responses

    private func respond(
        _ context: ChannelHandlerContext, _ head: HTTPRequestHead, _ status: HTTPResponseStatus,
        headers: HTTPHeaders = HTTPHeaders(), error code: String, _ message: String, close: Bool = false
    ) {
        var fields: [String: JSONValue] = ["code": .string(code), "message": .string(message)]
        // PROTOCOL 1.1 names a refused publisher's error `error`; `code` stays for every other client.
        if status == .unauthorized { fields["error"] = .string(code) }
        let body = JSONValue.object(fields).serialized
        var headers = headers
        headers.add(name: "Content-Type", value: "application/json")
        respond(context, head, status, headers: headers, body: body, close: close)
    }

    private func respond(
        _ context: ChannelHandlerContext, _ head: HTTPRequestHead, _ status: HTTPResponseStatus, json: String
    ) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        respond(context, head, status, headers: headers, body: Array(json.utf8))
    }

    private func respond(
        _ context: ChannelHandlerContext, _ head: HTTPRequestHead, _ status: HTTPResponseStatus,
        headers: HTTPHeaders, body: [UInt8], close: Bool = false
    ) {
        // NIO's HTTP decoder stops parsing after a request that asked for an upgrade; when we
        // answer it with anything but 101, the connection cannot carry another request.
        let askedToUpgrade =
            !head.headers[canonicalForm: "Upgrade"].isEmpty
            && head.headers[canonicalForm: "Connection"].contains { $0.lowercased() == "upgrade" }
        let keepAlive = head.isKeepAlive && !close && !askedToUpgrade
        var headers = headers
        headers.replaceOrAdd(name: "Content-Length", value: "\(body.count)")
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let response = HTTPResponseHead(version: head.version, status: status, headers: headers)
        context.write(wrapOutboundOut(.head(response)), promise: nil)
        if head.method != .HEAD, !body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: body)))), promise: nil)
        }
        let done = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: done)
        if !keepAlive {
            let channel = context.channel
            done.futureResult.whenComplete { _ in channel.close(promise: nil) }
        } else {
            armDeadline(context)
        }
    }
}

/// The body of `POST /v1/matches/{id}/events`: `{"priority": "...", "data": {merge patch}}`.
package struct PublishRequest: Equatable {
    package var priority: Priority
    package var data: JSONValue

    package static func decode(_ bytes: some Collection<UInt8>) -> Result<PublishRequest, ClientMessageRejection> {
        guard let value = try? JSONValue(parsing: bytes) else {
            return .failure(.init(.badJSON, "the body is not valid JSON"))
        }
        guard let members = value.objectValue else {
            return .failure(.init(.badMessage, "the body must be a JSON object {\"priority\", \"data\"}"))
        }
        var priority = Priority.normal
        if let field = members["priority"], field != .null {
            guard let name = field.stringValue, let parsed = Priority(name: name) else {
                return .failure(.init(.badMessage, "'priority' must be one of critical, normal, low"))
            }
            priority = parsed
        }
        guard let data = members["data"] else {
            return .failure(.init(.badMessage, "'data' (a JSON merge patch object) is required"))
        }
        guard data.objectValue != nil else {
            return .failure(.init(.badMessage, "'data' must be a JSON object"))
        }
        return .success(PublishRequest(priority: priority, data: data))
    }
}

import CreaseBus
import CreaseProtocol
import Foundation
import NIOCore
import NIOHTTP1
import NIOWebSocket

/// Routes the HTTP requests of PROTOCOL.md §10 to their handlers (``RESTHandlers``) and performs
/// the WebSocket upgrade of §3 on the same port: it collects a request's body, enforces the
/// deadlines, picks the route and writes the handler's ``HTTPReply``. Requests are answered one
/// at a time per connection (NIO's pipelining handler orders them), and keep-alive is honoured
/// on every route.
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
    private let handlersOfRoutes: RESTHandlers
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
        self.handlersOfRoutes = RESTHandlers(environment: environment)
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
                    context, head, .error(.bodyTooLarge, "the body is larger than \(maxBodyBytes) bytes", closes: true))
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
        let rest = handlersOfRoutes
        switch known {
        case .healthz where isRead:
            respond(context, head, rest.health())
        case .readyz where isRead:
            respond(context, head, rest.readiness())
        case .metrics where isRead && (routes == .admin || environment.configuration.http.adminPort == nil):
            respond(context, head, rest.metrics())
        case _ where routes == .admin:
            respond(context, head, .error(.notFound, "no such route on the admin port"))
        case let route?
        where routes == .ingest && [.page, .clientLibrary, .demoScript, .webSocket, .echo].contains(route):
            respond(context, head, .error(.notFound, "crease-ingest publishes; connect WebSockets to a gateway"))
        case let route? where isRead && RESTHandlers.serves(asset: route):
            respond(context, head, RESTHandlers.asset(route))
        case .webSocket where method == .GET:
            upgrade(context, head, role: .crease)
        case .echo where method == .GET && environment.configuration.http.echoEndpoint:
            upgrade(context, head, role: .echo)
        case .matches where isRead:
            respond(context, head) { await rest.matches() }
        case .match(let id) where isRead:
            respond(context, head) { await rest.state(of: id) }
        case .events(let id) where method == .POST:
            let authorization = head.headers["Authorization"].first
            let peer = context.channel.remoteAddress
            respond(context, head) { await rest.publish(to: id, authorization: authorization, peer: peer, body: body) }
        case nil, .echo?:
            respond(context, head, .error(.notFound, "no such route: \(path.prefix(200))"))
        case .some(let route):
            respond(
                context, head,
                .error(
                    .methodNotAllowed, "\(head.method) is not allowed here", headers: ["Allow": route.allowedMethods]))
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
            respond(context, head, .error(refusal.code, refusal.message, headers: refusal.headers))
            return
        case .accept(let headers, let agreed):
            responseHeaders = headers
            deflate = agreed.map(NegotiatedDeflate.init)
        }
        if let refusal = environment.admit() {
            environment.metrics.recordRejectedUpgrade(refusal.reason)
            respond(
                context, head,
                .error(
                    .overCapacity,
                    "the gateway is \(refusal.reason == .draining ? "draining" : "at capacity"); retry after \(refusal.retryAfter) s",
                    headers: ["Retry-After": "\(refusal.retryAfter)"], closes: true))
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

    /// Writes the reply of a handler that awaits (the bus, the publisher), on this loop.
    private func respond(
        _ context: ChannelHandlerContext, _ head: HTTPRequestHead,
        when reply: @escaping @Sendable () async -> HTTPReply
    ) {
        context.eventLoop.makeFutureWithTask(reply)
            .assumeIsolated()
            .whenSuccess { self.respond(context, head, $0) }
    }

    private func respond(_ context: ChannelHandlerContext, _ head: HTTPRequestHead, _ reply: HTTPReply) {
        // NIO's HTTP decoder stops parsing after a request that asked for an upgrade; when we
        // answer it with anything but 101, the connection cannot carry another request.
        let askedToUpgrade =
            !head.headers[canonicalForm: "Upgrade"].isEmpty
            && head.headers[canonicalForm: "Connection"].contains { $0.lowercased() == "upgrade" }
        let keepAlive = head.isKeepAlive && !reply.closes && !askedToUpgrade
        var headers = reply.headers
        headers.replaceOrAdd(name: "Content-Length", value: "\(reply.body.count)")
        headers.replaceOrAdd(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let response = HTTPResponseHead(version: head.version, status: reply.status, headers: headers)
        context.write(wrapOutboundOut(.head(response)), promise: nil)
        if head.method != .HEAD, !reply.body.isEmpty {
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: reply.body)))), promise: nil)
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

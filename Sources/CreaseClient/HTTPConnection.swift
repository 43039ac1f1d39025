import CreaseProtocol
import NIOCore
import NIOEmbedded
import NIOHTTP1
import NIOPosix

/// One keep-alive HTTP/1.1 connection to the gateway's HTTP side, for its clients, the load
/// harness and the tests: requests go out as exactly the bytes given (``HTTPRequest/encode`` for
/// well-formed ones; a test may send half a request, or a malformed one), responses are read by
/// SwiftNIO's `HTTPResponseDecoder` and complete the requests in the order they were sent
/// (pipelining).
///
/// Guarantees: each ``request(_:method:)`` gets the response that answers it, or fails once the
/// connection ends (or the decoder fails) before it.
public final class HTTPConnection: Sendable {
    /// An HTTP/1.1 response as it arrived.
    public struct Response: Sendable {
        public let status: Int
        public let headers: [(name: String, value: String)]
        public let body: [UInt8]

        /// The first value of the header `name` (case-insensitive).
        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }

        public var bodyText: String { String(decoding: body, as: UTF8.self) }

        init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        /// The response SwiftNIO's decoder read: `head`, then `body`.
        init(_ head: HTTPResponseHead, body: [UInt8]) {
            self.init(status: Int(head.status.code), headers: head.headers.map { ($0.name, $0.value) }, body: body)
        }
    }

    private let channel: any Channel
    private let exchanges: NIOLoopBound<HTTPExchanges>
    /// What ``send(_:_:headers:body:timeout:)`` puts in `Host`.
    private let host: String

    private init(channel: any Channel, exchanges: NIOLoopBound<HTTPExchanges>, host: String) {
        self.channel = channel
        self.exchanges = exchanges
        self.host = host
    }

    /// Connects to `host:port`.
    public static func open(
        host: String = "127.0.0.1", port: Int, connectTimeout: TimeAmount = .seconds(10), group: any EventLoopGroup
    ) async throws -> HTTPConnection {
        let loop = group.next()
        let channel = try await ClientBootstrap(group: loop)
            .connectTimeout(connectTimeout)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPResponseReading(exchanges: HTTPExchanges())
                }
            }.connect(host: host, port: port).get()
        let exchanges = try await loop.submit {
            NIOLoopBound(try channel.pipeline.syncOperations.handler(type: HTTPExchanges.self), eventLoop: loop)
        }.get()
        return HTTPConnection(channel: channel, exchanges: exchanges, host: "\(host):\(port)")
    }

    /// Sends `bytes` (one request, or the first part of one) and returns the response that
    /// answers it. `method` is the request's: the decoder reads no body after a `HEAD`.
    public func request(_ bytes: [UInt8], method: HTTPMethod = .GET) -> EventLoopFuture<Response> {
        let promise = channel.eventLoop.makePromise(of: Response.self)
        let (channel, exchanges) = (self.channel, self.exchanges)
        channel.eventLoop.execute {
            guard channel.isActive else {
                promise.fail(ChannelError.ioOnClosedChannel)
                return
            }
            exchanges.value.waiting.append(promise)
            channel.write(HTTPClientRequestPart.head(HTTPRequestHead(version: .http1_1, method: method, uri: "/")))
                .whenFailure { promise.fail($0) }
            channel.writeAndFlush(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: bytes))), promise: nil)
        }
        return promise.futureResult
    }

    /// Sends a well-formed request (``HTTPRequest/encode``); its response completes the future
    /// (pipelined: send the next before this one is answered).
    public func request(
        _ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) -> EventLoopFuture<Response> {
        request(
            HTTPRequest.encode(method: method, path: path, host: host, headers: headers, body: body),
            method: HTTPMethod(rawValue: method))
    }

    /// A well-formed request (``HTTPRequest/encode``) and its response.
    public func send(
        _ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = [],
        timeout: Duration = .seconds(10)
    ) async throws -> Response {
        try await withDeadline(timeout, request(method, path, headers: headers, body: body))
    }

    /// Sends bytes that expect no response of their own: half a request that is never
    /// finished, a slow sender's next byte.
    public func sendRaw(_ bytes: [UInt8]) async throws {
        try await channel.writeAndFlush(HTTPClientRequestPart.body(.byteBuffer(ByteBuffer(bytes: bytes))))
    }

    public var isActive: Bool { channel.isActive }

    public func waitUntilClosed() async { try? await channel.closeFuture.get() }

    public func close() { channel.close(promise: nil) }

    private func withDeadline(_ timeout: Duration, _ future: EventLoopFuture<Response>) async throws -> Response {
        let deadline = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(timeout.wholeNanoseconds))) {
            throw HTTPConnectionError.timedOut
        }
        defer { deadline.cancel() }
        return try await future.or(deadline.futureResult).get()
    }
}

public enum HTTPConnectionError: Error, Equatable {
    /// No response within the time allowed.
    case timedOut
}

/// HTTP/1.1 request bytes.
public enum HTTPRequest {
    /// `method path HTTP/1.1`, `Host`, the headers as given, `Content-Length` where there is a
    /// body (or the method usually has one), the body.
    public static func encode(
        method: String, path: String, host: String = "127.0.0.1", headers: [(String, String)] = [],
        body: [UInt8] = []
    ) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }
}

extension EventLoopFuture where Value: Sendable {
    /// The first of `self` and `other` to complete.
    fileprivate func or(_ other: EventLoopFuture<Void>) -> EventLoopFuture<Value> {
        let promise = eventLoop.makePromise(of: Value.self)
        self.cascade(to: promise)
        other.whenComplete { result in
            if case .failure(let error) = result { promise.fail(error) }
        }
        return promise.futureResult
    }
}

extension ChannelPipeline.SynchronousOperations {
    /// Response reading for raw requests: `RawRequestWriter` puts each request's bytes on the
    /// wire as they are, SwiftNIO's response decoder pairs each response with its request (it
    /// sees the request's head go by), and `exchanges` completes them in order.
    func addHTTPResponseReading(exchanges: HTTPExchanges) throws {
        try addHandler(RawRequestWriter())
        try addHandler(ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes)))
        try addHandler(exchanges)
    }
}

/// Writes each request as the bytes its body carries; its head is there only for the response
/// decoder above, which learns from it what the response answers.
final class RawRequestWriter: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = ByteBuffer

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .body(.byteBuffer(let bytes)):
            context.write(wrapOutboundOut(bytes), promise: promise)
        case .head, .end, .body(.fileRegion):
            promise?.succeed()
        }
    }
}

/// Collects responses and hands them to their requests, in order.
final class HTTPExchanges: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    /// Requests sent and not answered yet, oldest first.
    var waiting: [EventLoopPromise<HTTPConnection.Response>] = []
    private var head: HTTPResponseHead?
    private var body: [UInt8] = []

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = []
        case .body(let bytes):
            body += bytes.readableBytesView
        case .end:
            guard let head else { return }
            self.head = nil
            let response = HTTPConnection.Response(head, body: body)
            if !waiting.isEmpty { waiting.removeFirst().succeed(response) }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        failWaiting(ChannelError.eof)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failWaiting(error)
        context.close(promise: nil)
    }

    private func failWaiting(_ error: any Error) {
        let promises = waiting
        waiting.removeAll()
        for promise in promises { promise.fail(error) }
    }
}

/// An HTTP/1.1 upgrade from the client's side (a WebSocket opening handshake): the request goes
/// out as the bytes given when the channel becomes active, SwiftNIO's response decoder reads the
/// answer, and then:
/// - on `101`, the handlers `upgraded` returns take this handler's place and receive the bytes
///   that came after the response;
/// - on any other status, the channel closes.
///
/// `completed` is called once, on the channel's event loop: with the response (a `101` once the
/// new handlers are in place, before the bytes that followed reach them), or with an error when
/// the connection ended first or the answer did not parse.
///
/// The decoder runs in an `EmbeddedChannel` of this handler's own, for the handshake's length:
/// in the connection's pipeline it would see every later write, and it accepts only HTTP ones.
public final class HTTPUpgradeRequest: ChannelInboundHandler, RemovableChannelHandler {
    public typealias InboundIn = ByteBuffer

    private let request: [UInt8]
    private let upgraded: (HTTPConnection.Response) throws -> [any ChannelHandler]
    private var completed: ((Result<HTTPConnection.Response, any Error>) -> Void)?
    private let decoding = EmbeddedChannel()
    private let decoder = ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .forwardBytes))
    private var head: HTTPResponseHead?
    private var body: [UInt8] = []

    public init(
        request: [UInt8], upgraded: @escaping (HTTPConnection.Response) throws -> [any ChannelHandler],
        completed: @escaping (Result<HTTPConnection.Response, any Error>) -> Void
    ) {
        self.request = request
        self.upgraded = upgraded
        self.completed = completed
    }

    public func handlerAdded(context: ChannelHandlerContext) {
        do {
            try decoding.pipeline.syncOperations.addHandler(decoder)
            // The decoder pairs each response with a request it saw go out: a GET.
            try decoding.writeOutbound(
                HTTPClientRequestPart.head(HTTPRequestHead(version: .http1_1, method: .GET, uri: "/")))
            _ = try decoding.readOutbound(as: HTTPClientRequestPart.self)
        } catch {
            finish(context, .failure(error))
        }
    }

    public func channelActive(context: ChannelHandlerContext) {
        context.writeAndFlush(NIOAny(ByteBuffer(bytes: request)), promise: nil)
        context.fireChannelActive()
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard completed != nil else { return }
        do {
            try decoding.writeInbound(unwrapInboundIn(data))
            while let part = try decoding.readInbound(as: HTTPClientResponsePart.self) {
                switch part {
                case .head(let head): self.head = head
                case .body(let bytes): body += bytes.readableBytesView
                case .end: try answered(context)
                }
            }
        } catch {
            finish(context, .failure(error))
        }
    }

    private func answered(_ context: ChannelHandlerContext) throws {
        guard let head else { return }
        let response = HTTPConnection.Response(head, body: body)
        guard head.status == .switchingProtocols else {
            finish(context, .success(response))
            return
        }
        // Leaving, the decoder hands over what came after the response.
        // (An embedded loop's futures complete as it runs; nothing to wait for.)
        decoding.pipeline.syncOperations.removeHandler(decoder, promise: nil)
        decoding.embeddedEventLoop.run()
        var leftover: [ByteBuffer] = []
        while let bytes = try decoding.readInbound(as: ByteBuffer.self) { leftover.append(bytes) }
        let pipeline = context.pipeline.syncOperations
        try pipeline.addHandlers(try upgraded(response), position: .after(self))
        let completed = self.completed
        self.completed = nil
        _ = try? decoding.finish()
        completed?(.success(response))
        for bytes in leftover { context.fireChannelRead(NIOAny(bytes)) }
        pipeline.removeHandler(context: context, promise: nil)
    }

    private func finish(_ context: ChannelHandlerContext, _ result: Result<HTTPConnection.Response, any Error>) {
        guard let completed else { return }
        self.completed = nil
        _ = try? decoding.finish()
        completed(result)
        context.close(promise: nil)
    }

    public func channelInactive(context: ChannelHandlerContext) {
        if let completed {
            self.completed = nil
            _ = try? decoding.finish()
            completed(.failure(ChannelError.eof))
        }
        context.fireChannelInactive()
    }

    public func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(context, .failure(error))
    }
}

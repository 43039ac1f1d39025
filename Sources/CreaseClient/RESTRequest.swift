import NIOCore
import NIOHTTP1
import NIOPosix

/// One HTTP/1.1 GET on a connection of its own: what a client needs to fetch a match's state
/// (`snapshot_url`, PROTOCOL.md §3) when told to resync.
public enum RESTRequest {
    public struct Response: Sendable {
        public let status: Int
        public let body: [UInt8]
    }

    /// GETs `path` from `host:port`; fails after `timeout`.
    public static func get(
        host: String, port: Int, path: String, timeout: TimeAmount = .seconds(10), group: any EventLoopGroup
    ) async throws -> Response {
        let promise = group.next().makePromise(of: Response.self)
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(timeout)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHTTPClientHandlers()
                        try channel.pipeline.syncOperations.addHandler(ResponseCollector(promise: promise))
                    }
                }
                .connect(host: host, port: port).get()
        } catch {
            promise.fail(error)  // never connected: no handler will complete it
            throw error
        }
        var headers = HTTPHeaders()
        headers.add(name: "Host", value: "\(host):\(port)")
        headers.add(name: "Connection", value: "close")
        let head = HTTPRequestHead(version: .http1_1, method: .GET, uri: path, headers: headers)
        channel.write(HTTPClientRequestPart.head(head), promise: nil)
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
        let deadline = channel.eventLoop.scheduleTask(in: timeout) {
            promise.fail(ChannelError.connectTimeout(timeout))
            channel.close(promise: nil)
        }
        defer {
            deadline.cancel()
            channel.close(promise: nil)
        }
        return try await promise.futureResult.get()
    }
}

/// Collects one response; fails the promise if the connection ends first.
private final class ResponseCollector: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let promise: EventLoopPromise<Response>
    private var status = 0
    private var body: [UInt8] = []
    private var done = false

    typealias Response = RESTRequest.Response

    init(promise: EventLoopPromise<Response>) { self.promise = promise }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            status = Int(head.status.code)
        case .body(let buffer):
            body += buffer.readableBytesView
        case .end:
            done = true
            promise.succeed(Response(status: status, body: body))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !done { promise.fail(ChannelError.eof) }
        done = true
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if !done { promise.fail(error) }
        done = true
        context.close(promise: nil)
    }
}

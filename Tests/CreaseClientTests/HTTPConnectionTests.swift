import CreaseClient
import NIOCore
import NIOPosix
import Synchronization
import Testing

/// `HTTPConnection` against a scripted server on loopback: a server that waits for a number of
/// request heads, then writes canned response bytes in pieces (no gateway involved).
struct HTTPConnectionTests {
    /// Answers once `requests` request heads (no bodies) have arrived, with `pieces` written
    /// and flushed one by one; or never, or by closing.
    final class ScriptedServer: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        enum Answer: Sendable {
            case pieces([[UInt8]])
            case close
            case silence
        }

        let requests: Int
        let answer: Answer
        private let received = Mutex("")

        init(requests: Int, answer: Answer) {
            self.requests = requests
            self.answer = answer
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let bytes = String(buffer: unwrapInboundIn(data))
            let heads = received.withLock { text in
                text += bytes
                return text.components(separatedBy: "\r\n\r\n").count - 1
            }
            guard heads == requests else { return }
            switch answer {
            case .pieces(let pieces):
                for piece in pieces {
                    context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: piece)), promise: nil)
                }
            case .close:
                context.close(promise: nil)
            case .silence:
                break
            }
        }

        var receivedText: String { received.withLock { $0 } }
    }

    static func withServer(
        _ server: ScriptedServer, _ body: (Int, any EventLoopGroup) async throws -> Void
    ) async throws {
        let group = MultiThreadedEventLoopGroup.singleton
        let listener = try await ServerBootstrap(group: group)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(server) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = listener.localAddress!.port!
        do {
            try await body(port, group)
        } catch {
            try await listener.close()
            throw error
        }
        try await listener.close()
    }

    @Test func pipelinedResponsesCompleteTheirRequestsInOrder() async throws {
        // A HEAD's response announces a length but has no body; a chunked body; responses cut
        // at arbitrary points across writes.
        let wire =
            "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nA"
            + "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"
            + "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
        // Cut by bytes: inside a head, between CR and LF, inside the chunked body.
        let bytes = Array(wire.utf8)
        let cuts = [5, 35, 37, 42, 70, 100, bytes.count]
        #expect(bytes[34] == UInt8(ascii: "\r") && bytes[35] == UInt8(ascii: "\n"))
        #expect(bytes[36] == UInt8(ascii: "\r") && bytes[37] == UInt8(ascii: "\n"))
        var pieces: [[UInt8]] = []
        var start = 0
        for cut in cuts {
            pieces.append(Array(bytes[start..<cut]))
            start = cut
        }
        let server = ScriptedServer(requests: 3, answer: .pieces(pieces))
        try await Self.withServer(server) { port, group in
            let connection = try await HTTPConnection.open(port: port, group: group)
            let first = connection.request("GET", "/a")
            let second = connection.request("HEAD", "/b")
            let third = connection.request("GET", "/c", headers: [("X-Trace", "7")])
            let responses = try await [first.get(), second.get(), third.get()]
            #expect(responses.map(\.status) == [200, 200, 404])
            #expect(responses.map(\.bodyText) == ["A", "", "abc"])
            #expect(responses[2].header("transfer-encoding") == "chunked")
            // The requests went out as encoded, in order.
            let sent = server.receivedText
            #expect(sent.hasPrefix("GET /a HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\nHEAD /b HTTP/1.1\r\n"))
            #expect(sent.hasSuffix("GET /c HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Trace: 7\r\n\r\n"))
            connection.close()
        }
    }

    @Test func aRequestFailsWhenTheServerClosesInsteadOfAnswering() async throws {
        try await Self.withServer(ScriptedServer(requests: 1, answer: .close)) { port, group in
            let connection = try await HTTPConnection.open(port: port, group: group)
            await #expect(throws: (any Error).self) { try await connection.send("GET", "/") }
            await connection.waitUntilClosed()
            #expect(!connection.isActive)
            // Asked after the close: fails at once.
            await #expect(throws: (any Error).self) { try await connection.request("GET", "/").get() }
        }
    }

    @Test func aRequestWithoutAnAnswerTimesOut() async throws {
        try await Self.withServer(ScriptedServer(requests: 1, answer: .silence)) { port, group in
            let connection = try await HTTPConnection.open(port: port, group: group)
            await #expect(throws: HTTPConnectionError.timedOut) {
                try await connection.send("GET", "/", timeout: .milliseconds(200))
            }
            connection.close()
        }
    }
}

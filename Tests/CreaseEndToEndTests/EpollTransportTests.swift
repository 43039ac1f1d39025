#if os(Linux)
import CreaseClient
import CreaseProtocol
import Foundation
import Glibc
import Testing

/// The epoll transport (`TRANSPORT=epoll`) at its seams: the hand-over from SwiftNIO's HTTP code
/// to the epoll loop, and the descriptors each side owns. (`TRANSPORT=epoll make test` runs
/// every other suite on it too.)
@Suite struct EpollTransportTests {
    private static let epoll = ["TRANSPORT": "epoll"]

    /// Frames a client sends in the same packet as its upgrade request reach the session: the
    /// hand-over carries what SwiftNIO had read past the request.
    @Test func framesSentWithTheUpgradeRequestAreRead() async throws {
        try await withGateway(Self.epoll) { gateway in
            #expect(Self.threadNames().contains("crease-ws-0"), "the gateway runs its epoll loops")
            let port = gateway.port
            let request =
                "GET /v1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            // The request and a subscribe in one send.
            let received = try await onOwnThread {
                try Self.exchange(
                    port: port, sending: [Array(request.utf8) + Self.subscribeFrame], until: "\"snapshot\"")
            }
            #expect(received.hasPrefix("HTTP/1.1 101"))
            #expect(received.contains("\"hello\""))
            #expect(received.contains("\"snapshot\""), "the subscribe behind the request was answered")
        }
    }

    /// Plain HTTP connections and WebSockets give back both descriptors of the hand-over design
    /// when they end: the gateway's open descriptors return to where they were.
    @Test func connectionsThatEndLeaveNoDescriptorBehind() async throws {
        try await withGateway(Self.epoll) { gateway in
            _ = try await gateway.http("GET", "/healthz")
            let before = Self.openDescriptors()
            for _ in 0..<20 {
                let response = try await gateway.http("GET", "/healthz")
                #expect(response.status == 200)
            }
            var clients: [WebSocketClient] = []
            for _ in 0..<20 { clients.append(try await gateway.connectAndGreet()) }
            #expect(gateway.server.connectionCount == 20)
            for client in clients { client.close() }
            let settled = try await Self.eventually {
                Self.openDescriptors() <= before && gateway.server.connectionCount == 0
            }
            #expect(settled, "descriptors \(before) before, \(Self.openDescriptors()) after")
        }
    }

    /// A refused upgrade (no key) is answered by SwiftNIO's HTTP code and its socket closes;
    /// the next client is served.
    @Test(.timeLimit(.minutes(1))) func aRefusedUpgradeIsAnsweredAndClosed() async throws {
        try await withGateway(Self.epoll) { gateway in
            let connection = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            let response = try await connection.send(
                "GET", "/v1/ws",
                headers: [("Upgrade", "websocket"), ("Connection", "Upgrade"), ("Sec-WebSocket-Version", "13")])
            #expect(response.status == 400)
            await connection.waitUntilClosed()
            let (client, snapshot) = try await gateway.subscribed(to: "m1")
            #expect(snapshot["match"] == .string("m1"))
            let seq = try await gateway.publish("m1", ["runs": 4])
            #expect(try await client.next("delta")["seq"] == .integer(seq))
        }
    }

    /// An upgrade request whose head arrives in two packets is not the fast path's: SwiftNIO
    /// serves it, and the socket still ends on an epoll loop.
    @Test func anUpgradeSplitOverTwoPacketsIsServedThroughSwiftNIO() async throws {
        try await withGateway(Self.epoll) { gateway in
            let port = gateway.port
            let first = "GET /v1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            let second =
                "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            // Two packets: the acceptor has read the first alone.
            let received = try await onOwnThread {
                try Self.exchange(
                    port: port, sending: [Array(first.utf8), Array(second.utf8), Self.subscribeFrame],
                    until: "\"snapshot\"")
            }
            #expect(received.hasPrefix("HTTP/1.1 101"))
            #expect(received.contains("\"hello\""))
            #expect(received.contains("\"snapshot\""))
        }
    }

    /// A connection that never sends a request head is closed after `HTTP_TIMEOUT_MS`.
    @Test(.timeLimit(.minutes(1))) func aSilentConnectionIsClosed() async throws {
        try await withGateway(Self.epoll.merging(["HTTP_TIMEOUT_MS": "300"]) { $1 }) { gateway in
            let port = gateway.port
            let ended = try await onOwnThread { () throws -> Bool in
                let connected = try Socket.connect(port: port)
                defer { connected.close() }
                var timeout = timeval(tv_sec: 10, tv_usec: 0)
                setsockopt(connected.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                var byte: UInt8 = 0
                return Glibc.recv(connected.fd, &byte, 1, 0) == 0  // end of stream, not the 10 s timeout
            }
            #expect(ended)
        }
    }

    /// A masked text frame subscribing to `m1` (mask key 0: the payload goes as is).
    private static let subscribeFrame: [UInt8] = {
        let subscribe = Array(#"{"type":"subscribe","match":"m1"}"#.utf8)
        return [0x81, 0x80 | UInt8(subscribe.count), 0, 0, 0, 0] + subscribe
    }()

    /// Connects, sends each piece (100 ms apart, so that each is a packet of its own), and reads
    /// until `marker` has arrived, the peer closes, or 10 s pass. Blocking: run on its own thread.
    private static func exchange(port: Int, sending pieces: [[UInt8]], until marker: String) throws -> String {
        let connected = try Socket.connect(port: port)
        defer { connected.close() }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(connected.fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        for (index, piece) in pieces.enumerated() {
            if index > 0 { usleep(100_000) }
            guard
                piece.withUnsafeBytes({ Glibc.send(connected.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) })
                    == piece.count
            else { return "short send" }
        }
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !text.contains(marker) {
            let count = Glibc.recv(connected.fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            text += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return text
    }

    private static func openDescriptors() -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? -1
    }

    private static func threadNames() -> Set<String> {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        return Set(
            tasks.compactMap { task in
                (try? String(contentsOfFile: "/proc/self/task/\(task)/comm", encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines)
            })
    }

    /// Polls `condition` until it holds (true) or 10 s pass (false).
    private static func eventually(_ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }
}
#endif

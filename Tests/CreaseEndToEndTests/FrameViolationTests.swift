import CreaseBus
import CreaseClient
import CreaseProtocol
import NIOWebSocket
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// RFC 6455 violations and limits close the connection with the codes of PROTOCOL.md §2.4.
@Suite struct FrameViolationTests {
    private func expectClose(
        _ code: UInt16, environment: [String: String] = [:], _ send: (WebSocketClient) -> Void
    ) async throws {
        try await withGateway(environment) { gateway in
            let client = try await gateway.connectAndGreet()
            send(client)
            #expect(try await client.closeCode() == code)
            await client.waitUntilClosed()
        }
    }

    @Test func invalidUTF8Is1007() async throws {
        try await expectClose(1007) { $0.sendFrame(opcode: .text, payload: [0x7B, 0xC3, 0x28, 0x7D]) }
    }

    @Test func oversizeMessageIs1009() async throws {
        try await expectClose(1009, environment: ["MAX_MESSAGE_BYTES": "1024"]) {
            $0.sendFrame(opcode: .text, payload: Array(repeating: 0x61, count: 2048))
        }
    }

    @Test func oversizeFragmentedMessageIs1009() async throws {
        try await expectClose(1009, environment: ["MAX_MESSAGE_BYTES": "1024"]) { client in
            client.sendFrame(opcode: .text, payload: Array(repeating: 0x61, count: 700), fin: false)
            client.sendFrame(opcode: .continuation, payload: Array(repeating: 0x61, count: 700), fin: true)
        }
    }

    /// RFC 6455 §7.1.1: a client still sending when it broke the limit gets the close frame
    /// and its code. The client here writes its whole 2 MiB message (32 KiB fragments) with
    /// blocking sends before it reads anything, as simple clients do; without a lingering close,
    /// the server closed while the rest was still arriving, the unread bytes made that close a
    /// reset, and the client's next send failed with it, so it never read its close frame.
    /// 50 in a row, none missed.
    @Test(.timeLimit(.minutes(3))) func aClientStillSendingGetsItsCloseFrameEveryTime() async throws {
        try await withGateway(["MAX_MESSAGE_BYTES": "65536"]) { gateway in
            let port = gateway.port
            let missed = try await onOwnThread {
                var missed: [String] = []
                for attempt in 0..<50 {
                    let outcome = try BlockingWebSocket.sendOversizedThenRead(port: port)
                    if outcome != .close(1009) { missed.append("\(attempt): \(outcome)") }
                }
                return missed
            }
            #expect(missed.isEmpty, "\(missed.count) of 50 without their 1009: \(missed.prefix(5))")
        }
    }

    @Test func unmaskedFrameIs1002() async throws {
        try await expectClose(1002) { $0.sendFrame(opcode: .text, payload: Array("{}".utf8), masked: false) }
    }

    @Test func reservedOpcodeIs1002() async throws {
        try await expectClose(1002) { $0.sendFrame(opcode: WebSocketOpcode(encodedWebSocketOpcode: 0x3)!, payload: []) }
    }

    @Test func rsvBitWithoutAnExtensionIs1002() async throws {
        try await expectClose(1002) { $0.sendFrame(opcode: .text, payload: Array("{}".utf8), rsv1: true) }
    }

    @Test func fragmentedControlFrameIs1002() async throws {
        try await expectClose(1002) { $0.sendFrame(opcode: .ping, payload: [1], fin: false) }
    }

    @Test func continuationWithoutAStartIs1002() async throws {
        try await expectClose(1002) { $0.sendFrame(opcode: .continuation, payload: [0x61]) }
    }

    @Test func fragmentedTextIsReassembled() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            let message = Array(#"{"type":"subscribe","match":"m1"}"#.utf8)
            client.sendFrame(opcode: .text, payload: Array(message[..<10]), fin: false)
            client.sendFrame(opcode: .ping, payload: [7])  // control frames may interleave
            client.sendFrame(opcode: .continuation, payload: Array(message[10...]), fin: true)
            #expect(try await client.nextJSON()["type"] == .string("snapshot"))
        }
    }

    /// Autobahn 6.4.x: invalid UTF-8 in the middle of a fragmented message closes at once, before
    /// the message's last frame.
    @Test func invalidUTF8InAFragmentFailsBeforeTheMessageEnds() async throws {
        try await expectClose(1007) { client in
            client.sendFrame(opcode: .text, payload: [0xCE, 0xBA, 0xE1], fin: false)
            client.sendFrame(opcode: .continuation, payload: [0xBD, 0xB9, 0xED, 0xA0, 0x80], fin: false)
            // No final frame: the close must come without it.
        }
    }

    @Test func pingIsAnsweredWithAPongOfTheSamePayload() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            client.sendFrame(opcode: .ping, payload: [1, 2, 3])
            while true {
                if case .pong(let payload) = try await client.nextFrame() {
                    #expect(payload == [1, 2, 3])
                    break
                }
            }
        }
    }

    @Test func serverPingsAndClosesASilentPeer() async throws {
        try await withGateway(["HEARTBEAT_MS": "100", "HEARTBEAT_TIMEOUT_MS": "500"]) { gateway in
            let silent = try await gateway.connect(answerPings: false)
            var sawPing = false
            var code: UInt16?
            while code == nil {
                switch try await silent.nextFrame(timeout: .seconds(5)) {
                case .ping: sawPing = true
                case .close(let closeCode, _): code = closeCode
                default: continue
                }
            }
            #expect(sawPing)
            #expect(code == 1011)
        }
    }

    @Test func aPeerThatAnswersPingsStaysConnected() async throws {
        try await withGateway(["HEARTBEAT_MS": "100", "HEARTBEAT_TIMEOUT_MS": "300"]) { gateway in
            let client = try await gateway.connectAndGreet()
            var pings = 0
            while pings < 8 {
                if case .ping = try await client.nextFrame(timeout: .seconds(5)) { pings += 1 }
            }
            #expect(client.isActive)
        }
    }
}

/// A plain blocking-socket WebSocket client, as simple clients are written: it sends all it has
/// before it reads.
enum BlockingWebSocket {
    enum Outcome: Equatable, CustomStringConvertible {
        case close(UInt16)
        case noCloseFrame(receivedBytes: Int)
        case resetWhileSending(fragment: Int)

        var description: String {
            switch self {
            case .close(let code): "close \(code)"
            case .noCloseFrame(let bytes): "no close frame in \(bytes) bytes (reset)"
            case .resetWhileSending(let fragment): "reset while sending fragment \(fragment)"
            }
        }
    }

    static func sendOversizedThenRead(port: Int) throws -> Outcome {
        // A send buffer of a phone's size: the message is still going out when the server
        // acts on its first 64 KiB (loopback's autotuned buffers would take it all at once).
        let connected = try Socket.connect(port: port, sendBuffer: 65_536)
        defer { connected.close() }
        let fd = connected.fd
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request =
            "GET /v1/ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        _ = sendAll(fd, Array(request.utf8))
        // 2 MiB in 32 KiB fragments, masked, written before reading anything.
        let chunk = [UInt8](repeating: 0x61, count: 32 * 1024)
        for index in 0..<64 {
            var frame: [UInt8] = [(index == 63 ? 0x80 : 0x00) | (index == 0 ? 0x1 : 0x0), 0x80 | 127]
            frame += withUnsafeBytes(of: UInt64(chunk.count).bigEndian, Array.init)
            frame += [0, 0, 0, 0]  // mask key 0: the payload goes as is
            frame += chunk
            // A reset while it sends ends a simple client with an error: it never reads the close.
            guard sendAll(fd, frame) else { return .resetWhileSending(fragment: index) }
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[0..<count]
        }
        // Skip the HTTP response, then walk the frames (hello, then the close).
        guard let end = find([13, 10, 13, 10], in: received) else {
            return .noCloseFrame(receivedBytes: received.count)
        }
        var offset = end + 4
        while offset + 2 <= received.count {
            let opcode = received[offset] & 0x0F
            var length = Int(received[offset + 1] & 0x7F)
            var header = 2
            if length == 126, offset + 4 <= received.count {
                length = Int(received[offset + 2]) << 8 | Int(received[offset + 3])
                header = 4
            } else if length == 127 {
                return .noCloseFrame(receivedBytes: received.count)
            }
            guard offset + header + length <= received.count else { break }
            if opcode == 0x8, length >= 2 {
                return .close(UInt16(received[offset + header]) << 8 | UInt16(received[offset + header + 1]))
            }
            offset += header + length
        }
        return .noCloseFrame(receivedBytes: received.count)
    }

    private static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where Array(haystack[index..<index + needle.count]) == needle {
            return index
        }
        return nil
    }
}

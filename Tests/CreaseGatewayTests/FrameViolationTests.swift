import CreaseClient
import CreaseProtocol
import NIOWebSocket
import Testing

/// RFC 6455 violations and limits close the connection with the codes of PROTOCOL.md §2.4.
@Suite struct FrameViolationTests {
    private func expectClose(_ code: UInt16, environment: [String: String] = [:], _ send: (WebSocketClient) -> Void) async throws {
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

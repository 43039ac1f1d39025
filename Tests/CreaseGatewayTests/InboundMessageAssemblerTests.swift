import CreaseGateway
import CreaseProtocol
import NIOCore
import NIOWebSocket
import Testing

/// Every rule of `InboundMessageAssembler` (RFC 6455 §5, RFC 7692 §6, PROTOCOL.md §2.4) frame by
/// frame, without a socket: each frame in, the action out.
struct InboundMessageAssemblerTests {
    /// A client frame, masked with the all-zero key (so its bytes read as they are).
    static func frame(
        _ opcode: WebSocketOpcode, _ payload: [UInt8], fin: Bool = true, rsv1: Bool = false, rsv2: Bool = false,
        masked: Bool = true
    ) -> InboundFrame {
        InboundFrame(
            fin: fin, rsv1: rsv1, rsv2: rsv2, opcode: opcode, masked: masked, payload: ByteBuffer(bytes: payload))
    }

    static func text(_ string: String, fin: Bool = true) -> InboundFrame {
        frame(.text, Array(string.utf8), fin: fin)
    }

    static func closeCode(_ action: InboundMessageAssembler.Action) -> CloseCode? {
        if case .fail(let code, _) = action { return code }
        return nil
    }

    @Test func wholeMessagesComeOutAsTheyWent() {
        var assembler = InboundMessageAssembler(maxMessageBytes: 64)
        #expect(assembler.receive(Self.text(#"{"type":"ack"}"#)) == .text(ByteBuffer(string: #"{"type":"ack"}"#)))
        #expect(assembler.receive(Self.frame(.binary, [1, 2, 3])) == .binary(ByteBuffer(bytes: [1, 2, 3])))
        #expect(assembler.receive(Self.frame(.ping, [9])) == .ping(ByteBuffer(bytes: [9])))
        #expect(assembler.receive(Self.frame(.pong, [9])) == InboundMessageAssembler.Action.none)
    }

    @Test func fragmentsAssembleWithControlFramesBetweenThem() {
        var assembler = InboundMessageAssembler(maxMessageBytes: 64)
        #expect(assembler.receive(Self.text("hel", fin: false)) == InboundMessageAssembler.Action.none)
        #expect(assembler.receive(Self.frame(.ping, [])) == .ping(ByteBuffer()))
        #expect(
            assembler.receive(Self.frame(.continuation, Array("lo ".utf8), fin: false))
                == InboundMessageAssembler.Action.none)
        #expect(assembler.bufferedBytes == 6)
        #expect(
            assembler.receive(Self.frame(.continuation, Array("there".utf8)))
                == .text(ByteBuffer(string: "hello there")))
        #expect(assembler.bufferedBytes == 0)
        // A UTF-8 sequence may be cut between fragments: "é" is C3 A9.
        #expect(
            assembler.receive(Self.frame(.text, [0x63, 0x61, 0x66, 0xC3], fin: false))
                == InboundMessageAssembler.Action.none)
        #expect(
            assembler.receive(Self.frame(.continuation, [0xA9]))
                == .text(ByteBuffer(bytes: [0x63, 0x61, 0x66, 0xC3, 0xA9])))
    }

    @Test func framingRulesClose1002() {
        let cases: [(String, [InboundFrame])] = [
            ("unmasked", [Self.frame(.text, [], masked: false)]),
            ("RSV2", [Self.frame(.text, [], rsv2: true)]),
            ("RSV1 without permessage-deflate", [Self.frame(.text, [], rsv1: true)]),
            ("fragmented control frame", [Self.frame(.ping, [], fin: false)]),
            ("control frame over 125 bytes", [Self.frame(.ping, Array(repeating: 0, count: 126))]),
            ("a new message inside a fragmented one", [Self.text("a", fin: false), Self.text("b")]),
            ("continuation without a message", [Self.frame(.continuation, [])]),
            ("reserved opcode", [Self.frame(WebSocketOpcode(encodedWebSocketOpcode: 0x3)!, [])]),
            ("one-byte close payload", [Self.frame(.connectionClose, [3])]),
            ("close code 1005", [Self.frame(.connectionClose, [0x03, 0xED])]),
            ("close code 999", [Self.frame(.connectionClose, [0x03, 0xE7])]),
            ("close code 5000", [Self.frame(.connectionClose, [0x13, 0x88])]),
        ]
        for (name, frames) in cases {
            var assembler = InboundMessageAssembler(maxMessageBytes: 64)
            let last = frames.map { assembler.receive($0) }.last!
            #expect(Self.closeCode(last) == .protocolError, "\(name): \(last)")
        }
        var compressed = InboundMessageAssembler(maxMessageBytes: 64, compressionNegotiated: true)
        _ = compressed.receive(Self.frame(.text, [], fin: false, rsv1: true))
        #expect(
            Self.closeCode(compressed.receive(Self.frame(.continuation, [], rsv1: true))) == .protocolError,
            "RSV1 on a continuation")
        var control = InboundMessageAssembler(maxMessageBytes: 64, compressionNegotiated: true)
        #expect(
            Self.closeCode(control.receive(Self.frame(.ping, [], rsv1: true))) == .protocolError,
            "RSV1 on a control frame")
    }

    @Test func messagesPastTheLimitClose1009WholeOrInFragments() {
        var whole = InboundMessageAssembler(maxMessageBytes: 8)
        #expect(whole.receive(Self.text("12345678")) == .text(ByteBuffer(string: "12345678")))
        #expect(Self.closeCode(whole.receive(Self.text("123456789"))) == .messageTooBig)
        var fragmented = InboundMessageAssembler(maxMessageBytes: 8)
        _ = fragmented.receive(Self.text("12345", fin: false))
        #expect(
            Self.closeCode(fragmented.receive(Self.frame(.continuation, Array("6789".utf8), fin: false)))
                == .messageTooBig)
        #expect(fragmented.bufferedBytes == 0)  // nothing kept once it failed
        let inflated = InboundMessageAssembler(maxMessageBytes: 8, compressionNegotiated: true)
        #expect(Self.closeCode(inflated.inflated(opcode: .text, .failure(.tooLarge))) == .messageTooBig)
    }

    @Test func invalidUTF8Closes1007AtTheFirstBadFragment() {
        var single = InboundMessageAssembler(maxMessageBytes: 64)
        #expect(Self.closeCode(single.receive(Self.frame(.text, [0xC3, 0x28]))) == .invalidPayload)
        var fragmented = InboundMessageAssembler(maxMessageBytes: 64)
        #expect(Self.closeCode(fragmented.receive(Self.frame(.text, [0x61, 0xFF], fin: false))) == .invalidPayload)
        var unfinished = InboundMessageAssembler(maxMessageBytes: 64)
        _ = unfinished.receive(Self.frame(.text, [0x61, 0xC3], fin: false))
        #expect(
            Self.closeCode(unfinished.receive(Self.frame(.continuation, []))) == .invalidPayload,
            "a sequence cut off by the end")
        var reason = InboundMessageAssembler(maxMessageBytes: 64)
        #expect(Self.closeCode(reason.receive(Self.frame(.connectionClose, [0x03, 0xE8, 0xFF]))) == .invalidPayload)
        // Binary messages are not UTF-8 and are not checked.
        var binary = InboundMessageAssembler(maxMessageBytes: 64)
        #expect(binary.receive(Self.frame(.binary, [0xFF])) == .binary(ByteBuffer(bytes: [0xFF])))
    }

    @Test func theClosingHandshakeReportsThePeersCodeAndReason() {
        var assembler = InboundMessageAssembler(maxMessageBytes: 64)
        #expect(assembler.receive(Self.frame(.connectionClose, [])) == .peerClosed(code: nil, reason: ""))
        #expect(
            assembler.receive(Self.frame(.connectionClose, [0x03, 0xE8] + Array("bye".utf8)))
                == .peerClosed(code: 1000, reason: "bye"))
        #expect(assembler.receive(Self.frame(.connectionClose, [0x0F, 0xA0])) == .peerClosed(code: 4000, reason: ""))
    }

    @Test func compressedMessagesGoToInflateAndComeBackAsText() {
        var assembler = InboundMessageAssembler(maxMessageBytes: 64, compressionNegotiated: true)
        #expect(
            assembler.receive(Self.frame(.text, [1, 2], rsv1: true)) == .compressed(.text, ByteBuffer(bytes: [1, 2])))
        _ = assembler.receive(Self.frame(.text, [1], fin: false, rsv1: true))
        #expect(assembler.receive(Self.frame(.continuation, [2])) == .compressed(.text, ByteBuffer(bytes: [1, 2])))
        #expect(
            assembler.inflated(opcode: .text, .success(ByteBuffer(string: "ok"))) == .text(ByteBuffer(string: "ok")))
        #expect(
            Self.closeCode(assembler.inflated(opcode: .text, .success(ByteBuffer(bytes: [0xFF])))) == .invalidPayload)
        #expect(Self.closeCode(assembler.inflated(opcode: .text, .failure(.corrupt))) == .invalidPayload)
    }
}

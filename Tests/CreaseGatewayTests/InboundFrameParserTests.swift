import CreaseClient
import NIOCore
import NIOWebSocket
import Testing

@testable import CreaseGateway

/// RFC 6455 §5.2 framing as the gateway reads it, without a socket: whole frames, frames cut at
/// every byte, several frames in one read, and every malformed header it must refuse.
@Suite struct InboundFrameParserTests {
    private func frames(
        _ reads: [ByteBuffer], maxFrameSize: Int = 1 << 20
    ) -> (frames: [InboundFrame], error: NIOWebSocketError?) {
        var parser = InboundFrameParser(maxFrameSize: maxFrameSize)
        var frames: [InboundFrame] = []
        for read in reads {
            parser.append(read)
            reading: while true {
                switch parser.next() {
                case .frame(let frame): frames.append(frame)
                case .needMoreBytes: break reading
                case .invalid(let error): return (frames, error)
                }
            }
        }
        return (frames, nil)
    }

    @Test(
        "payload lengths of every header size come out whole and unmasked",
        arguments: [0, 1, 125, 126, 65_535, 65_536, 200_000])
    func lengths(_ length: Int) {
        let payload = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let result = frames([ClientFrame.encode(opcode: .binary, payload: payload)])
        #expect(result.error == nil)
        #expect(result.frames.count == 1)
        #expect(result.frames.first?.opcode == .binary)
        #expect(result.frames.first?.fin == true)
        #expect(result.frames.first?.masked == true)
        #expect(result.frames.first.map { Array($0.payload.readableBytesView) } == payload)
    }

    @Test func aFrameCutAtEveryByteIsPutBackTogether() {
        let wire = ClientFrame.encode(opcode: .text, payload: Array("a score update, cut anywhere".utf8))
        for cut in 1..<wire.readableBytes {
            let head = wire.getSlice(at: 0, length: cut)!
            let tail = wire.getSlice(at: cut, length: wire.readableBytes - cut)!
            let result = frames([head, tail])
            #expect(result.frames.count == 1, "cut at \(cut)")
            #expect(result.frames.first.map { String(buffer: $0.payload) } == "a score update, cut anywhere")
        }
    }

    @Test func severalFramesInOneReadAndOneSplitAcrossTwo() {
        var read = ClientFrame.encode(opcode: .text, payload: Array("one".utf8), fin: false)
        read.writeImmutableBuffer(ClientFrame.encode(opcode: .ping, payload: Array("p".utf8)))
        let last = ClientFrame.encode(opcode: .continuation, payload: Array("two".utf8), rsv1: true)
        read.writeImmutableBuffer(last.getSlice(at: 0, length: 3)!)
        let result = frames([read, last.getSlice(at: 3, length: last.readableBytes - 3)!])
        #expect(result.error == nil)
        #expect(result.frames.map(\.opcode) == [.text, .ping, .continuation])
        #expect(result.frames.map(\.fin) == [false, true, true])
        #expect(result.frames.map(\.rsv1) == [false, false, true])
        #expect(result.frames.map { String(buffer: $0.payload) } == ["one", "p", "two"])
    }

    @Test func readsThatAllEndInsideAFrameKeepOnlyThatFrame() {
        // 2,000 pongs of 100 bytes (a client may send them, unasked), in reads of 149 bytes: a
        // read ends on a frame boundary only once in 149, so the parser nearly always holds a
        // partial frame, and must drop what it has already parsed.
        var stream = ByteBuffer()
        for _ in 0..<2_000 {
            stream.writeImmutableBuffer(ClientFrame.encode(opcode: .pong, payload: [UInt8](repeating: 9, count: 94)))
        }
        var parser = InboundFrameParser(maxFrameSize: 1 << 20)
        var parsed = 0
        var intact = 0
        var mostHeld = 0
        while stream.readableBytes > 0 {
            parser.append(stream.readSlice(length: min(149, stream.readableBytes))!)
            while case .frame(let frame) = parser.next() {
                parsed += 1
                if Array(frame.payload.readableBytesView) == [UInt8](repeating: 9, count: 94) { intact += 1 }
            }
            mostHeld = max(mostHeld, parser.heldBytes)
        }
        #expect(parsed == 2_000)
        #expect(intact == 2_000)  // unmasked right, whichever read each frame's bytes came in
        #expect(mostHeld <= 2 * 149)
        #expect(parser.heldBytes == 0)
    }

    /// RFC 6455 §5.7's example: a masked text frame carrying "Hello".
    @Test func theRFCsMaskedHelloUnmasks() {
        let result = frames([ByteBuffer(bytes: [0x81, 0x85, 0x37, 0xFA, 0x21, 0x3D, 0x7F, 0x9F, 0x4D, 0x51, 0x58])])
        #expect(result.error == nil)
        #expect(result.frames.map(\.opcode) == [.text])
        #expect(result.frames.first?.masked == true)
        #expect(result.frames.first.map { String(buffer: $0.payload) } == "Hello")
    }

    /// Payloads are unmasked in place: bytes someone else still holds (a read SwiftNIO handed
    /// over) are copied first, never changed under them.
    @Test func unmaskingInPlaceLeavesBytesHeldElsewhereAlone() {
        let read = ClientFrame.encode(opcode: .text, payload: Array("a delta's ack, 8+ bytes long".utf8))
        let before = Array(read.readableBytesView)
        let result = frames([read])
        #expect(result.frames.first.map { String(buffer: $0.payload) } == "a delta's ack, 8+ bytes long")
        #expect(Array(read.readableBytesView) == before)
    }

    @Test func anUnmaskedFrameIsPassedOnForTheAssemblerToRefuse() {
        let result = frames([ClientFrame.encode(opcode: .text, payload: Array("hi".utf8), masked: false)])
        #expect(result.frames.first?.masked == false)
        #expect(result.frames.first.map { String(buffer: $0.payload) } == "hi")
    }

    @Test func aFrameLargerThanTheLimitFailsOnItsHeaderAlone() {
        let wire = ClientFrame.encode(opcode: .binary, payload: [UInt8](repeating: 7, count: 2_000))
        // Only the header: the parser must not wait for (and buffer) the payload first.
        let result = frames([wire.getSlice(at: 0, length: 8)!], maxFrameSize: 1_000)
        #expect(result.error == .invalidFrameLength)
    }

    @Test func aLengthWithItsTopBitSetIsRefused() {
        var wire = ByteBuffer(bytes: [0x82, 0xFF])
        wire.writeInteger(UInt64(1) << 63)
        #expect(frames([wire]).error == .invalidFrameLength)
    }

    @Test func controlFramesMustBeWholeAndShort() {
        let fragmented = ClientFrame.encode(opcode: .ping, payload: [1], fin: false)
        #expect(frames([fragmented]).error == .fragmentedControlFrame)
        let long = ClientFrame.encode(opcode: .pong, payload: [UInt8](repeating: 1, count: 126))
        #expect(frames([long]).error == .multiByteControlFrameLength)
    }

    @Test func nothingIsParsedAfterAnError() {
        var parser = InboundFrameParser(maxFrameSize: 10)
        parser.append(ClientFrame.encode(opcode: .binary, payload: [UInt8](repeating: 0, count: 11)))
        guard case .invalid = parser.next() else {
            Issue.record("an 11-byte frame passed a 10-byte limit")
            return
        }
        parser.append(ClientFrame.encode(opcode: .text, payload: Array("ok".utf8)))
        guard case .needMoreBytes = parser.next() else {
            Issue.record("a frame was parsed after the stream went bad")
            return
        }
    }
}

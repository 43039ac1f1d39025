import NIOCore
import NIOWebSocket

/// Cuts a client's WebSocket frames (RFC 6455 §5.2) out of the bytes its socket delivers.
///
/// It does what NIOWebSocket's `WebSocketFrameDecoder` does for a server (same frames, same
/// `NIOWebSocketError`s) but lives inside ``WebSocketSession`` instead of a decoder handler of
/// its own: a `ByteToMessageHandler` with its context and buffers cost ~540 bytes on every idle
/// connection, about a seventh of it (heaptrack, `Benchmarks/RESULTS.md`). It holds no buffer
/// between reads unless a frame arrived in pieces, and then at most one frame's bytes: a header
/// announcing more than `maxFrameSize` is an error before its payload is waited for.
///
/// Frames keep their masking key and masked payload, as NIOWebSocket's do; checks that depend on
/// the connection (a client must mask, RSV bits need an extension, opcodes) are the
/// ``InboundMessageAssembler``'s.
package struct InboundFrameParser {
    /// What the bytes read so far hold next.
    package enum Next {
        case frame(WebSocketFrame)
        /// An incomplete frame (or none): wait for the next read.
        case needMoreBytes
        /// The stream is not valid WebSocket; nothing after it is parsed.
        case invalid(NIOWebSocketError)
    }

    package let maxFrameSize: Int
    /// Bytes of a frame not complete yet; nil when a read ended on a frame boundary.
    private var pending: ByteBuffer?
    private var failed = false

    package init(maxFrameSize: Int) {
        self.maxFrameSize = maxFrameSize
    }

    /// Adds the bytes of one read; then call ``next()`` until it answers `.needMoreBytes`.
    package mutating func append(_ bytes: ByteBuffer) {
        guard !failed else { return }
        guard var buffer = pending else {
            pending = bytes
            return
        }
        pending = nil  // so that `buffer` is the only reference to its bytes
        // The frames already taken from the front are dropped before the new bytes go on the
        // end: a stream of reads that each end inside a frame must not grow the buffer.
        buffer.discardReadBytes()
        buffer.writeImmutableBuffer(bytes)
        pending = buffer
    }

    /// Bytes held between reads (the frame not complete yet), read or not.
    package var heldBytes: Int { pending?.writerIndex ?? 0 }

    package mutating func next() -> Next {
        guard !failed, var buffer = pending else { return .needMoreBytes }
        let result = Self.parse(&buffer, maxFrameSize: maxFrameSize)
        switch result {
        case .frame:
            pending = buffer.readableBytes > 0 ? buffer : nil
        case .needMoreBytes:
            break
        case .invalid:
            failed = true
            pending = nil
        }
        return result
    }

    /// One frame from the front of `buffer`, consumed only when it is complete.
    private static func parse(_ buffer: inout ByteBuffer, maxFrameSize: Int) -> Next {
        let start = buffer.readerIndex
        guard let first = buffer.getInteger(at: start, as: UInt8.self),
            let second = buffer.getInteger(at: start + 1, as: UInt8.self)
        else { return .needMoreBytes }
        let opcodeBits = first & 0x0F
        let isControl = opcodeBits & 0x08 != 0
        let fin = first & 0x80 != 0
        let masked = second & 0x80 != 0
        var headerLength = 2
        let length: UInt64
        switch second & 0x7F {
        case 126:
            guard let extended = buffer.getInteger(at: start + 2, as: UInt16.self) else { return .needMoreBytes }
            length = UInt64(extended)
            headerLength += 2
        case 127:
            guard let extended = buffer.getInteger(at: start + 2, as: UInt64.self) else { return .needMoreBytes }
            length = extended
            headerLength += 8
        case let short:
            length = UInt64(short)
        }
        if isControl {
            guard fin else { return .invalid(.fragmentedControlFrame) }
            guard length <= 125 else { return .invalid(.multiByteControlFrameLength) }
        }
        // Also catches a 64-bit length with its top bit set, which RFC 6455 forbids.
        guard length <= UInt64(maxFrameSize) else { return .invalid(.invalidFrameLength) }
        var maskKey: WebSocketMaskingKey?
        if masked {
            // A view, not `getBytes`: no array allocated per frame.
            guard let key = buffer.viewBytes(at: start + headerLength, length: 4) else { return .needMoreBytes }
            maskKey = WebSocketMaskingKey(key)
            headerLength += 4
        }
        guard buffer.readableBytes >= headerLength + Int(length) else { return .needMoreBytes }
        buffer.moveReaderIndex(forwardBy: headerLength)
        let payload = buffer.readSlice(length: Int(length))!
        return .frame(
            WebSocketFrame(
                fin: fin, rsv1: first & 0x40 != 0, rsv2: first & 0x20 != 0, rsv3: first & 0x10 != 0,
                opcode: WebSocketOpcode(encodedWebSocketOpcode: opcodeBits)!, maskKey: maskKey, data: payload))
    }
}

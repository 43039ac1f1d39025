import NIOCore
import NIOWebSocket

/// One frame a client sent (RFC 6455 §5.2), as ``InboundFrameParser`` cut it: the header's bits
/// and the payload, already unmasked.
///
/// Our own value rather than NIOWebSocket's `WebSocketFrame`, which boxes its fields in a class
/// and whose masking key is built through an unspecialised generic initialiser: the two cost
/// six allocations per ack (a `perf` probe on `malloc`, `Benchmarks/RESULTS.md`).
package struct InboundFrame: Equatable, Sendable {
    package var fin: Bool
    package var rsv1: Bool
    package var rsv2: Bool
    package var rsv3: Bool
    package var opcode: WebSocketOpcode
    /// Whether the client masked it, as a client must (the mask itself is removed).
    package var masked: Bool
    package var payload: ByteBuffer

    package init(
        fin: Bool = true, rsv1: Bool = false, rsv2: Bool = false, rsv3: Bool = false, opcode: WebSocketOpcode,
        masked: Bool = true, payload: ByteBuffer
    ) {
        self.fin = fin
        self.rsv1 = rsv1
        self.rsv2 = rsv2
        self.rsv3 = rsv3
        self.opcode = opcode
        self.masked = masked
        self.payload = payload
    }

    /// The payload's length in bytes.
    package var length: Int { payload.readableBytes }
}

/// Cuts a client's WebSocket frames (RFC 6455 §5.2) out of the bytes its socket delivers.
///
/// It does what NIOWebSocket's `WebSocketFrameDecoder` does for a server (same frames, same
/// `NIOWebSocketError`s) but lives inside ``WebSocketSession`` instead of a decoder handler of
/// its own: a `ByteToMessageHandler` with its context and buffers cost ~540 bytes on every idle
/// connection, about a seventh of it (heaptrack, `Benchmarks/RESULTS.md`). It holds no buffer
/// between reads unless a frame arrived in pieces, and then at most one frame's bytes: a header
/// announcing more than `maxFrameSize` is an error before its payload is waited for.
///
/// Payloads are unmasked in place, in the bytes of the read: copied first only when someone else
/// still holds them (SwiftNIO's read buffer, an earlier payload still kept, a fragment the
/// assembler keeps); checks that depend on the connection (a client must mask,
/// RSV bits need an extension, opcodes) are the ``InboundMessageAssembler``'s.
package struct InboundFrameParser {
    /// What the bytes read so far hold next.
    package enum Next {
        case frame(InboundFrame)
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
    package mutating func append(_ bytes: consuming ByteBuffer) {
        guard !failed else { return }
        guard var buffer = pending else {
            pending = consume bytes  // taken over: unmasking in place then copies nothing
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
        // Taken out, so that `buffer` is the only reference the parser holds while it unmasks.
        guard !failed, var buffer = pending.take() else { return .needMoreBytes }
        let result = Self.parse(&buffer, maxFrameSize: maxFrameSize)
        switch result {
        case .frame:
            pending = buffer.readableBytes > 0 ? buffer : nil
        case .needMoreBytes:
            pending = buffer
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
        var maskKey: UInt32?
        if masked {
            guard let key = buffer.getInteger(at: start + headerLength, as: UInt32.self) else { return .needMoreBytes }
            maskKey = key
            headerLength += 4
        }
        guard buffer.readableBytes >= headerLength + Int(length) else { return .needMoreBytes }
        buffer.moveReaderIndex(forwardBy: headerLength)
        if let maskKey, length > 0 { unmask(&buffer, length: Int(length), key: maskKey) }
        let payload = buffer.readSlice(length: Int(length))!
        return .frame(
            InboundFrame(
                fin: fin, rsv1: first & 0x40 != 0, rsv2: first & 0x20 != 0, rsv3: first & 0x10 != 0,
                opcode: WebSocketOpcode(encodedWebSocketOpcode: opcodeBits)!, masked: masked, payload: payload))
    }

    /// XORs the `length` readable bytes at the front of `buffer` with `key` (RFC 6455 §5.3), in
    /// place, eight bytes at a time.
    private static func unmask(_ buffer: inout ByteBuffer, length: Int, key: UInt32) {
        // The key's four bytes, in memory order, twice over.
        var mask: UInt64 = 0
        withUnsafeMutableBytes(of: &mask) { bytes in
            for index in 0..<8 { bytes[index] = UInt8(truncatingIfNeeded: key >> (24 - 8 * (index & 3))) }
        }
        buffer.withUnsafeMutableReadableBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var index = 0
            while index + 8 <= length {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                base.storeBytes(of: word ^ mask, toByteOffset: index, as: UInt64.self)
                index += 8
            }
            withUnsafeBytes(of: mask) { maskBytes in
                while index < length {
                    bytes[index] ^= maskBytes[index & 7]
                    index += 1
                }
            }
        }
    }
}

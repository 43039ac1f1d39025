import CreaseProtocol
import NIOCore
import NIOWebSocket

/// Server-to-client WebSocket frames as finished wire bytes (RFC 6455 §5.2: FIN set, unmasked).
///
/// Encoding a frame once and writing the same `ByteBuffer` to every socket is what makes a
/// delivery a pointer enqueue: NIO writes the shared storage without copying it.
public enum ServerFrame {
    /// One complete frame: header and payload.
    public static func encode(
        opcode: WebSocketOpcode, payload: some Collection<UInt8>, rsv1: Bool = false
    ) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(payload.count + 10)
        writeHeader(opcode: opcode, length: payload.count, rsv1: rsv1, into: &buffer)
        buffer.writeBytes(payload)
        return buffer
    }

    /// One complete frame around a payload already in a buffer.
    public static func encode(opcode: WebSocketOpcode, payload: ByteBuffer, rsv1: Bool = false) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(payload.readableBytes + 10)
        writeHeader(opcode: opcode, length: payload.readableBytes, rsv1: rsv1, into: &buffer)
        var payload = payload
        buffer.writeBuffer(&payload)
        return buffer
    }

    public static func text(_ payload: [UInt8]) -> ByteBuffer { encode(opcode: .text, payload: payload) }

    /// A close frame with a status code and a reason (truncated to fit the 125-byte limit).
    public static func close(_ code: CloseCode, reason: String = "") -> ByteBuffer {
        closeRaw(code.rawValue, reason: reason)
    }

    public static func closeRaw(_ code: UInt16, reason: String = "") -> ByteBuffer {
        var payload: [UInt8] = [UInt8(code >> 8), UInt8(code & 0xFF)]
        var reasonBytes = Array(reason.utf8.prefix(123))
        // Never cut a UTF-8 sequence in half: drop trailing continuation bytes and their lead.
        while let last = reasonBytes.last, last & 0xC0 == 0x80 { reasonBytes.removeLast() }
        if let last = reasonBytes.last, last & 0x80 != 0 { reasonBytes.removeLast() }
        payload += reasonBytes
        return encode(opcode: .connectionClose, payload: payload)
    }

    private static func writeHeader(opcode: WebSocketOpcode, length: Int, rsv1: Bool, into buffer: inout ByteBuffer) {
        var first: UInt8 = 0x80 | UInt8(webSocketOpcode: opcode)
        if rsv1 { first |= 0x40 }
        buffer.writeInteger(first)
        switch length {
        case 0...125:
            buffer.writeInteger(UInt8(length))
        case 126...Int(UInt16.max):
            buffer.writeInteger(UInt8(126))
            buffer.writeInteger(UInt16(length))
        default:
            buffer.writeInteger(UInt8(127))
            buffer.writeInteger(UInt64(length))
        }
    }
}

/// A published delta ready for fan-out: its header fields and its frame, encoded once.
struct DeltaFrame: Sendable {
    let seq: Int64
    let priority: Priority
    /// Publish time, milliseconds since the Unix epoch.
    let timestamp: Int64
    /// The complete text frame carrying the delta JSON exactly as it came off the bus.
    let wire: ByteBuffer
    /// Its compressed frames per deflate cohort; nil when compression is off or the delta is
    /// below `COMPRESSION_MIN_BYTES`.
    let cohorts: DeflateCohorts?
    /// Its frames in the match's shared deflate streams (`COMPRESSION=context`), set by the
    /// match's actor before the fan-out; nil for snapshots and replays, which are no stream's.
    var shared: SharedFrames?

    /// - Parameter compressionMinBytes: nil when compression is off.
    init(seq: Int64, priority: Priority, timestamp: Int64, payload: ByteBuffer, compressionMinBytes: Int? = nil) {
        self.seq = seq
        self.priority = priority
        self.timestamp = timestamp
        let wire = ServerFrame.encode(opcode: .text, payload: payload)
        self.wire = wire
        if let compressionMinBytes, payload.readableBytes >= compressionMinBytes {
            // The payload as a slice of the frame: the history keeps its bytes once.
            self.cohorts = DeflateCohorts(payload: Self.payload(of: wire), minimumBytes: compressionMinBytes)
        } else {
            self.cohorts = nil
        }
    }

    /// The delta JSON: a slice of ``wire``, sharing its bytes.
    var payload: ByteBuffer { Self.payload(of: wire) }

    /// What a conflating subscriber's queue needs to fold this delta with the next.
    var conflation: OutboundQueue<ByteBuffer>.Conflation { .init(from: seq, seq: seq, text: payload) }

    /// Past the header of an unmasked server frame: 2, 4 or 10 bytes, by its length code.
    private static func payload(of wire: ByteBuffer) -> ByteBuffer {
        let code = wire.getInteger(at: wire.readerIndex + 1, as: UInt8.self)! & 0x7F
        let header = code < 126 ? 2 : code == 126 ? 4 : 10
        return wire.getSlice(at: wire.readerIndex + header, length: wire.readableBytes - header)!
    }
}

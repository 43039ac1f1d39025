import CreaseProtocol
import NIOCore
import NIOWebSocket
import Synchronization

/// What one connection agreed for permessage-deflate, kept small (it lives in every connection).
struct NegotiatedDeflate: Sendable, Equatable {
    /// The server window size: the connection's deflate cohort.
    let windowBits: UInt8
    /// The client may keep its compression context between messages, so its messages need an
    /// inflate stream of their own.
    let clientKeepsContext: Bool

    init(_ parameters: PerMessageDeflate) {
        windowBits = UInt8(parameters.serverWindowBits)
        clientKeepsContext = !parameters.clientNoContextTakeover
    }
}

/// The zlib streams of one event loop, shared by all its connections: one deflater per server
/// window size in use, one inflater for clients without context takeover. Created on first
/// need; touched only on that loop.
final class LoopCodecs {
    private var deflaters: [MessageDeflater?] = Array(repeating: nil, count: 8)
    private(set) lazy var sharedInflater = MessageInflater(keepsContext: false)

    func deflater(windowBits: Int) -> MessageDeflater {
        if let deflater = deflaters[windowBits - 8] { return deflater }
        let deflater = MessageDeflater(windowBits: windowBits)
        deflaters[windowBits - 8] = deflater
        return deflater
    }

    /// A complete frame for `payload`: compressed (RSV1) when it reaches `minimumBytes` and
    /// deflate shrinks it, plain otherwise.
    func frame(
        opcode: WebSocketOpcode, payload: ByteBuffer, windowBits: Int, minimumBytes: Int, metrics: GatewayMetrics
    ) -> ByteBuffer {
        guard payload.readableBytes >= minimumBytes, payload.readableBytes > 0 else {
            return ServerFrame.encode(opcode: opcode, payload: payload)
        }
        let start = NIODeadline.now()
        let compressed = payload.withUnsafeReadableBytes { deflater(windowBits: windowBits).compress($0) }
        metrics.recordDeflate(
            inputBytes: payload.readableBytes, outputBytes: compressed?.count ?? payload.readableBytes,
            nanoseconds: (NIODeadline.now() - start).nanoseconds)
        // Incompressible input (or a zlib failure) goes out as it is: RSV1 is per message.
        guard let compressed, compressed.count < payload.readableBytes else {
            return ServerFrame.encode(opcode: opcode, payload: payload)
        }
        return ServerFrame.encode(opcode: opcode, payload: compressed, rsv1: true)
    }
}

/// One delta's compressed frames, one per deflate cohort (the subscribers that agreed the same
/// server window size), each deflated once, on first need, by whichever event loop needs it
/// first, and then shared by every loop.
///
/// Deflate work per delta is therefore O(window sizes in use), never O(subscribers).
final class DeflateCohorts: Sendable {
    private let payload: ByteBuffer
    private let minimumBytes: Int
    private let frames = Mutex<[ByteBuffer?]>(Array(repeating: nil, count: 8))

    init(payload: ByteBuffer, minimumBytes: Int) {
        self.payload = payload
        self.minimumBytes = minimumBytes
    }

    /// The frame for the cohort of `windowBits`, deflating it with `codecs` if no loop has yet.
    func frame(windowBits: Int, codecs: LoopCodecs, metrics: GatewayMetrics) -> ByteBuffer {
        frames.withLock { frames in
            if let frame = frames[windowBits - 8] { return frame }
            // Held while deflating: a second loop wanting the same cohort waits a few µs rather
            // than deflating the same bytes again.
            let frame = codecs.frame(
                opcode: .text, payload: payload, windowBits: windowBits, minimumBytes: minimumBytes, metrics: metrics)
            frames[windowBits - 8] = frame
            return frame
        }
    }
}

extension DeltaFrame {
    /// The frame a subscriber with `deflate` receives (deflated with `codecs` if no loop has yet).
    func wire(for deflate: NegotiatedDeflate?, codecs: LoopCodecs, metrics: GatewayMetrics) -> ByteBuffer {
        guard let deflate, let cohorts else { return wire }
        return cohorts.frame(windowBits: Int(deflate.windowBits), codecs: codecs, metrics: metrics)
    }
}

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
    /// The client's decoder keeps its window between messages (`COMPRESSION=context`): it may
    /// take a seat in a match's shared deflate stream.
    let serverKeepsContext: Bool

    init(_ parameters: PerMessageDeflate) {
        windowBits = UInt8(parameters.serverWindowBits)
        clientKeepsContext = !parameters.clientNoContextTakeover
        serverKeepsContext = !parameters.serverNoContextTakeover
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

    /// Gives the cohort of `windowBits` the frame deflated elsewhere from the same bytes by a
    /// fresh stream (a shared stream's epoch start): the same bytes a deflate here would give.
    func seed(windowBits: Int, frame: ByteBuffer) {
        frames.withLock { frames in
            if frames[windowBits - 8] == nil { frames[windowBits - 8] = frame }
        }
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

/// One delta's frames in its match's shared deflate streams (``SharedDeflateStream``), one per
/// window size that has subscribers who let the server keep its context; built by the match's
/// actor, in seq order, before the fan-out.
final class SharedFrames: Sendable {
    struct Frame: Sendable {
        let windowBits: UInt8
        let position: StreamPosition
        /// The complete RSV1 frame.
        let wire: ByteBuffer
    }

    let frames: [Frame]

    init(_ frames: [Frame]) { self.frames = frames }

    func frame(windowBits: UInt8) -> Frame? {
        for frame in frames where frame.windowBits == windowBits { return frame }
        return nil
    }
}

/// A match's shared deflate streams, by window size, while it has subscribers that let the
/// server keep its context (`COMPRESSION=context`). Owned by the match's actor.
struct SharedDeflateStreams {
    private var streams: [SharedDeflateStream?] = Array(repeating: nil, count: 8)
    /// Subscribers per window size that may take a seat.
    private var seatable: [Int32] = Array(repeating: 0, count: 8)

    var isEmpty: Bool { seatable.allSatisfy { $0 == 0 } }

    mutating func add(windowBits: UInt8) { seatable[Int(windowBits) - 8] += 1 }

    /// The last subscriber of a window size gone, its stream (and zlib state) goes too.
    mutating func remove(windowBits: UInt8) {
        let slot = Int(windowBits) - 8
        seatable[slot] -= 1
        if seatable[slot] <= 0 {
            seatable[slot] = 0
            streams[slot] = nil
        }
    }

    /// `delta`'s frame in each stream in use, deflated once each (and, at an epoch's start, given
    /// to the delta's frames without context too: they are the same bytes). Nil where no
    /// subscriber may take a seat.
    ///
    /// Every delta goes through the streams, whatever its size: `COMPRESSION_MIN_BYTES` is for
    /// messages deflated on their own, where a small one gains little; with the context, a
    /// 150-byte delta shrinks like a large one (51.5 against 97.3 bytes a delta on the wire
    /// with and without the small ones, `Benchmarks/RESULTS.md`), for the same one deflate.
    mutating func frames(for delta: DeltaFrame, metrics: GatewayMetrics) -> SharedFrames? {
        guard !isEmpty else { return nil }
        var frames: [SharedFrames.Frame] = []
        let payload = delta.payload
        for slot in 0..<8 where seatable[slot] > 0 {
            let windowBits = slot + 8
            if streams[slot] == nil { streams[slot] = SharedDeflateStream(windowBits: windowBits) }
            let start = NIODeadline.now()
            let compressed = payload.withUnsafeReadableBytes { streams[slot]!.compress($0) }
            metrics.recordDeflate(
                inputBytes: payload.readableBytes, outputBytes: compressed?.payload.count ?? payload.readableBytes,
                nanoseconds: (NIODeadline.now() - start).nanoseconds)
            guard let compressed else { continue }
            let wire = ServerFrame.encode(opcode: .text, payload: compressed.payload, rsv1: true)
            if compressed.position.startsEpoch, compressed.payload.count < payload.readableBytes {
                delta.cohorts?.seed(windowBits: windowBits, frame: wire)
            }
            frames.append(.init(windowBits: UInt8(windowBits), position: compressed.position, wire: wire))
        }
        return frames.isEmpty ? nil : SharedFrames(frames)
    }
}

extension DeltaFrame {
    /// The frame a subscriber with `deflate` receives (deflated with `codecs` if no loop has yet).
    func wire(for deflate: NegotiatedDeflate?, codecs: LoopCodecs, metrics: GatewayMetrics) -> ByteBuffer {
        guard let deflate, let cohorts else { return wire }
        return cohorts.frame(windowBits: Int(deflate.windowBits), codecs: codecs, metrics: metrics)
    }
}

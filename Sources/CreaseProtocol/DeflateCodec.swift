import CZlib

/// Compresses whole messages for permessage-deflate (RFC 7692 §7.2.1) with one reusable zlib
/// stream, by default keeping no context between messages (what `*_no_context_takeover` asks).
///
/// Not thread-safe: each owner (an event loop, a client) keeps its own. The zlib state (about
/// 2^(bits+2) + 128 KiB) is allocated once, at first use, and reset between messages.
public final class MessageDeflater {
    public let windowBits: Int
    /// Whether later messages may refer back to earlier ones (context takeover).
    public let keepsContext: Bool
    private var stream: UnsafeMutablePointer<z_stream>?

    /// - Parameter windowBits: 8…15. zlib cannot deflate with a 256-byte window, so 8 deflates
    ///   with run-length matches only (distance 1), which any window size inflates.
    public init(windowBits: Int, keepsContext: Bool = false) {
        precondition((8...15).contains(windowBits), "window bits must be 8…15")
        self.windowBits = windowBits
        self.keepsContext = keepsContext
    }

    deinit {
        if let stream {
            deflateEnd(stream)
            stream.deallocate()
        }
    }

    /// The compressed payload of one message: raw deflate, sync-flushed, without the trailing
    /// `00 00 ff ff`. Nil if zlib fails.
    public func compress(_ input: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let stream = prepared() else { return nil }
        defer { if !keepsContext { deflateReset(stream) } }
        // Room for the worst case (stored blocks) plus the flush marker.
        let capacity = Int(deflateBound(stream, uLong(input.count))) + 16
        var output = [UInt8](repeating: 0, count: capacity)
        let written: Int? = output.withUnsafeMutableBytes { out in
            stream.pointee.next_in = UnsafeMutablePointer(
                mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(input.count)
            stream.pointee.next_out = out.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(out.count)
            let status = deflate(stream, Z_SYNC_FLUSH)
            // Room was left for everything: all input read, and output space to spare.
            guard status == Z_OK, stream.pointee.avail_in == 0, stream.pointee.avail_out > 0 else { return nil }
            return out.count - Int(stream.pointee.avail_out)
        }
        guard var count = written, count >= 4 else { return nil }
        // RFC 7692 §7.2.1: the sync flush ends with an empty stored block, 00 00 ff ff; drop it.
        if output[count - 4] == 0, output[count - 3] == 0, output[count - 2] == 0xFF, output[count - 1] == 0xFF {
            count -= 4
        }
        output.removeSubrange(count...)
        return output
    }

    /// Forgets the context: the next message refers to nothing before it, as if this deflater
    /// were new (its output for the next message is byte for byte a new deflater's).
    public func reset() {
        if let stream { deflateReset(stream) }
    }

    public func compress(_ input: some Collection<UInt8>) -> [UInt8]? {
        if let result = input.withContiguousStorageIfAvailable({ compress(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(input).withUnsafeBytes { compress($0) }
    }

    private func prepared() -> UnsafeMutablePointer<z_stream>? {
        if let stream { return stream }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let bits = Int32(max(windowBits, 9))
        let strategy = windowBits == 8 ? Z_RLE : Z_DEFAULT_STRATEGY
        let status = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -bits, 8, strategy, zlibVersion(),
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            return nil
        }
        self.stream = stream
        return stream
    }
}

/// Inflates permessage-deflate messages with a cap on the inflated size, so that a small
/// compressed message cannot make the server allocate more than the cap (a deflate bomb).
///
/// Not thread-safe: one per event loop when clients reset their context after every message, one
/// per connection (created at that connection's first compressed message) when they may not.
public final class MessageInflater {
    /// Why a message could not be inflated.
    public enum Failure: Error, Equatable {
        /// It inflates past the cap.
        case tooLarge
        /// It is not valid deflate data.
        case corrupt
    }

    /// Whether the LZ77 window carries over from one message to the next (client context
    /// takeover).
    public let keepsContext: Bool
    /// The window the peer compresses with, 8…15; 15 inflates data written with any.
    public let windowBits: Int
    private var stream: UnsafeMutablePointer<z_stream>?
    /// Where inflate writes before the bytes are appended to the result.
    private var scratch: [UInt8] = []
    private static let tail: [UInt8] = [0x00, 0x00, 0xFF, 0xFF]

    public init(keepsContext: Bool = false, windowBits: Int = 15) {
        precondition((8...15).contains(windowBits), "window bits must be 8…15")
        self.keepsContext = keepsContext
        self.windowBits = windowBits
    }

    deinit {
        if let stream {
            inflateEnd(stream)
            stream.deallocate()
        }
    }

    /// Inflates one message's payload (the `00 00 ff ff` tail is added here).
    public func decompress(_ input: some Collection<UInt8>, limit: Int) -> Result<[UInt8], Failure> {
        if let result = input.withContiguousStorageIfAvailable({ decompress(UnsafeRawBufferPointer($0), limit: limit) })
        {
            return result
        }
        return Array(input).withUnsafeBytes { decompress($0, limit: limit) }
    }

    /// Inflates one message's payload (the `00 00 ff ff` tail is added here).
    public func decompress(_ input: UnsafeRawBufferPointer, limit: Int) -> Result<[UInt8], Failure> {
        guard let stream = prepared() else { return .failure(.corrupt) }
        defer { if !keepsContext { inflateReset(stream) } }
        var output: [UInt8] = []
        // One scratch buffer for the stream's life, at most 4 KiB: it is written whole when made
        // and lives as long as the stream (a connection's, for a client that keeps its
        // context), while a larger message only takes a few more turns of the loop below.
        let wanted = min(max(limit + 1, 64), 4_096)
        if scratch.count < wanted { scratch = [UInt8](repeating: 0, count: wanted) }
        // The message, then RFC 7692 §7.2.2's tail: two inputs, no copy of the message.
        return Self.tail.withUnsafeBytes { tail -> Result<[UInt8], Failure> in
            for isTail in [false, true] {
                let part = isTail ? tail : input
                stream.pointee.next_in = UnsafeMutablePointer(
                    mutating: part.baseAddress?.assumingMemoryBound(to: Bytef.self))
                stream.pointee.avail_in = uInt(part.count)
                while true {
                    // Never more than one byte past the cap: a bomb costs the inflating of
                    // `limit + 1` bytes, not of a whole further chunk.
                    let room = min(scratch.count, limit + 1 - output.count)
                    let status: Int32 = scratch.withUnsafeMutableBytes { out in
                        stream.pointee.next_out = out.baseAddress!.assumingMemoryBound(to: Bytef.self)
                        stream.pointee.avail_out = uInt(room)
                        return inflate(stream, Z_SYNC_FLUSH)
                    }
                    let count = room - Int(stream.pointee.avail_out)
                    // Stop as soon as the cap is passed.
                    guard output.count + count <= limit else { return .failure(.tooLarge) }
                    output.append(contentsOf: scratch[0..<count])
                    switch status {
                    case Z_OK:
                        if stream.pointee.avail_in == 0, stream.pointee.avail_out > 0 { break }
                        continue
                    case Z_BUF_ERROR:
                        // No progress possible: this part is used up (or was empty).
                        if stream.pointee.avail_in == 0 { break }
                        return .failure(.corrupt)
                    case Z_STREAM_END:
                        // A final block (BFINAL) ended the stream: whatever follows is the tail.
                        inflateReset(stream)
                        return isTail || stream.pointee.avail_in == 0 ? .success(output) : .failure(.corrupt)
                    default:
                        inflateReset(stream)
                        return .failure(.corrupt)
                    }
                    break
                }
            }
            return .success(output)
        }
    }

    private func prepared() -> UnsafeMutablePointer<z_stream>? {
        if let stream { return stream }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard inflateInit2_(stream, -Int32(windowBits), zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else {
            stream.deallocate()
            return nil
        }
        self.stream = stream
        return stream
    }
}

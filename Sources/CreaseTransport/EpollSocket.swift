#if os(Linux)
import CEpoll
import DequeModule
import Glibc
import NIOCore

/// What an ``EpollSocket`` tells its owner, on the loop.
public protocol EpollSocketDelegate: AnyObject {
    /// Bytes read from the socket, in order; the delegate takes them over (no one else holds
    /// them, so they may be changed in place without a copy).
    func socketRead(_ bytes: consuming ByteBuffer)
    /// The socket's writability changed: false once more than the high-water mark waits to be
    /// written, true again below the low-water mark. Reported synchronously, like NIO does.
    func socketWritabilityChanged(_ isWritable: Bool)
    /// The socket is closed (by either side); reported once, as the loop's next job.
    func socketClosed()
}

/// One connected TCP socket on an ``EpollEventLoop``: non-blocking reads handed to its
/// delegate; writes copied into the loop's cork and sent with one `send` per flush, or, while
/// bytes wait for the kernel, queued and sent with one gathering `sendmsg`.
///
/// It is the whole per-connection footprint of the transport: a descriptor, a queue that
/// holds buffers only while the kernel does not take them, and a few flags; an idle socket
/// owns no buffer.
///
/// Guarantees: bytes leave in the order written; nothing written after `close()` is sent;
/// `socketClosed()` comes exactly once, after which the delegate is let go. Touched only on its
/// loop.
public final class EpollSocket: EpollRegistration {
    public struct WaterMarks: Sendable {
        public var low: Int
        public var high: Int
        public init(low: Int, high: Int) {
            self.low = low
            self.high = high
        }
    }

    private enum Ending {
        case none
        /// Close once everything flushed has been written.
        case closeWhenWritten
        /// Half-close (FIN) once everything flushed has been written, then read until the
        /// peer's FIN.
        case shutDownOutputWhenWritten
    }

    public private(set) var descriptor: Int32
    // The water marks in 32 bits each (clamped), beside the descriptor: every connection has a
    // socket, and this keeps its object within a smaller allocation (16 bytes a connection).
    private var lowWaterMark: UInt32
    private var highWaterMark: UInt32
    private unowned let loop: EpollEventLoop
    private var delegate: (any EpollSocketDelegate)?
    private var pending = Deque<ByteBuffer>()
    /// How many of `pending`, from its front, were flushed.
    private var flushedCount = 0
    private var pendingBytes = 0
    public private(set) var isWritable = true
    private var readingPaused = false
    private var waitingForOutput = false
    private var outputShutDown = false
    private var ending = Ending.none
    /// Inside `writeFlushed()`: a flush from a delegate callback only asks for another round.
    private var writing = false
    private var flushAgain = false

    /// Takes ownership of `descriptor` (connected, non-blocking) and registers it with `loop`;
    /// call on the loop. `replacing`: the registration the descriptor has on `loop` now, which
    /// this socket takes over.
    public init(
        descriptor: Int32, loop: EpollEventLoop, waterMarks: WaterMarks, replacing: EpollRegistration? = nil
    ) throws {
        loop.preconditionInEventLoop()
        self.descriptor = descriptor
        self.loop = loop
        self.lowWaterMark = UInt32(clamping: waterMarks.low)
        self.highWaterMark = UInt32(clamping: waterMarks.high)
        super.init()
        do {
            if let replacing {
                try loop.reregister(replacing, as: self, fd: descriptor, events: interest)
            } else {
                try loop.register(self, fd: descriptor, events: interest)
            }
        } catch {
            if let replacing { loop.deregister(replacing, fd: descriptor) }
            Glibc.close(descriptor)
            self.descriptor = -1
            throw error
        }
    }

    /// Sets who hears of reads, writability and the close; the socket keeps it until closed.
    public func start(delegate: any EpollSocketDelegate) {
        self.delegate = delegate
    }

    private var interest: UInt32 {
        // Paused, not even the peer's FIN is asked for: level-triggered, it would wake the loop
        // over and over (a hang-up or error is reported regardless).
        var events: UInt32 = readingPaused ? 0 : CREASE_EPOLLIN | CREASE_EPOLLRDHUP
        if waitingForOutput { events |= CREASE_EPOLLOUT }
        return events
    }

    private func updateInterest() {
        guard descriptor >= 0 else { return }
        loop.modify(self, fd: descriptor, events: interest)
    }

    // MARK: Readiness

    public override func ready(_ events: UInt32) {
        guard descriptor >= 0 else { return }
        if events & CREASE_EPOLLOUT != 0 {
            writeFlushed()
        }
        if events & (CREASE_EPOLLIN | CREASE_EPOLLHUP | CREASE_EPOLLERR | CREASE_EPOLLRDHUP) != 0, !readingPaused {
            readAvailable()
        }
        if events & (CREASE_EPOLLHUP | CREASE_EPOLLERR) != 0 {
            close()
        }
    }

    /// Reads what the kernel holds (at most four reads, then the loop's other sockets get
    /// their turn; level-triggered epoll brings us back).
    private func readAvailable() {
        for _ in 0..<4 {
            guard descriptor >= 0, !readingPaused else { return }
            let count = Glibc.read(descriptor, loop.scratch.baseAddress, loop.scratch.count)
            if count > 0 {
                var buffer = loop.allocator.buffer(capacity: count)
                buffer.writeBytes(UnsafeRawBufferPointer(rebasing: loop.scratch[0..<count]))
                delegate?.socketRead(consume buffer)  // the only reference: unmasked in place
                if count < loop.scratch.count { return }
            } else if count == 0 {
                close()  // the peer's FIN: remote half-closure is not kept open
                return
            } else {
                let error = errno
                if error == EAGAIN || error == EWOULDBLOCK || error == EINTR { return }
                close()
                return
            }
        }
    }

    // MARK: Writing

    /// Queues `bytes`; nothing is sent before ``flush()``.
    public func write(_ bytes: ByteBuffer) {
        let count = bytes.readableBytes
        // Nothing to send: an empty write must not take the cork from another socket.
        guard descriptor >= 0, !outputShutDown, ending == .none, count > 0 else { return }
        let loop = self.loop  // one strong reference for the call, not one per use
        let holding = loop.corked === self
        if pending.isEmpty, count <= loop.cork.count - (holding ? loop.corkedBytes : 0) {
            // The usual case: nothing waits in the kernel's way, so the bytes go into the loop's
            // cork, sent with this socket's flush.
            if !holding {
                loop.corked?.uncork()
                loop.corked = self
            }
            bytes.withUnsafeReadableBytes { source in
                (loop.cork.baseAddress! + loop.corkedBytes).copyMemory(from: source.baseAddress!, byteCount: count)
            }
            loop.corkedBytes += count
        } else {
            if holding { uncork() }  // what was corked goes first
            // Storage for a few frames at once: a flush usually follows a handful of writes, and
            // growing from nothing cost an allocation per frame (the queue is dropped when empty).
            if pending.isEmpty { pending.reserveCapacity(4) }
            pending.append(bytes)
        }
        pendingBytes += count
        if isWritable, pendingBytes > Int(highWaterMark) {
            isWritable = false
            delegate?.socketWritabilityChanged(false)
        }
    }

    /// Moves this socket's bytes in the loop's cork to the end of its own queue (another socket
    /// writes, or this one needs a queue). Counted in `pendingBytes` already.
    private func uncork() {
        let loop = self.loop
        let count = loop.corkedBytes
        loop.corked = nil
        loop.corkedBytes = 0
        guard count > 0 else { return }
        var buffer = loop.allocator.buffer(capacity: count)
        buffer.writeBytes(UnsafeRawBufferPointer(rebasing: loop.cork[0..<count]))
        pending.append(buffer)
    }

    /// Sends this socket's bytes in the loop's cork (its queue is empty); what the kernel does not
    /// take moves to the queue, and the socket waits for output.
    private func sendCorked() {
        let loop = self.loop
        let count = loop.corkedBytes
        loop.corked = nil
        loop.corkedBytes = 0
        var written = 0
        while written < count {
            let result = send(descriptor, loop.cork.baseAddress! + written, count - written, Int32(MSG_NOSIGNAL))
            if result > 0 {
                written += result
                continue
            }
            let error = errno
            if result < 0, error == EINTR { continue }
            if result < 0, error != EAGAIN, error != EWOULDBLOCK {
                close()
                return
            }
            break  // the kernel's buffer is full
        }
        pendingBytes -= written
        guard written < count else { return }
        var rest = loop.allocator.buffer(capacity: count - written)
        rest.writeBytes(UnsafeRawBufferPointer(rebasing: loop.cork[written..<count]))
        pending.append(rest)
        waitForOutput(true)
    }

    /// Sends everything written so far (one `send` of the cork, or one gathering `sendmsg` of
    /// the queue, when the kernel takes it all).
    public func flush() {
        guard descriptor >= 0 else { return }
        if loop.corked === self {
            if pending.isEmpty, !waitingForOutput, !writing {
                sendCorked()
                guard descriptor >= 0 else { return }
            } else {
                uncork()
            }
        }
        flushedCount = pending.count
        guard !waitingForOutput else { return }  // EPOLLOUT will continue
        writeFlushed()
    }

    private func writeFlushed() {
        if writing {
            flushAgain = true
            return
        }
        writing = true
        defer { writing = false }
        repeat {
            flushAgain = false
            writeRounds()
        } while flushAgain && descriptor >= 0
    }

    private func writeRounds() {
        while descriptor >= 0, flushedCount > 0 {
            let count = min(flushedCount, EpollEventLoop.maxIOVecs)
            for index in 0..<count {
                pending[index].withUnsafeReadableBytesWithStorageManagement { bytes, storage in
                    // The storage is retained until after the write, so the pointer stays valid.
                    loop.storages[index] = storage.retain()
                    loop.iovecs[index] = iovec(
                        iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count)
                }
            }
            // sendmsg, not writev: no SIGPIPE from a peer that is gone, and the socket path
            // without the file-position lock of the generic one.
            var message = msghdr()
            message.msg_iov = loop.iovecs.baseAddress
            message.msg_iovlen = count
            let written = sendmsg(descriptor, &message, Int32(MSG_NOSIGNAL))
            let error = errno
            for index in 0..<count {
                loop.storages[index]?.release()
                loop.storages[index] = nil
            }
            if written < 0 {
                if error == EAGAIN || error == EWOULDBLOCK {
                    waitForOutput(true)
                    return
                }
                if error == EINTR { continue }
                close()
                return
            }
            consume(written)
            if flushedCount > 0, written == 0 {
                waitForOutput(true)
                return
            }
        }
        guard descriptor >= 0 else { return }
        waitForOutput(false)
        if !isWritable, pendingBytes < Int(lowWaterMark) {
            isWritable = true
            delegate?.socketWritabilityChanged(true)  // may write and flush again
        }
        if flushedCount == 0 { endIfWritten() }
    }

    /// Holds less from now on: water marks `bytes` and `bytes / 4`, and the kernel's send buffer
    /// (`SO_SNDBUF`) `bytes`. What is held already stays; the next write past the new high mark
    /// makes the socket unwritable (no writability change is reported from here).
    public func limitBuffering(to bytes: Int) {
        lowWaterMark = UInt32(clamping: max(1, bytes / 4))
        highWaterMark = UInt32(clamping: bytes)
        guard descriptor >= 0 else { return }
        var size = Int32(clamping: bytes)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Drops `count` written bytes from the front of the queue.
    private func consume(_ count: Int) {
        var left = count
        pendingBytes -= count
        while left > 0 {
            let size = pending[0].readableBytes
            if size <= left {
                pending.removeFirst()
                flushedCount -= 1
                left -= size
            } else {
                pending[0].moveReaderIndex(forwardBy: left)
                left = 0
            }
        }
        if pending.isEmpty { pending = Deque() }  // an idle socket keeps no queue storage
    }

    private func waitForOutput(_ wait: Bool) {
        guard wait != waitingForOutput else { return }
        waitingForOutput = wait
        updateInterest()
    }

    // MARK: Input control

    /// Stops reading (TCP back-pressure on the peer) until ``resumeReading()``.
    public func pauseReading() {
        guard !readingPaused else { return }
        readingPaused = true
        updateInterest()
    }

    public func resumeReading() {
        guard readingPaused else { return }
        readingPaused = false
        updateInterest()
    }

    // MARK: Closing

    /// Closes once everything flushed so far has been written; with `halfClose`, sends a FIN
    /// instead and keeps reading until the peer's own FIN (a lingering close: the caller bounds
    /// it with a timer and ``close()``).
    public func closeWhenWritten(halfClose: Bool) {
        guard descriptor >= 0, ending == .none else { return }
        ending = halfClose ? .shutDownOutputWhenWritten : .closeWhenWritten
        if halfClose { resumeReading() }
        flush()
        if flushedCount == 0, !waitingForOutput { endIfWritten() }
    }

    private func endIfWritten() {
        switch ending {
        case .none:
            break
        case .closeWhenWritten:
            close()
        case .shutDownOutputWhenWritten:
            guard !outputShutDown else { return }
            outputShutDown = true
            if shutdown(descriptor, Int32(SHUT_WR)) != 0 { close() }
        }
    }

    /// Closes the socket now, dropping whatever waits to be written.
    public func close() {
        guard descriptor >= 0 else { return }
        loop.deregister(self, fd: descriptor)
        Glibc.close(descriptor)
        descriptor = -1
        if loop.corked === self {
            loop.corked = nil
            loop.corkedBytes = 0
        }
        pending = Deque()
        flushedCount = 0
        pendingBytes = 0
        guard let delegate else { return }
        self.delegate = nil
        let handOver = UnsafeTransfer(delegate)
        // Told as the loop's next job, so that a close inside a delegate call does not re-enter it.
        loop.execute { handOver.value.socketClosed() }
    }
}
#endif

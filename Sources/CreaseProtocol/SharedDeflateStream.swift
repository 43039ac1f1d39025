import Synchronization

/// Where a message stands in the shared deflate streams: which stream (unique in the process
/// for its life) and the message's index in it; and whether it begins an epoch (it refers to
/// nothing before it).
public struct StreamPosition: Hashable, Sendable {
    /// The stream in the high 32 bits, the index in the low 32; never 0.
    public let rawValue: UInt64
    public let startsEpoch: Bool

    public init(rawValue: UInt64, startsEpoch: Bool) {
        self.rawValue = rawValue
        self.startsEpoch = startsEpoch
    }

    func isInStream(of other: UInt64) -> Bool { rawValue >> 32 == other >> 32 }
}

/// One match's deflate stream with context takeover for one window size, shared by every
/// subscriber seated in it (a deflate cohort, ``CohortSeat``): each message is deflated once,
/// against the messages before it, and the same bytes go to every seated subscriber, which
/// decodes them with the window its own decoder built from the same messages. Compression once
/// per match with the ratio of per-connection context takeover.
///
/// Every ``epochLength`` messages the stream forgets its context: an epoch's first message refers
/// to nothing before it, so any decoder inflates it, and a client whose window differs from the
/// stream's (a new subscriber, one that missed a message) takes a seat there. Within an epoch a
/// message refers only to the epoch's earlier messages, which a seated client holds exactly.
///
/// Not thread-safe: its owner (the match's actor) deflates in seq order.
public final class SharedDeflateStream {
    /// Messages per epoch: a longer epoch compresses better (the first message of each is
    /// compressed without context: 1 in 64 costs about 3 % of the stream's bytes), a shorter one
    /// seats new subscribers sooner (meanwhile they get frames compressed without context).
    public static let epochLength: UInt32 = 64

    /// One compressed message of the stream.
    public struct Frame: Sendable {
        public let position: StreamPosition
        /// The raw deflate bytes of the message (sync-flushed, without the `00 00 ff ff` tail):
        /// the payload of an RSV1 frame.
        public let payload: [UInt8]
    }

    public let windowBits: Int
    private let deflater: MessageDeflater
    private var stream: UInt64
    private var index: UInt32 = 0
    /// After a zlib failure the stream's context is unknown: the next message starts an epoch.
    private var mustRestart = false

    /// Stream numbers handed out so far (0 is never one).
    private static let streams = Atomic<UInt64>(0)

    public init(windowBits: Int) {
        self.windowBits = windowBits
        self.deflater = MessageDeflater(windowBits: windowBits, keepsContext: true)
        self.stream = Self.newStream()
    }

    private static func newStream() -> UInt64 {
        streams.add(1, ordering: .relaxed).newValue
    }

    /// The next message's frame; nil when zlib fails (its position is spent all the same, and
    /// the next message starts an epoch: a seated client gets this message uncompressed, and
    /// its seat no longer matches the stream until that epoch).
    public func compress(_ message: UnsafeRawBufferPointer) -> Frame? {
        if index == .max {
            stream = Self.newStream()
            index = 0
        }
        let startsEpoch = index % Self.epochLength == 0 || mustRestart
        if startsEpoch { deflater.reset() }
        let position = StreamPosition(rawValue: stream << 32 | UInt64(index), startsEpoch: startsEpoch)
        index += 1
        guard let payload = deflater.compress(message) else {
            mustRestart = true
            return nil
        }
        mustRestart = false
        return Frame(position: position, payload: payload)
    }

    public func compress(_ message: some Collection<UInt8>) -> Frame? {
        if let frame = message.withContiguousStorageIfAvailable({ compress(UnsafeRawBufferPointer($0)) }) {
            return frame
        }
        return Array(message).withUnsafeBytes { compress($0) }
    }
}

/// Which shared deflate stream one client's decoder is in step with, and the position its next
/// message there must have: the rules that keep the client's decoder window identical to the
/// stream's, so that the stream's frames inflate right on it.
///
/// A client's decoder appends every message it inflates to its window, whether the message was
/// compressed with context or without. So a seated client may receive, besides its stream's
/// frames one after another, only uncompressed messages (RSV1 clear: they never reach its
/// decoder). A frame of its stream that it would miss or get otherwise ends the seat; it takes
/// a seat again at an epoch's first message. A client holds at most one seat: the messages of
/// other streams go uncompressed while it is seated (the gateway seats only clients with one
/// subscription, so that this never costs them more than compression without context).
///
/// 8 bytes, kept by every connection that agreed to server context takeover.
public struct CohortSeat: Sendable, Equatable {
    /// How to send one message to this client.
    public enum Choice: Equatable, Sendable {
        /// The stream's shared frame.
        case shared
        /// The message on its own: compressed without context (or plain).
        case own
        /// Uncompressed: this client is seated in another stream.
        case plain
    }

    /// The position of the next frame of the seated stream; 0 when not seated.
    private var next: UInt64 = 0

    public init() {}

    public var isSeated: Bool { next != 0 }

    /// A message of a stream, at `position`, written to this client now and in order.
    public mutating func write(at position: StreamPosition) -> Choice {
        if position.rawValue == next {
            next += 1
            return .shared
        }
        if position.startsEpoch, next == 0 || position.isInStream(of: next) {
            // Whatever the window holds, an epoch's first message refers to none of it.
            next = position.rawValue + 1
            return .shared
        }
        return bypass(position)
    }

    /// A message of a stream, at `position`, that reaches this client other than as the next
    /// written frame (it waits in a queue): the seat in its stream ends.
    public mutating func bypass(_ position: StreamPosition) -> Choice {
        guard next != 0 else { return .own }
        guard position.isInStream(of: next) else { return .plain }
        next = 0
        return .own
    }

    /// A message outside every stream (a reply, a snapshot, a delta with no shared frame):
    /// compressed on its own only where this client is not seated.
    public var outOfStream: Choice { next == 0 ? .own : .plain }

    /// Gives up the seat (the subscription it served ended).
    public mutating func leave() { next = 0 }
}

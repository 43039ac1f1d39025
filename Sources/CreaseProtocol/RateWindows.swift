import DequeModule

/// Counts a client's rejected messages in a sliding window (PROTOCOL.md §2.2: more than 20
/// within 10 s closes the connection with 1008). Memory is bounded by the limit.
public struct RejectionWindow: Sendable {
    private var times = Deque<UInt64>()
    // 32 bits each (a limit past 4 billion, a window past 4 billion milliseconds are clamped):
    // every connection holds one, and this keeps it at 16 bytes.
    private let storedLimit: UInt32
    private let windowMilliseconds: UInt32

    public var limit: Int { Int(storedLimit) }
    /// Nanoseconds, whole milliseconds.
    public var window: UInt64 { UInt64(windowMilliseconds) * 1_000_000 }

    /// `window` in nanoseconds (rounded down to whole milliseconds).
    public init(limit: Int = 20, window: UInt64 = 10_000_000_000) {
        self.storedLimit = UInt32(clamping: limit)
        self.windowMilliseconds = UInt32(clamping: window / 1_000_000)
    }

    /// Records a rejection at `now`; true when the client is now over the limit.
    public mutating func record(at now: UInt64) -> Bool {
        while let first = times.first, now &- first >= window { times.removeFirst() }
        times.append(now)
        if times.count > limit + 1 { times.removeFirst() }
        return times.count > limit
    }
}

/// A token bucket: `rate` tokens a second, holding at most `burst`.
public struct TokenBucket: Sendable {
    public let rate: Double
    public let burst: Double
    private var tokens: Double
    private var updatedAt: UInt64

    /// `now` in nanoseconds; the bucket starts full.
    public init(rate: Double, burst: Double, now: UInt64) {
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.updatedAt = now
    }

    /// Takes one token if there is one.
    public mutating func take(at now: UInt64) -> Bool {
        refill(at: now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }

    /// Seconds until one token will be there.
    public mutating func secondsUntilNextToken(at now: UInt64) -> Double {
        refill(at: now)
        guard tokens < 1, rate > 0 else { return 0 }
        return (1 - tokens) / rate
    }

    private mutating func refill(at now: UInt64) {
        if now > updatedAt {
            tokens = min(burst, tokens + Double(now - updatedAt) / 1e9 * rate)
            updatedAt = now
        }
    }
}

/// What one client may send: two token buckets on one clock, for frames of every kind and for
/// subscribe/unsubscribe requests (PROTOCOL.md §2.2). A client past either is not refused: its
/// socket is not read until the allowance is back (TCP back-pressure), so a flood of pings, acks
/// or requests costs the gateway at most the rates, whatever the client sends, and a client
/// within them never notices.
///
/// Guarantees: over any interval of `t` seconds a client is handed at most
/// `burst + rate × t` frames (plus the one that ran the allowance out) and as many requests by
/// the same rule. Twelve bytes per connection (integer thousandths of a token, exact); the rates
/// are shared (``Rates``).
public struct InboundAllowance: Sendable {
    /// The rates (tokens a second) and bursts (tokens), the same for every connection of a
    /// gateway; each at most ``maximum``.
    public struct Rates: Sendable, Equatable {
        public var framesPerSecond: Int
        public var frameBurst: Int
        public var requestsPerSecond: Int
        public var requestBurst: Int

        /// Bursts and rates above this would not fit the buckets' thousandths in 32 bits.
        public static let maximum = 2_000_000

        public init(framesPerSecond: Int, frameBurst: Int, requestsPerSecond: Int, requestBurst: Int) {
            for value in [framesPerSecond, frameBurst, requestsPerSecond, requestBurst] {
                precondition((1...Self.maximum).contains(value), "an allowance's rates and bursts are 1...2,000,000")
            }
            self.framesPerSecond = framesPerSecond
            self.frameBurst = frameBurst
            self.requestsPerSecond = requestsPerSecond
            self.requestBurst = requestBurst
        }
    }

    /// Thousandths of a token; below zero when a frame was taken on credit.
    private var frameCredit: Int32
    private var requestCredit: Int32
    /// Milliseconds of the caller's clock, wrapping: only differences are used, so the buckets
    /// stay right for calls less than 24 days apart. A longer gap reads as an earlier time and
    /// refills nothing until the clock is past it (the gateway hears from every client at least
    /// every `HEARTBEAT_TIMEOUT_MS`, at most 10 hours, so it never meets one).
    private var updatedAt: UInt32

    /// Full buckets at `now` (nanoseconds).
    public init(rates: Rates, now: UInt64) {
        frameCredit = Int32(rates.frameBurst * 1_000)
        requestCredit = Int32(rates.requestBurst * 1_000)
        updatedAt = Self.milliseconds(now)
    }

    /// Spends a frame the client sent (the frame is already here: it is taken on credit when
    /// none is left). Returns how long to stop reading, in nanoseconds; 0 to go on.
    public mutating func spendFrame(at now: UInt64, rates: Rates) -> UInt64 {
        refill(at: now, rates: rates)
        frameCredit = max(frameCredit - 1_000, -Int32(rates.frameBurst) * 1_000)
        return Self.wait(frameCredit, rate: rates.framesPerSecond)
    }

    /// Spends a subscribe or unsubscribe request, as ``spendFrame(at:rates:)`` does a frame.
    public mutating func spendRequest(at now: UInt64, rates: Rates) -> UInt64 {
        refill(at: now, rates: rates)
        requestCredit = max(requestCredit - 1_000, -Int32(rates.requestBurst) * 1_000)
        return Self.wait(requestCredit, rate: rates.requestsPerSecond)
    }

    /// How long until both buckets hold a whole token again, in nanoseconds; 0 when they do.
    public mutating func waitUntilReplenished(at now: UInt64, rates: Rates) -> UInt64 {
        refill(at: now, rates: rates)
        return max(
            Self.wait(frameCredit, rate: rates.framesPerSecond), Self.wait(requestCredit, rate: rates.requestsPerSecond)
        )
    }

    /// Nanoseconds until `credit` reaches a whole token at `rate` a second, in whole
    /// milliseconds (the clock's unit), rounded up: never a little too early.
    private static func wait(_ credit: Int32, rate: Int) -> UInt64 {
        let missing = 1_000 - Int(credit)  // thousandths; a rate adds `rate` of them a millisecond
        guard missing > 0 else { return 0 }
        return UInt64((missing + rate - 1) / rate) * 1_000_000
    }

    private mutating func refill(at now: UInt64, rates: Rates) {
        let stamp = Self.milliseconds(now)
        let elapsed = stamp &- updatedAt
        // Past half the range it is an earlier time (a caller's older reading): nothing to add.
        guard elapsed > 0, elapsed < 1 << 31 else { return }
        updatedAt = stamp
        let milliseconds = Int(elapsed)
        frameCredit = Int32(min(rates.frameBurst * 1_000, Int(frameCredit) + milliseconds * rates.framesPerSecond))
        requestCredit = Int32(
            min(rates.requestBurst * 1_000, Int(requestCredit) + milliseconds * rates.requestsPerSecond))
    }

    private static func milliseconds(_ nanoseconds: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: nanoseconds / 1_000_000)
    }
}

import DequeModule

/// Counts a client's rejected messages in a sliding window (PROTOCOL.md §2.2: more than 20
/// within 10 s closes the connection with 1008). Memory is bounded by the limit.
public struct RejectionWindow: Sendable {
    public let limit: Int
    public let window: UInt64
    private var times = Deque<UInt64>()

    /// `window` in nanoseconds.
    public init(limit: Int = 20, window: UInt64 = 10_000_000_000) {
        self.limit = limit
        self.window = window
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

/// Validates UTF-8 incrementally (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF),
/// so a text message split over several frames fails at the first bad byte, not at its end
/// (RFC 6455 §8.1).
public struct UTF8Validator: Sendable {
    // Inlinable, so that the gateway's calls are specialised for its buffers (one byte at a
    // time through a generic witness would cost more than the check).
    /// Continuation bytes the current character still needs.
    @usableFromInline var remaining = 0
    /// Bounds of the next continuation byte (narrower after E0, ED, F0 and F4).
    @usableFromInline var lower: UInt8 = 0x80
    @usableFromInline var upper: UInt8 = 0xBF

    @inlinable public init() {}

    /// Whether every byte so far can start or continue valid UTF-8.
    @inlinable public mutating func consume(_ bytes: some Sequence<UInt8>) -> Bool {
        for byte in bytes {
            if remaining == 0 {
                switch byte {
                case 0x00...0x7F: continue
                case 0xC2...0xDF: (remaining, lower, upper) = (1, 0x80, 0xBF)
                case 0xE0: (remaining, lower, upper) = (2, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (remaining, lower, upper) = (2, 0x80, 0xBF)
                case 0xED: (remaining, lower, upper) = (2, 0x80, 0x9F)
                case 0xF0: (remaining, lower, upper) = (3, 0x90, 0xBF)
                case 0xF1...0xF3: (remaining, lower, upper) = (3, 0x80, 0xBF)
                case 0xF4: (remaining, lower, upper) = (3, 0x80, 0x8F)
                default: return false
                }
            } else {
                guard byte >= lower, byte <= upper else { return false }
                remaining -= 1
                (lower, upper) = (0x80, 0xBF)
            }
        }
        return true
    }

    /// Whether the input ended on a character boundary.
    @inlinable public var isComplete: Bool { remaining == 0 }

    /// Whether `bytes` are, as a whole, valid UTF-8.
    @inlinable public static func isValid(_ bytes: some Sequence<UInt8>) -> Bool {
        var validator = UTF8Validator()
        return validator.consume(bytes) && validator.isComplete
    }
}

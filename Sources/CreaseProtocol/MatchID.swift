/// A validated match identifier: 1–64 characters of `[A-Za-z0-9_-]` (PROTOCOL.md §1).
///
/// Holding a `MatchID` proves the id was checked; there is no unchecked initialiser.
public struct MatchID: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// The longest id the protocol allows.
    public static let maxLength = 64

    /// The id as the client and the bus spell it.
    public let rawValue: String

    /// Validates `rawValue`; returns nil when it breaks the §1 rules.
    public init?(_ rawValue: String) {
        let utf8 = rawValue.utf8
        guard !utf8.isEmpty, utf8.count <= Self.maxLength else { return nil }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "-"):
                continue
            default:
                return nil
            }
        }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: MatchID, rhs: MatchID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The human-readable reason an id is rejected, for `error` messages and HTTP 400 bodies.
    public static let rule = "a match id is 1-64 characters of A-Z, a-z, 0-9, '_' and '-'"
}

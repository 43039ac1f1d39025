/// How much a delta matters when bandwidth runs short (PROTOCOL.md §2.3).
///
/// Shedding drops `low` before `normal` before `critical`; the raw values order them so that
/// a smaller value is shed first.
public enum Priority: Int, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    /// Commentary and other colour: first to go.
    case low = 0
    /// Runs, extras, over changes.
    case normal = 1
    /// Wickets, innings changes, results: never lost without a `resync`.
    case critical = 2

    public init?(name: String) {
        switch name {
        case "low": self = .low
        case "normal": self = .normal
        case "critical": self = .critical
        default: return nil
        }
    }

    /// The wire spelling.
    public var name: String {
        switch self {
        case .low: "low"
        case .normal: "normal"
        case .critical: "critical"
        }
    }

    public var description: String { name }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
}

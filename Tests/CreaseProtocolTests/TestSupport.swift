import CreaseProtocol

/// Parses JSON text written in a test; a typo in a test's literal fails that test.
func json(_ text: String) throws -> JSONValue {
    try JSONValue(parsing: text)
}

/// A match id known to be valid.
func matchID(_ raw: String) -> MatchID {
    guard let id = MatchID(raw) else { preconditionFailure("test match id '\(raw)' is invalid") }
    return id
}

/// SplitMix64: a small deterministic generator, so a randomized test that fails fails again.
struct TestRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Whole units of a `Duration`, for the settings (whole milliseconds) and the clocks the loops
/// and clients keep (`UInt64` nanoseconds); one conversion for every module of the package.
extension Duration {
    /// Whole milliseconds (the wire's and the variables' unit).
    package var wholeMilliseconds: Int {
        Int(components.seconds) * 1_000 + Int(components.attoseconds / 1_000_000_000_000_000)
    }

    /// Whole nanoseconds, 0 for a negative duration.
    package var wholeNanoseconds: UInt64 {
        UInt64(max(0, components.seconds)) * 1_000_000_000 + UInt64(max(0, components.attoseconds / 1_000_000_000))
    }
}

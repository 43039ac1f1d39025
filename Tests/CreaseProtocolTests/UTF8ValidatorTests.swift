import CreaseProtocol
import Testing

/// The incremental UTF-8 check agrees with the standard library's decoder, however the bytes
/// are split.
@Suite struct UTF8ValidatorTests {
    @Test(
        arguments: [
            ([0x61, 0x62], true),
            ([0xC3, 0xA9], true),  // é
            ([0xE2, 0x82, 0xAC], true),  // €
            ([0xF0, 0x9F, 0x8F, 0x8F], true),  // 🏏
            ([0xC0, 0xAF], false),  // overlong
            ([0xE0, 0x80, 0xAF], false),  // overlong
            ([0xED, 0xA0, 0x80], false),  // surrogate
            ([0xF4, 0x90, 0x80, 0x80], false),  // past U+10FFFF
            ([0xF5, 0x80, 0x80, 0x80], false),
            ([0x80], false),  // lone continuation
            ([0xC3], false),  // truncated
            ([0xCE, 0xBA, 0xE1, 0xBD, 0xB9, 0xCF, 0x83, 0xCE, 0xBC, 0xCE, 0xB5, 0xED, 0xA0, 0x80, 0x65, 0x64], false),
        ] as [([UInt8], Bool)])
    func knownSequences(bytes: [UInt8], valid: Bool) {
        #expect(UTF8Validator.isValid(bytes) == valid)
    }

    @Test func agreesWithTheStandardLibraryAtEverySplit() {
        var random = TestRandom(seed: 7)
        let alphabet: [UInt8] = [
            0x41, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xA0, 0x90, 0x8F, 0xC0,
        ]
        for _ in 0..<3_000 {
            let bytes = (0..<Int.random(in: 1...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(UTF8Validator.isValid(bytes) == expected, "\(bytes)")
            let split = Int.random(in: 0...bytes.count, using: &random)
            var validator = UTF8Validator()
            let prefixOK = validator.consume(bytes[..<split])
            let whole = prefixOK && validator.consume(bytes[split...]) && validator.isComplete
            #expect(whole == expected, "\(bytes) split at \(split)")
        }
    }

    @Test func failsAtTheFirstBadByteBeforeTheEnd() {
        var validator = UTF8Validator()
        let first = validator.consume([0xCE, 0xBA, 0xE1])
        #expect(first)  // a character still open: fine so far
        #expect(!validator.isComplete)
        let second = validator.consume([0xBD, 0xB9, 0xED, 0xA0])
        #expect(!second)  // the surrogate fails here
    }
}

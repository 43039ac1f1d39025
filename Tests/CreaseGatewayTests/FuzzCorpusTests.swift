import CreaseFuzzChecks
import Foundation
import Testing

/// Every input in `Tests/Fuzz/corpus` (the seeds, and each crash the fuzzer found, kept as a
/// regression) through its target's checks, without libFuzzer: what `make fuzz` explores for
/// minutes, `make test` replays in a moment.
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../Fuzz/corpus"
    )
    .standardizedFileURL

    @Test(arguments: FuzzTarget.allCases)
    func everyCorpusInputKeepsItsTargetsProperties(_ target: FuzzTarget) throws {
        let folder = Self.corpus.appendingPathComponent(target.rawValue)
        let inputs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        #expect(!inputs.isEmpty, "no seeds for \(target.rawValue)")
        for input in inputs {
            let broken = target.check(Array(try Data(contentsOf: input)))
            #expect(broken == nil, "\(target.rawValue)/\(input.lastPathComponent): \(broken ?? "")")
        }
    }
}

import CreaseProtocol
import Testing

@Suite("DeltaRun")
struct DeltaRunTests {
    private static let match = matchID("m")

    private static func delta(_ seq: Int64, _ data: JSONValue, _ priority: Priority = .normal) -> DeltaRun {
        DeltaRun(match: match, from: seq, seq: seq, timestamp: 1_000 + seq, priority: priority, data: data)
    }

    /// The law conflation rests on, over random patch sequences: applying the folded runs in
    /// order gives what applying every delta gives; the runs cover 1…n exactly once, in order;
    /// a run breaks only where the next patch does not compose.
    @Test func foldedRunsApplyLikeTheirDeltasAndCoverEverySeqOnce() {
        var random = TestRandom(seed: 1_1)
        var folded = 0
        var breaks = 0
        for _ in 0..<600 {
            let count = Int.random(in: 1...12, using: &random)
            // Deltas always carry an object patch (PROTOCOL.md §4).
            let patches = (0..<count).map { _ -> JSONValue in
                var patch = MergePatchComposeTests.randomPatch(&random, depth: 1)
                if patch.objectValue == nil { patch = .object(["a": patch]) }
                return patch
            }
            let deltas = patches.enumerated().map { Self.delta(Int64($0.offset + 1), $0.element) }
            let runs = DeltaRun.folding(deltas)
            #expect(runs.first?.from == 1)
            #expect(runs.last?.seq == Int64(count))
            for (earlier, later) in zip(runs, runs.dropFirst()) {
                #expect(later.from == earlier.seq + 1, "ranges never overlap or skip")
                // A break is a pair the composition cannot represent.
                var probe = earlier
                let appended1 = probe.append(Self.delta(later.from, patches[Int(later.from) - 1]))
                #expect(!appended1)
                breaks += 1
            }
            folded += count - runs.count
            for _ in 0..<6 {
                let document = MergePatchComposeTests.randomDocument(&random, depth: 0)
                let stepwise = patches.reduce(document) { MergePatch.apply($1, to: $0) }
                let once = runs.reduce(document) { MergePatch.apply($1.data, to: $0) }
                #expect(once == stepwise)
            }
        }
        #expect(folded > 1000)
        #expect(breaks > 50)
    }

    /// What lets a client apply a run that overlaps what it holds (PROTOCOL.md §6, rule 3):
    /// a run `from…seq` applied to the state at any seq from `from − 1` to `seq` gives the state
    /// at `seq` (after a REST refetch, the fetched seq often falls inside the next run).
    @Test func aRunAppliedToAnyStateItCoversGivesTheStateAtItsEnd() {
        var random = TestRandom(seed: 6_3)
        var checked = 0
        for _ in 0..<600 {
            let count = Int.random(in: 2...10, using: &random)
            let patches = (0..<count).map { _ -> JSONValue in
                let patch = MergePatchComposeTests.randomPatch(&random, depth: 1)
                return patch.objectValue == nil ? .object(["a": patch]) : patch
            }
            let deltas = patches.enumerated().map { Self.delta(Int64($0.offset + 1), $0.element) }
            for _ in 0..<4 {
                let document = MergePatchComposeTests.randomDocument(&random, depth: 0)
                // states[k]: the state at seq k (0: before the first delta).
                var states = [document]
                for patch in patches { states.append(MergePatch.apply(patch, to: states.last!)) }
                for run in DeltaRun.folding(deltas) where run.from < run.seq {
                    for held in (run.from - 1)...run.seq {
                        let applied = MergePatch.apply(run.data, to: states[Int(held)])
                        #expect(applied == states[Int(run.seq)], "run \(run.from)…\(run.seq) on the state at \(held)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 3000)
    }

    @Test func aRunTakesTheNewestTimestampAndTheHighestPriority() throws {
        var run = Self.delta(41, try json(#"{"score":{"runs":83}}"#), .low)
        let appended2 = run.append(Self.delta(42, try json(#"{"score":{"wickets":3}}"#), .critical))
        #expect(appended2)
        let appended3 = run.append(Self.delta(43, try json(#"{"score":{"runs":84}}"#), .normal))
        #expect(appended3)
        #expect(run.from == 41 && run.seq == 43)
        #expect(run.timestamp == 1_043)
        #expect(run.priority == .critical)
        #expect(try run.data == json(#"{"score":{"runs":84,"wickets":3}}"#))
    }

    @Test func onlyTheNextSeqOfTheSameMatchFolds() throws {
        var run = Self.delta(5, try json(#"{"a":1}"#))
        let appended4 = run.append(Self.delta(7, try json(#"{"a":2}"#)))
        #expect(!appended4)
        let appended5 = run.append(Self.delta(5, try json(#"{"a":2}"#)))
        #expect(!appended5)
        let other = DeltaRun(
            match: matchID("n"), from: 6, seq: 6, timestamp: 0, priority: .normal, data: try json("{}"))
        let appended6 = run.append(other)
        #expect(!appended6)
        #expect(try run == Self.delta(5, json(#"{"a":1}"#)))
    }

    /// `{"a":1}` then `{"a":{"b":2}}` depends on what `a` held before: not one merge patch.
    @Test func aNonComposablePairIsLeftAsItWas() throws {
        var run = Self.delta(1, try json(#"{"a":1}"#))
        let appended7 = run.append(Self.delta(2, try json(#"{"a":{"b":2}}"#)))
        #expect(!appended7)
        #expect(try run.seq == 1 && run.data == json(#"{"a":1}"#))
        #expect(
            try DeltaRun.folding([Self.delta(1, json(#"{"a":1}"#)), Self.delta(2, json(#"{"a":{"b":2}}"#))]).count == 2)
    }

    /// A single delta encodes as its publisher wrote it; a run adds `from`; both read back.
    @Test func messageEncodingRoundTrips() throws {
        let data = try json(#"{"score":{"runs":87}}"#)
        let single = Self.delta(42, data)
        let publisherBytes = ServerMessage.delta(
            match: Self.match, seq: 42, timestamp: 1_042, priority: .normal, data: data)
        #expect(single.message == publisherBytes)
        #expect(DeltaRun(message: publisherBytes) == single)
        var run = Self.delta(41, try json(#"{"over":7}"#))
        let appended8 = run.append(single)
        #expect(appended8)
        #expect(
            String(decoding: run.message, as: UTF8.self)
                == #"{"data":{"over":7,"score":{"runs":87}},"from":41,"match":"m","priority":"normal","seq":42,"ts":1042,"type":"delta"}"#
        )
        #expect(DeltaRun(message: run.message) == run)
    }

    @Test(arguments: [
        #"{"type":"snapshot","match":"m","seq":1,"state":{}}"#, #"{"type":"delta","match":"m","seq":1,"data":3}"#,
        #"{"type":"delta","match":"m","seq":1,"from":2,"data":{}}"#,
        #"{"type":"delta","match":"bad id","seq":1,"data":{}}"#,
        #"{"type":"delta","match":"m","data":{}}"#, "not json",
    ])
    func whatIsNotADeltaIsNotARun(_ text: String) {
        #expect(DeltaRun(message: Array(text.utf8)) == nil)
    }
}

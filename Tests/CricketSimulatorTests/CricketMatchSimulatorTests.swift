import CreaseProtocol
import CricketSimulator
import Testing

/// One event and the scorecard before and after it.
struct Step {
    let event: SimulatedEvent
    let before: JSONValue
    let after: JSONValue
}

/// Plays one whole match (non-continuous) and returns every step, applying the patches
/// ourselves so that the tests check what a client would see.
func playMatch(seed: UInt64) -> [Step] {
    var simulator = CricketMatchSimulator(seed: seed, continuous: false)
    var state = JSONValue.object([:])
    var steps: [Step] = []
    while !simulator.isFinished {
        for event in simulator.nextBall() {
            let next = MergePatch.apply(event.patch, to: state)
            steps.append(Step(event: event, before: state, after: next))
            state = next
        }
        precondition(steps.count < 5000, "a T20 match ends")
    }
    return steps
}

extension JSONValue {
    subscript(path: String...) -> JSONValue? {
        var value: JSONValue? = self
        for key in path { value = value?[key] }
        return value
    }

    var int: Int { Int(integerValue ?? -1_000_000) }
    var text: String { stringValue ?? "<not a string>" }
}

/// Legal balls in an "overs" string such as "12.3"; nil when it is not of that form.
func balls(inOvers overs: String) -> Int? {
    let parts = overs.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 2, let whole = Int(parts[0]), let part = Int(parts[1]), (0...5).contains(part),
        String(whole) == parts[0], parts[1].count == 1
    else { return nil }
    return whole * 6 + part
}

/// What one `last_balls` entry says: runs in all, runs that are extras, byes or leg byes (not
/// charged to the bowler), whether it was a legal ball, and the runs the batters ran.
struct Delivery {
    var runs = 0, extras = 0, byes = 0, ran = 0
    var legal = true
    var wicket = false

    init?(_ label: String) {
        let digits = label.prefix { $0.isNumber }
        let suffix = label.dropFirst(digits.count)
        let value = Int(digits) ?? 0
        switch suffix {
        case "":
            runs = value
            ran = value
        case "W":
            runs = value
            ran = value
            wicket = true
        case "wd":
            runs = value
            extras = value
            legal = false
            ran = 0
        case "nb":
            runs = value
            extras = 1
            legal = false
            ran = value - 1
        case "b", "lb":
            runs = value
            extras = value
            byes = value
            ran = value
        default: return nil
        }
        if digits.isEmpty && suffix != "W" { return nil }
    }
}

@Suite("CricketMatchSimulator")
struct CricketMatchSimulatorTests {
    @Test func deterministicForASeed() {
        var first = CricketMatchSimulator(seed: 2024)
        var second = CricketMatchSimulator(seed: 2024)
        var other = CricketMatchSimulator(seed: 2025)
        var differs = false
        for _ in 0..<1500 {
            let a = first.nextBall()
            let b = second.nextBall()
            #expect(a == b)
            #expect(a.map(\.patch.serialized) == b.map(\.patch.serialized))
            if other.nextBall() != a { differs = true }
        }
        #expect(first.state == second.state)
        #expect(differs)
    }

    @Test func theFirstEventSetsUpTheWholeScorecard() throws {
        var simulator = CricketMatchSimulator(seed: 1)
        #expect(simulator.state == .object([:]))
        #expect(simulator.game == 0)
        let events = simulator.nextBall()
        let start = try #require(events.first)
        #expect(events.count == 1)
        #expect(start.kind == .matchStart)
        #expect(start.priority == .critical)
        #expect(simulator.game == 1)
        let state = MergePatch.apply(start.patch, to: nil)
        #expect(state == simulator.state)
        for key in [
            "game", "title", "format", "venue", "teams", "toss", "phase", "innings", "batting", "bowling",
            "score", "batters", "striker", "bowler", "last_balls", "status", "commentary",
        ] {
            #expect(state[key] != nil, "missing \(key)")
        }
        #expect(state["score", "runs"] == .integer(0))
        #expect(state["score", "overs"] == .string("0.0"))
        #expect(state["innings"] == .integer(1))
        #expect(state["phase"] == .string("live"))
        #expect(state["teams", "home", "players"].flatMap { if case .array(let p) = $0 { p.count } else { nil } } == 11)
        #expect(state["batting"] != state["bowling"])
    }

    @Test(arguments: [3, 4, 5])
    func patchesRebuildTheSimulatorsState(seed: UInt64) {
        var simulator = CricketMatchSimulator(seed: seed)
        var state: JSONValue? = nil
        for _ in 0..<700 {  // more than two matches' worth
            for event in simulator.nextBall() { state = MergePatch.apply(event.patch, to: state) }
            #expect(state == simulator.state)
        }
        #expect(simulator.game >= 2)
    }

    /// Every figure on the card agrees with the deliveries that made it, after every event.
    @Test(arguments: Array(UInt64(100)..<UInt64(130)))
    func scorecardStaysConsistent(seed: UInt64) throws {
        var delivered: [Delivery] = []
        var dismissedRuns = 0
        var bowlerRuns: [String: Int] = [:]
        var inningsSeen = 1
        for step in playMatch(seed: seed) {
            let card = step.after
            let event = step.event
            if card["innings"]!.int != inningsSeen {
                // A new innings: the first closed at 20 overs or 10 wickets, and is recorded.
                #expect(event.kind == .inningsBreak)
                let before = step.before
                let closedAt = balls(inOvers: before["score", "overs"]!.text)
                #expect(closedAt == 120 || before["score", "wickets"]!.int == 10)
                #expect(card["first_innings", "runs"] == before["score", "runs"])
                #expect(card["first_innings", "wickets"] == before["score", "wickets"])
                #expect(card["first_innings", "team"] == before["batting"])
                #expect(card["batting"] == before["bowling"])
                #expect(card["chase", "target"]!.int == before["score", "runs"]!.int + 1)
                inningsSeen = card["innings"]!.int
                (delivered, dismissedRuns, bowlerRuns) = ([], 0, [:])
            }
            if event.kind == .ball {
                let label = try #require(
                    card["last_balls"].flatMap { if case .array(let b) = $0 { b.last?.stringValue } else { nil } })
                let delivery = try #require(Delivery(label), "label \(label)")
                delivered.append(delivery)
                // A batter who leaves takes their runs (this ball's included, as the dismissal
                // line "A Desai run out (Iyer) 23 (17)" records them) into the dismissed column.
                for slot in ["a", "b"] where step.before["batters", slot, "name"] != card["batters", slot, "name"] {
                    #expect(delivery.wicket, "a batter changed without a wicket")
                    let line = card["last_wicket"]!.text
                    #expect(line.hasPrefix(step.before["batters", slot, "name"]!.text + " "))
                    let words = line.split(separator: " ")
                    let runs = try #require(Int(words[words.count - 2]), "dismissal line \(line)")
                    #expect(runs >= step.before["batters", slot, "runs"]!.int)
                    dismissedRuns += runs
                }
                // Odd runs run change ends; wickets aside (a new batter takes the vacant end).
                if !delivery.wicket {
                    let flipped = step.before["striker"] != card["striker"]
                    #expect(flipped == (delivery.ran % 2 == 1), "label \(label)")
                }
            }
            if event.kind == .overEnd {
                #expect(step.before["striker"] != card["striker"], "ends change at the end of an over")
                let previous = step.before["bowler", "name"]!.text
                #expect(card["bowler", "name"]!.text != previous, "a bowler cannot bowl two overs in a row")
            }

            let runs = card["score", "runs"]!.int
            let wickets = card["score", "wickets"]!.int
            let legalBalls = try #require(
                balls(inOvers: card["score", "overs"]!.text), "overs \(card["score", "overs"]!.text)")
            #expect((0...10).contains(wickets))
            #expect(legalBalls <= 120)
            #expect(legalBalls == delivered.filter(\.legal).count)
            #expect(runs == delivered.reduce(0) { $0 + $1.runs }, "runs add up ball by ball")
            #expect(card["score", "extras"]!.int == delivered.reduce(0) { $0 + $1.extras })
            #expect(wickets == delivered.filter(\.wicket).count)
            let batterRuns = card["batters", "a", "runs"]!.int + card["batters", "b", "runs"]!.int
            #expect(dismissedRuns + batterRuns + card["score", "extras"]!.int == runs, "batters' runs add up")
            #expect(card["score", "run_rate"]!.text == expectedRate(runs: runs, balls: legalBalls))
            if case .array(let last) = card["last_balls"]! { #expect(last.count <= 6) }

            // Bowlers' figures plus byes and leg byes make the total; four overs at most each.
            let bowler = card["bowler", "name"]!.text
            bowlerRuns[bowler] = card["bowler", "runs"]!.int
            let bowlerBalls = try #require(balls(inOvers: card["bowler", "overs"]!.text))
            #expect(bowlerBalls <= 24)
            #expect(
                bowlerRuns.values.reduce(0, +) + delivered.reduce(0) { $0 + $1.byes } == runs, "bowling figures add up")

            if let chase = card["chase"] {
                let target = chase["target"]!.int
                #expect(chase["need"]!.int == max(0, target - runs))
                #expect(chase["balls_left"]!.int == 120 - legalBalls)
            }
        }
    }

    func expectedRate(runs: Int, balls: Int) -> String {
        guard balls > 0 else { return "0.00" }
        // Hundredths from exact integers, then rounded half up: 121 runs off 80 balls is 9.08.
        let hundredths = Int((Double(runs * 600) / Double(balls)).rounded())
        return String(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + String(hundredths % 100)
    }

    @Test(arguments: Array(UInt64(200)..<UInt64(215)))
    func theResultFollowsFromTheScores(seed: UInt64) throws {
        let steps = playMatch(seed: seed)
        let last = try #require(steps.last)
        #expect(last.event.kind == .result)
        #expect(last.event.priority == .critical)
        let card = last.after
        #expect(card["phase"] == .string("complete"))
        #expect(card["status"] == card["result"])
        let target = card["chase", "target"]!.int
        let runs = card["score", "runs"]!.int
        let chasing =
            card["teams", "home", "code"] == card["batting"]
            ? card["teams", "home", "name"]!.text : card["teams", "away", "name"]!.text
        let defending =
            card["teams", "home", "code"] == card["bowling"]
            ? card["teams", "home", "name"]!.text : card["teams", "away", "name"]!.text
        let result = card["result"]!.text
        if runs >= target {
            let margin = 10 - card["score", "wickets"]!.int
            #expect(result == "\(chasing) won by \(margin) wicket\(margin == 1 ? "" : "s")")
            #expect(runs - target < 7, "the chase stops at the winning runs")
        } else if runs == target - 1 {
            #expect(result == "Match tied")
        } else {
            let margin = target - 1 - runs
            #expect(result == "\(defending) won by \(margin) run\(margin == 1 ? "" : "s")")
        }
        #expect(steps.filter { $0.event.kind == .result }.count == 1)
        #expect(steps.filter { $0.event.kind == .inningsBreak }.count == 1)
        #expect(steps.filter { $0.event.kind == .matchStart }.count == 1)
    }

    @Test(arguments: [7, 8, 9])
    func prioritiesFollowTheKindOfEvent(seed: UInt64) {
        var wicketsSeen = 0
        var commentarySeen = 0
        for step in playMatch(seed: seed) {
            let event = step.event
            switch event.kind {
            case .ball:
                let wicket = step.after["score", "wickets"] != step.before["score", "wickets"]
                #expect(event.priority == (wicket ? .critical : .normal))
                if wicket { wicketsSeen += 1 }
            case .commentary:
                #expect(event.priority == .low)
                #expect(event.patch.objectValue.map { Array($0.keys) } == ["commentary"])
                commentarySeen += 1
            case .overEnd:
                #expect(event.priority == .normal)
            case .matchStart, .inningsBreak, .result:
                #expect(event.priority == .critical)
            }
        }
        #expect(wicketsSeen > 0)
        #expect(commentarySeen > 20)
    }

    @Test(arguments: Array(UInt64(300)..<UInt64(310)))
    func patchesAreSmallAndHoldOnlyWhatChanged(seed: UInt64) {
        var total = 0
        var count = 0
        for step in playMatch(seed: seed) {
            let size = step.event.patch.serialized.count
            switch step.event.kind {
            case .matchStart: #expect(size > 800, "the start carries the whole scorecard")
            case .ball: #expect(size <= 450, "\(step.event.patch.serializedString)")
            case .commentary, .overEnd: #expect(size <= 200, "\(step.event.patch.serializedString)")
            case .result: #expect(size <= 300)
            case .inningsBreak: #expect(size <= 700)
            }
            if step.event.kind != .matchStart {
                total += size
                count += 1
                expectOnlyChanges(step.event.patch, from: step.before, to: step.after)
            }
        }
        #expect(total / count <= 250, "average patch \(total / count) bytes")
    }

    /// Every member of `patch` changes something: no member restates a value already there.
    func expectOnlyChanges(_ patch: JSONValue, from before: JSONValue?, to after: JSONValue?) {
        guard case .object(let members) = patch else { return }
        #expect(!members.isEmpty, "an empty patch")
        for (key, value) in members {
            let old = before?[key]
            #expect(old != after?[key], "\(key) did not change")
            if case .object = value, case .object? = old {
                expectOnlyChanges(value, from: old, to: after?[key])
            }
        }
    }

    @Test func aContinuousSimulatorStartsTheNextMatchCleanly() throws {
        var simulator = CricketMatchSimulator(seed: 77)
        var state = JSONValue.object([:])
        while true {
            let events = simulator.nextBall()
            for event in events { state = MergePatch.apply(event.patch, to: state) }
            if events.last?.kind == .result { break }
        }
        #expect(!simulator.isFinished)
        #expect(state["result"] != nil)
        let events = simulator.nextBall()
        let start = try #require(events.first)
        #expect(events.count == 1)
        #expect(start.kind == .matchStart)
        #expect(simulator.game == 2)
        // The old match's optional members are cleared explicitly...
        for key in ["first_innings", "chase", "last_wicket", "result"] {
            #expect(start.patch[key] == .null, "\(key) not cleared")
        }
        // ...so the start patch over the finished card gives the same card as over nothing.
        #expect(MergePatch.apply(start.patch, to: state) == simulator.state)
        #expect(MergePatch.apply(start.patch, to: nil) == simulator.state)
        #expect(simulator.state["game"] == .integer(2))
        #expect(simulator.state["score", "runs"] == .integer(0))
    }

    @Test func aNonContinuousSimulatorReportsFinished() {
        var simulator = CricketMatchSimulator(seed: 5, continuous: false)
        var calls = 0
        while !simulator.isFinished {
            #expect(!simulator.nextBall().isEmpty)
            calls += 1
        }
        #expect(calls > 200)
        let final = simulator.state
        #expect(simulator.nextBall().isEmpty)
        #expect(simulator.nextBall().isEmpty)
        #expect(simulator.state == final)
        #expect(simulator.game == 1)
    }

    @Test func givenTeamsPlay() {
        let home = CricketTeam.builtIn[0]
        let away = CricketTeam.builtIn[5]
        var simulator = CricketMatchSimulator(seed: 9, teams: (home: home, away: away))
        _ = simulator.nextBall()
        #expect(simulator.state["title"] == .string("\(home.name) vs \(away.name)"))
        #expect(simulator.state["venue"] == .string(home.ground))
        #expect(
            Set([simulator.state["batting"], simulator.state["bowling"]])
                == Set([.string(home.code), .string(away.code)]))
    }

    /// Over many matches the numbers look like T20 cricket.
    @Test func realisticTotals() {
        var firstInningsRuns = 0
        var wickets = 0
        var innings = 0
        var sixes = 0
        var wides = 0
        var noBalls = 0
        var dismissalKinds = Set<String>()
        let matches = 40
        for seed in UInt64(1000)..<UInt64(1000) + UInt64(matches) {
            for step in playMatch(seed: seed) {
                if step.event.kind == .inningsBreak {
                    firstInningsRuns += step.after["first_innings", "runs"]!.int
                }
                if step.event.kind == .inningsBreak || step.event.kind == .result {
                    wickets += step.before["score", "wickets"]?.int ?? 0
                    innings += 1
                }
                if step.event.kind == .ball, case .array(let last)? = step.after["last_balls"],
                    let label = last.last?.stringValue
                {
                    if label == "6" { sixes += 1 }
                    if label.hasSuffix("wd") { wides += 1 }
                    if label.hasSuffix("nb") { noBalls += 1 }
                }
                if step.event.kind == .ball, let wicket = step.after["last_wicket"]?.stringValue,
                    step.before["last_wicket"]?.stringValue != wicket
                {
                    let kinds = [
                        ("c & b", "caught"), (" c ", "caught"), (" lbw b ", "lbw"), (" run out (", "run out"),
                        (" st ", "stumped"),
                    ]
                    dismissalKinds.insert(kinds.first { wicket.contains($0.0) }?.1 ?? "bowled")
                }
            }
        }
        let average = firstInningsRuns / matches
        #expect((140...195).contains(average), "average first innings \(average)")
        let wicketsPerInnings = Double(wickets) / Double(innings)
        #expect(wicketsPerInnings > 4 && wicketsPerInnings < 9, "\(wicketsPerInnings) wickets per innings")
        #expect(sixes > matches * 4)
        #expect(wides > matches)
        #expect(noBalls > 0)
        #expect(dismissalKinds == ["caught", "bowled", "lbw", "run out", "stumped"])
    }
}

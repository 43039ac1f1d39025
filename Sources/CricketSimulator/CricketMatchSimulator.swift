import CreaseProtocol

/// One change to a simulated match's scorecard, ready to publish as a `delta`.
public struct SimulatedEvent: Sendable, Equatable {
    /// What happened, for logs and tests; the wire carries only `priority` and `patch`.
    public enum Kind: String, Sendable {
        /// A new match: the patch sets up the whole scorecard (the only large patch).
        case matchStart = "match_start"
        /// One delivery: score, batters, bowler, last balls (critical when a wicket fell).
        case ball
        /// A commentary line about the delivery just bowled.
        case commentary
        /// End of an over: strike changes ends and a new bowler comes on.
        case overEnd = "over_end"
        /// The first innings closed; the chase begins.
        case inningsBreak = "innings_break"
        /// The match is decided.
        case result
    }

    public let kind: Kind
    public let priority: Priority
    /// A JSON Merge Patch (RFC 7386) against the scorecard after the previous event.
    public let patch: JSONValue
}

/// A ball-by-ball T20 match as a value-type state machine, deterministic for a seed.
///
/// Each `nextBall()` returns the events of one step, in order: the first call (and the first
/// after a result) starts a match; every other call bowls one delivery (wides and no-balls
/// are deliveries too, re-bowled), then adds a commentary line for some balls, and an over
/// end, innings break or result when one follows. Applying every event's patch in order to an
/// empty document yields `state`; so does applying them from a match start onwards to any
/// scorecard of this schema (a start patch clears what an older match left behind).
///
/// After a result the simulator starts a new match on the next call (`game` counts them),
/// unless it was made with `continuous: false`: then it is `isFinished` and returns no more.
///
/// The scorecard (every key always present unless noted):
/// `game`, `title`, `format` ("T20"), `venue`, `teams` {`home`,`away`: {`code`,`name`,`players`}},
/// `toss`, `phase` ("live" | "complete"), `innings` (1 | 2), `batting` and `bowling` (team codes),
/// `score` {`runs`,`wickets`,`overs` ("12.3"),`extras`,`run_rate` ("7.85")},
/// `batters` {`a`,`b`: {`name`,`runs`,`balls`,`fours`,`sixes`}}, `striker` ("a" | "b"),
/// `bowler` {`name`,`overs`,`maidens`,`runs`,`wickets`}, `last_balls` (up to six of "0", "4",
/// "W", "1W", "1wd", "5nb", "2lb", "1b"...), `status` (the toss, then "COL need 52 runs from 30
/// balls", then the result), `commentary` (the latest line); and only when they apply:
/// `first_innings` {`team`,`runs`,`wickets`,`overs`}, `chase` {`target`,`need`,`balls_left`,
/// `required_rate`}, `last_wicket` ("K Naik c Iyer b Ramesh 34 (22)"), `result`.
public struct CricketMatchSimulator: Sendable {
    public static let oversPerInnings = 20
    static let ballsPerInnings = oversPerInnings * 6
    /// Top-level keys that come and go; a match start clears them explicitly, so a start patch
    /// applied over an old scorecard (a restarted ingest) leaves nothing stale behind.
    static let optionalKeys = ["first_innings", "chase", "last_wicket", "result"]

    struct Batter: Sendable {
        var player: Int
        var runs = 0, balls = 0, fours = 0, sixes = 0
    }

    struct Bowler: Sendable {
        var player: Int
        var balls = 0, maidens = 0, runs = 0, wickets = 0
    }

    /// One innings as scorers keep it.
    struct Innings: Sendable {
        var batting: Int  // index into `teams`
        var runs = 0, wickets = 0, balls = 0, extras = 0
        var batters: [Batter] = [Batter(player: 0), Batter(player: 1)]
        var striker = 0
        var nextBatter = 2
        /// The bowling side's last six players, each allowed four overs.
        var bowlers: [Bowler] = (5..<11).map { Bowler(player: $0) }
        var bowler = 0
        var previousBowler: Int?
        var concededThisOver = 0
        var lastBalls: [String] = []

        var overs: String { "\(balls / 6).\(balls % 6)" }
    }

    enum Phase: Sendable { case notStarted, live, complete }

    private var random: SplitMix64
    private let fixedTeams: (CricketTeam, CricketTeam)?
    private let continuous: Bool
    private var phase = Phase.notStarted
    private var teams: [CricketTeam] = []
    private var toss = ""
    private var inningsNumber = 1
    private var innings = Innings(batting: 0)
    private var firstInnings: Innings?
    private var lastWicket: String?
    private var commentary = ""
    private var result: String?

    /// Matches started so far (0 before the first call).
    public private(set) var game = 0
    /// The scorecard after every event returned so far; an empty object before the first call.
    public private(set) var state = JSONValue.object([:])
    /// True once a non-continuous simulator has produced its result.
    public var isFinished: Bool { phase == .complete && !continuous }

    /// A simulator that plays `teams` (home first), or two built-in sides drawn for each match.
    public init(seed: UInt64, teams: (home: CricketTeam, away: CricketTeam)? = nil, continuous: Bool = true) {
        self.random = SplitMix64(seed: seed)
        self.fixedTeams = teams
        self.continuous = continuous
    }

    /// The events of the next step; empty only when `isFinished`.
    public mutating func nextBall() -> [SimulatedEvent] {
        switch phase {
        case .notStarted:
            return [startMatch()]
        case .complete:
            return continuous ? [startMatch()] : []
        case .live:
            return bowlDelivery()
        }
    }

    // MARK: - Match and innings changes

    private mutating func startMatch() -> SimulatedEvent {
        game += 1
        if let fixedTeams {
            teams = [fixedTeams.0, fixedTeams.1]
        } else {
            let home = random.below(CricketTeam.builtIn.count)
            let away = (home + 1 + random.below(CricketTeam.builtIn.count - 1)) % CricketTeam.builtIn.count
            teams = [CricketTeam.builtIn[home], CricketTeam.builtIn[away]]
        }
        let winner = random.below(2)
        let bats = random.chance(40)
        toss = "\(teams[winner].name) won the toss and chose to \(bats ? "bat" : "bowl")"
        inningsNumber = 1
        innings = Innings(batting: bats ? winner : 1 - winner)
        innings.bowler = chooseBowler()
        firstInnings = nil
        lastWicket = nil
        result = nil
        commentary = "Welcome to \(teams[0].ground) for \(teams[0].name) against \(teams[1].name). \(toss)."
        phase = .live
        let fresh = render()
        guard case .object(var patch) = fresh else { preconditionFailure("the scorecard is an object") }
        for key in Self.optionalKeys where !patch.keys.contains(key) {
            patch[key] = .null
        }
        state = fresh
        return SimulatedEvent(kind: .matchStart, priority: .critical, patch: .object(patch))
    }

    private mutating func closeInnings() -> SimulatedEvent {
        if inningsNumber == 1 {
            firstInnings = innings
            inningsNumber = 2
            innings = Innings(batting: 1 - innings.batting)
            innings.bowler = chooseBowler()
            lastWicket = nil
            return emit(.inningsBreak, .critical)
        }
        let chasing = teams[innings.batting].name
        let defending = teams[1 - innings.batting].name
        let target = (firstInnings?.runs ?? 0) + 1
        if innings.runs >= target {
            let margin = 10 - innings.wickets
            result = "\(chasing) won by \(margin) wicket\(margin == 1 ? "" : "s")"
        } else if innings.runs == target - 1 {
            result = "Match tied"
        } else {
            let margin = target - 1 - innings.runs
            result = "\(defending) won by \(margin) run\(margin == 1 ? "" : "s")"
        }
        phase = .complete
        return emit(.result, .critical)
    }

    /// A bowler with overs left who did not bowl the last over, favouring those with more left.
    /// Six bowlers of four overs each always leave two with overs to spare before over 20.
    private mutating func chooseBowler() -> Int {
        let candidates = innings.bowlers.indices.filter {
            $0 != innings.previousBowler && innings.bowlers[$0].balls < 24
        }
        guard !candidates.isEmpty else { return innings.bowler }
        let weights = candidates.map { ($0, 25 - innings.bowlers[$0].balls) }
        return random.weighted(weights)
    }

    // MARK: - One delivery

    enum Outcome: Sendable {
        case runs(Int)
        case byes(Int)
        case legByes(Int)
        case wide(Int)
        case noBall(Int)
        case wicket(Dismissal)
    }

    enum Dismissal: Sendable { case bowled, caught, lbw, runOut, stumped }

    private mutating func bowlDelivery() -> [SimulatedEvent] {
        let label = "\(innings.balls / 6).\(innings.balls % 6 + 1)"
        let bowlerName = teams[1 - innings.batting].players[innings.bowlers[innings.bowler].player]
        let batterName = teams[innings.batting].players[innings.batters[innings.striker].player]
        let outcome = drawOutcome()
        var text = ""
        var record = ""
        var legal = true
        var wicket = false

        switch outcome {
        case .wide(let runs):
            legal = false
            innings.extras += runs
            concede(runs, byBowler: true)
            record = "\(runs)wd"
            text = runs == 1 ? random.pick(Self.wideLines) : "wide, and it beats the keeper too: five wides"
        case .noBall(let bat):
            legal = false
            innings.extras += 1
            innings.batters[innings.striker].balls += 1
            credit(bat)
            concede(1 + bat, byBowler: true)
            record = "\(1 + bat)nb"
            text = "no-ball, overstepped" + (bat > 0 ? ", and \(bat) off the bat" : "")
            if bat % 2 == 1 { innings.striker = 1 - innings.striker }
        case .runs(let runs):
            innings.batters[innings.striker].balls += 1
            credit(runs)
            concede(runs, byBowler: true)
            record = "\(runs)"
            text = random.pick(Self.runLines[runs])
            if runs % 2 == 1 { innings.striker = 1 - innings.striker }
        case .byes(let runs), .legByes(let runs):
            let leg: Bool
            if case .legByes = outcome { leg = true } else { leg = false }
            innings.batters[innings.striker].balls += 1
            innings.extras += runs
            concede(runs, byBowler: false)
            record = "\(runs)\(leg ? "lb" : "b")"
            text =
                leg
                ? "off the pads, \(runs) leg bye\(runs == 1 ? "" : "s")"
                : "past the keeper, \(runs) bye\(runs == 1 ? "" : "s")"
            if runs % 2 == 1 { innings.striker = 1 - innings.striker }
        case .wicket(let how):
            wicket = true
            innings.batters[innings.striker].balls += 1
            var completed = 0
            var out = innings.striker
            if how == .runOut {
                // A run out may come after a completed run, and either batter may be short.
                if random.chance(30) { completed = 1 }
                if random.chance(40) { out = 1 - innings.striker }
            }
            credit(completed)
            concede(completed, byBowler: true)
            if completed == 1 { innings.striker = 1 - innings.striker }
            let dismissal = describe(how, bowler: bowlerName)
            let batter = innings.batters[out]
            lastWicket =
                "\(teams[innings.batting].players[batter.player]) \(dismissal) \(batter.runs) (\(batter.balls))"
            if how != .runOut { innings.bowlers[innings.bowler].wickets += 1 }
            innings.wickets += 1
            record = completed == 1 ? "1W" : "W"
            text = "OUT! \(lastWicket ?? dismissal)"
            if innings.wickets < 10 {
                innings.batters[out] = Batter(player: innings.nextBatter)
                innings.nextBatter += 1
            }
        }

        if legal {
            innings.balls += 1
            innings.bowlers[innings.bowler].balls += 1
        }
        innings.lastBalls = Array((innings.lastBalls + [record]).suffix(6))
        let overComplete = legal && innings.balls % 6 == 0
        if overComplete && innings.concededThisOver == 0 {
            innings.bowlers[innings.bowler].maidens += 1
        }

        var events = [emit(.ball, wicket ? .critical : .normal)]
        let notable: Bool
        switch outcome {
        case .runs(let runs): notable = runs >= 4
        default: notable = true
        }
        let line = "\(label) \(CricketTeam.surname(bowlerName)) to \(CricketTeam.surname(batterName)), \(text)"
        if (notable || random.chance(35)) && line != commentary {
            commentary = line
            events.append(emit(.commentary, .low))
        }

        let target = (firstInnings?.runs ?? Int.max - 1) + 1
        if innings.balls == Self.ballsPerInnings || innings.wickets == 10 || innings.runs >= target {
            events.append(closeInnings())
        } else if overComplete {
            innings.striker = 1 - innings.striker
            innings.previousBowler = innings.bowler
            innings.concededThisOver = 0
            innings.bowler = chooseBowler()
            events.append(emit(.overEnd, .normal))
        }
        return events
    }

    private mutating func drawOutcome() -> Outcome {
        let roll = random.below(1000)
        if roll < 30 { return .wide(random.chance(5) ? 5 : 1) }
        if roll < 38 { return .noBall(random.weighted([(0, 50), (1, 30), (2, 6), (4, 10), (6, 4)])) }
        let how = random.weighted([(Dismissal.caught, 55), (.bowled, 20), (.lbw, 15), (.runOut, 7), (.stumped, 3)])
        // Per mille of legal balls: about 1.3 runs and one wicket in twenty, as in T20 cricket.
        return random.weighted(
            [
                (.runs(0), 330), (.runs(1), 350), (.runs(2), 75), (.runs(3), 7), (.runs(4), 110),
                (.runs(6), 50), (.byes(1), 8), (.byes(4), 2), (.legByes(1), 15), (.legByes(2), 3), (.wicket(how), 50),
            ] as [(Outcome, Int)])
    }

    private mutating func credit(_ runs: Int) {
        innings.batters[innings.striker].runs += runs
        if runs == 4 { innings.batters[innings.striker].fours += 1 }
        if runs == 6 { innings.batters[innings.striker].sixes += 1 }
    }

    /// Adds `runs` to the total, and to the bowler's figures unless they are byes or leg byes.
    private mutating func concede(_ runs: Int, byBowler: Bool) {
        innings.runs += runs
        guard byBowler else { return }
        innings.bowlers[innings.bowler].runs += runs
        innings.concededThisOver += runs
    }

    private mutating func describe(_ how: Dismissal, bowler: String) -> String {
        let fielding = teams[1 - innings.batting].players
        let bowlerSurname = CricketTeam.surname(bowler)
        switch how {
        case .bowled: return "b \(bowlerSurname)"
        case .lbw: return "lbw b \(bowlerSurname)"
        case .stumped: return "st \(CricketTeam.surname(fielding[4])) b \(bowlerSurname)"
        case .runOut: return "run out (\(CricketTeam.surname(random.pick(fielding))))"
        case .caught:
            let fielder = random.pick(fielding)
            return fielder == bowler ? "c & b \(bowlerSurname)" : "c \(CricketTeam.surname(fielder)) b \(bowlerSurname)"
        }
    }

    // MARK: - The scorecard

    /// Renders the scorecard and returns the event that takes `state` to it: only what changed.
    private mutating func emit(_ kind: SimulatedEvent.Kind, _ priority: Priority) -> SimulatedEvent {
        let next = render()
        let patch = Self.diff(from: state, to: next) ?? .object([:])
        state = next
        return SimulatedEvent(kind: kind, priority: priority, patch: patch)
    }

    /// The merge patch from `old` to `new`, or nil when they are equal. The scorecard never holds
    /// a JSON null, so a null in the patch always means "removed".
    static func diff(from old: JSONValue, to new: JSONValue) -> JSONValue? {
        if old == new { return nil }
        guard case .object(let before) = old, case .object(let after) = new else { return new }
        var patch: [String: JSONValue] = [:]
        for (key, value) in after {
            if let earlier = before[key] {
                if let change = diff(from: earlier, to: value) { patch[key] = change }
            } else {
                patch[key] = value
            }
        }
        for key in before.keys where !after.keys.contains(key) {
            patch[key] = .null
        }
        return .object(patch)
    }

    private func render() -> JSONValue {
        let batting = teams[innings.batting]
        let bowling = teams[1 - innings.batting]
        func int(_ value: Int) -> JSONValue { .integer(Int64(value)) }
        func team(_ team: CricketTeam) -> JSONValue {
            .object([
                "code": .string(team.code), "name": .string(team.name),
                "players": .array(team.players.map(JSONValue.string)),
            ])
        }
        func batter(_ batter: Batter) -> JSONValue {
            .object([
                "name": .string(batting.players[batter.player]), "runs": int(batter.runs), "balls": int(batter.balls),
                "fours": int(batter.fours), "sixes": int(batter.sixes),
            ])
        }
        let bowler = innings.bowlers[innings.bowler]
        var card: [String: JSONValue] = [
            "game": int(game),
            "title": .string("\(teams[0].name) vs \(teams[1].name)"),
            "format": .string("T20"),
            "venue": .string(teams[0].ground),
            "teams": .object(["home": team(teams[0]), "away": team(teams[1])]),
            "toss": .string(toss),
            "phase": .string(phase == .complete ? "complete" : "live"),
            "innings": int(inningsNumber),
            "batting": .string(batting.code),
            "bowling": .string(bowling.code),
            "score": .object([
                "runs": int(innings.runs), "wickets": int(innings.wickets), "overs": .string(innings.overs),
                "extras": int(innings.extras),
                "run_rate": .string(Self.rate(runs: innings.runs, balls: innings.balls)),
            ]),
            "batters": .object(["a": batter(innings.batters[0]), "b": batter(innings.batters[1])]),
            "striker": .string(innings.striker == 0 ? "a" : "b"),
            "bowler": .object([
                "name": .string(bowling.players[bowler.player]),
                "overs": .string("\(bowler.balls / 6).\(bowler.balls % 6)"),
                "maidens": int(bowler.maidens), "runs": int(bowler.runs), "wickets": int(bowler.wickets),
            ]),
            "last_balls": .array(innings.lastBalls.map(JSONValue.string)),
            "status": .string(toss),
            "commentary": .string(commentary),
        ]
        if let firstInnings {
            card["first_innings"] = .object([
                "team": .string(teams[firstInnings.batting].code), "runs": int(firstInnings.runs),
                "wickets": int(firstInnings.wickets), "overs": .string(firstInnings.overs),
            ])
            let target = firstInnings.runs + 1
            let need = max(0, target - innings.runs)
            let ballsLeft = Self.ballsPerInnings - innings.balls
            card["chase"] = .object([
                "target": int(target), "need": int(need), "balls_left": int(ballsLeft),
                "required_rate": .string(Self.rate(runs: need, balls: ballsLeft)),
            ])
            card["status"] = .string(
                "\(batting.code) need \(need) run\(need == 1 ? "" : "s") from \(ballsLeft) ball\(ballsLeft == 1 ? "" : "s")"
            )
        }
        if let lastWicket { card["last_wicket"] = .string(lastWicket) }
        if let result {
            card["result"] = .string(result)
            card["status"] = .string(result)
        }
        return .object(card)
    }

    /// Runs per six balls with two decimals ("7.85"), in integers so every platform agrees.
    static func rate(runs: Int, balls: Int) -> String {
        guard balls > 0 else { return "0.00" }
        let hundredths = (runs * 600 + balls / 2) / balls
        let cents = hundredths % 100
        return "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    // MARK: - Commentary

    static let wideLines = [
        "wide, down the leg side", "wide, too far outside off", "wide, a bouncer over the batter's head",
    ]
    static let runLines: [[String]] = [
        [
            "no run, defended back to the bowler", "beaten outside off!", "dot ball, straight to cover",
            "left alone outside off", "swing and a miss",
        ],
        [
            "pushed to long-on for a single", "worked off the pads for one", "quick single to cover",
            "dabbed to third man for one",
        ],
        ["driven into the gap, they come back for two", "tucked to fine leg, two runs", "two, well run"],
        ["chased down just inside the rope, three runs"],
        [
            "FOUR! cracking cover drive", "FOUR! pulled hard through midwicket", "FOUR! edged past the slip",
            "FOUR! lovely late cut",
        ],
        [],
        ["SIX! launched over long-on", "SIX! slog-swept into the stands", "SIX! flat and hard over extra cover"],
    ]
}

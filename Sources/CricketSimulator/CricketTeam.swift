/// A side in the simulator: its name, three-letter code, home ground and eleven players in
/// batting order. By convention the fifth is the wicket-keeper and the last six bowl.
public struct CricketTeam: Sendable, Equatable {
    public let name: String
    public let code: String
    public let ground: String
    public let players: [String]

    /// `players` must hold exactly eleven names, written "Initial Surname".
    public init(name: String, code: String, ground: String, players: [String]) {
        precondition(players.count == 11, "a cricket team has eleven players")
        self.name = name
        self.code = code
        self.ground = ground
        self.players = players
    }

    /// The built-in (fictional) sides the simulator draws from when none are given.
    public static let builtIn: [CricketTeam] = [
        team(
            "Mumbai Mariners", "MUM", "Wankhede Stadium, Mumbai",
            "A Desai,R Kulkarni,S Patil,V Joshi,K Naik,H Shetty,P Gaikwad,T Pawar,M Sawant,J Bhosale,N Chavan"),
        team(
            "Chennai Cyclones", "CHE", "M. A. Chidambaram Stadium, Chennai",
            "S Raghavan,K Iyer,A Natarajan,V Subramanian,R Krishnan,M Venkatesh,P Arumugam,D Selvam,G Murugan,B Ramesh,T Anand"
        ),
        team(
            "Delhi Dynamos", "DEL", "Arun Jaitley Stadium, Delhi",
            "R Malhotra,A Kapoor,S Chopra,V Sehgal,K Bhatia,N Arora,M Khanna,P Grover,T Ahuja,D Sethi,J Batra"),
        team(
            "Kolkata Comets", "KOL", "Eden Gardens, Kolkata",
            "S Banerjee,A Mukherjee,R Chatterjee,D Ghosh,P Sen,K Bose,M Dutta,T Roy,B Sarkar,N Mitra,J Das"),
        team(
            "Lahore Lancers", "LAH", "Gaddafi Stadium, Lahore",
            "F Qureshi,U Malik,S Butt,A Rauf,I Chaudhry,H Sheikh,Z Mirza,K Abbasi,N Aslam,W Javed,T Iqbal"),
        team(
            "Colombo Cobras", "COL", "R. Premadasa Stadium, Colombo",
            "D Perera,K Fernando,S de Silva,M Wijesinghe,R Dissanayake,L Gunawardena,A Bandara,N Weerasinghe,T Rathnayake,C Samarakoon,P Jayawardene"
        ),
        team(
            "Cape Town Cheetahs", "CPT", "Newlands, Cape Town",
            "J van Wyk,P du Toit,K Nkosi,R Botha,S Mokoena,D Pretorius,T Naidoo,L Khumalo,M Jacobs,B Steyn,A Dlamini"),
        team(
            "Auckland Albatrosses", "AKL", "Eden Park, Auckland",
            "J Walker,M Ngata,T Harris,S Patel,B Thompson,R Tane,L Campbell,C Young,D Morrison,H Parata,A Fraser"),
    ]

    private static func team(_ name: String, _ code: String, _ ground: String, _ players: String) -> CricketTeam {
        CricketTeam(name: name, code: code, ground: ground, players: players.split(separator: ",").map(String.init))
    }

    /// "de Silva" for "S de Silva": how commentary names a player.
    static func surname(_ player: String) -> String {
        guard let space = player.firstIndex(of: " ") else { return player }
        return String(player[player.index(after: space)...])
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast and good enough for a simulation, and
/// deterministic for a seed on every platform, unlike the system generator.
/// Public so that load generators seeded the same way (the benchmark harness) share it.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`; the modulo bias is far below anything a cricket fan would notice.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(max(bound, 1)))
    }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// One of `choices`, each as likely as its weight.
    mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
        var roll = below(choices.reduce(0) { $0 + $1.1 })
        for (choice, weight) in choices {
            if roll < weight { return choice }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }
}

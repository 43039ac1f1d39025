import CreaseProtocol
import Synchronization

/// The match actors of this gateway by id.
///
/// A hub exists while it has subscribers (or someone joining); an empty hub retires itself and
/// leaves the directory, so ids a client merely asked about cost nothing afterwards.
final class MatchDirectory: Sendable {
    private let hubs = Mutex<[MatchID: MatchHub]>([:])

    /// The live hub of `match`, created with `make` when there is none.
    func hub(for match: MatchID, make: () -> MatchHub) -> MatchHub {
        hubs.withLock { hubs in
            if let hub = hubs[match] { return hub }
            let hub = make()
            hubs[match] = hub
            return hub
        }
    }

    /// Removes `hub` if it is still the directory's hub for its match.
    func retire(_ hub: MatchHub) {
        hubs.withLock { hubs in
            if hubs[hub.match] === hub { hubs[hub.match] = nil }
        }
    }

    var count: Int { hubs.withLock { $0.count } }

    var all: [MatchHub] { hubs.withLock { Array($0.values) } }
}

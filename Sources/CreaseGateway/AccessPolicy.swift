import NIOCore

/// Who may publish through `POST /v1/matches/{id}/events` (embedded gateway, crease-ingest).
///
/// With `INGEST_TOKEN` set: whoever sends `Authorization: Bearer <token>`. Unset: only peers on
/// loopback, so that a gateway started without configuration (`docker run -p 8080:8080`) does
/// not let the internet post scores.
struct PublishAuthorization: Sendable, Equatable {
    let token: String?

    enum Decision: Equatable {
        case allowed
        /// The token is set and the request's does not match.
        case badToken
        /// No token is configured and the peer is not on loopback.
        case notLoopback
    }

    func decide(authorization: String?, peer: SocketAddress?) -> Decision {
        if let token {
            return Self.bearerMatches(authorization, token: token) ? .allowed : .badToken
        }
        return peer.map(Self.isLoopback) == true ? .allowed : .notLoopback
    }

    /// `Authorization: Bearer <token>`, scheme case-insensitive, token compared in constant time.
    static func bearerMatches(_ header: String?, token: String) -> Bool {
        guard let header else { return false }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let given = Array(parts[1].utf8)
        let expected = Array(token.utf8)
        guard given.count == expected.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(given, expected) { difference |= a ^ b }
        return difference == 0
    }

    /// 127.0.0.0/8, ::1, ::ffff:127.0.0.0/104, or a Unix socket.
    static func isLoopback(_ address: SocketAddress) -> Bool {
        switch address {
        case .v4(let v4):
            return UInt32(bigEndian: v4.address.sin_addr.s_addr) >> 24 == 127
        case .v6(let v6):
            let bytes = withUnsafeBytes(of: v6.address.sin6_addr) { Array($0) }
            if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return true }
            return bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF && bytes[12] == 127
        case .unixDomainSocket:
            return true
        }
    }
}

/// `ALLOWED_ORIGINS`: the browser origins whose pages may open a WebSocket. A request without
/// an `Origin` header is not from a browser page (native apps, servers) and is not restricted;
/// unset means any origin.
public struct OriginAllowList: Sendable, Equatable {
    /// Normalised `scheme://host[:port]`, lower case.
    public let origins: Set<String>

    /// Parses a comma-separated list of `scheme://host[:port]`; nil (with the offending entry)
    /// when an entry is not an origin.
    public static func parse(_ text: String) -> Result<OriginAllowList, OriginListError> {
        var origins: Set<String> = []
        for entry in text.split(separator: ",") {
            var origin = entry.trimmingCharacters(in: " \t").lowercased()
            if origin.hasSuffix("/") { origin.removeLast() }
            guard !origin.isEmpty else { continue }
            guard let scheme = origin.range(of: "://"),
                ["http", "https"].contains(origin[..<scheme.lowerBound]),
                !origin[scheme.upperBound...].isEmpty, !origin[scheme.upperBound...].contains("/")
            else { return .failure(OriginListError(entry: String(entry))) }
            origins.insert(origin)
        }
        guard !origins.isEmpty else { return .failure(OriginListError(entry: text)) }
        return .success(OriginAllowList(origins: origins))
    }

    public func allows(_ origin: String?) -> Bool {
        guard let origin else { return true }
        var normalised = origin.lowercased()
        if normalised.hasSuffix("/") { normalised.removeLast() }
        return origins.contains(normalised)
    }
}

public struct OriginListError: Error, Equatable {
    public let entry: String
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        let characters = Array(set)
        return String(
            drop(while: { characters.contains($0) }).reversed().drop(while: { characters.contains($0) }).reversed())
    }

    fileprivate func range(of needle: String) -> Range<Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}

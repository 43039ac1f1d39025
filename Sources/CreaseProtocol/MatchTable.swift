/// A map from match to `Value` that holds its first entry inline and only the rest in a
/// dictionary: nearly every connection watches one match, and a dictionary of one entry costs
/// an allocation of about 200 bytes per connection and a string hash per lookup.
///
/// Guarantees: behaves as a `[MatchID: Value]` (at most one value per match); reads and in-place
/// changes of an entry neither copy its value nor hash when the match is the inline one.
/// `matches` lists the inline entry first, the rest in no particular order.
public struct MatchTable<Value> {
    // Two optionals rather than one optional pair, so that an in-place change can move the
    // value out (`take()`) and change it uniquely referenced. Inlinable throughout, reads by
    // `get` and hot changes by `update`: as coroutines called from another module, `_read` and
    // `_modify` allocated their frames, seven allocations per delivery (`Benchmarks/Micro`).
    @usableFromInline var firstMatch: MatchID?
    @usableFromInline var firstValue: Value?
    /// Never holds entries while the inline slot is empty.
    @usableFromInline var rest: [MatchID: Value] = [:]

    @inlinable
    public init() {}

    @inlinable
    public var count: Int { (firstMatch == nil ? 0 : 1) + rest.count }

    @inlinable
    public var isEmpty: Bool { firstMatch == nil }

    @inlinable
    public subscript(match: MatchID) -> Value? {
        get { firstMatch == match ? firstValue : rest[match] }
        _modify {
            if firstMatch == match {
                var value = firstValue.take()
                defer { settleFirst(value) }
                yield &value
            } else if firstMatch == nil {
                var value: Value? = nil
                defer {
                    if let value {
                        firstMatch = match
                        firstValue = value
                    }
                }
                yield &value
            } else {
                yield &rest[match]
            }
        }
    }

    /// Whether `match` has a value (without copying it: a copy retains what the value holds).
    @inlinable
    public func contains(_ match: MatchID) -> Bool {
        firstMatch == match || rest.index(forKey: match) != nil
    }

    /// Changes `match`'s value in place, if it has one, and returns what `body` returns: the
    /// hot path's way in (an ack-clock mark per delivery), a plain call where the subscript's
    /// `_modify` is a coroutine whose frame the caller may allocate.
    @inlinable
    public mutating func update<Result>(_ match: MatchID, _ body: (inout Value) -> Result) -> Result? {
        if firstMatch == match, var value = firstValue.take() {
            defer { firstValue = value }
            return body(&value)
        }
        guard let index = rest.index(forKey: match) else { return nil }
        return body(&rest.values[index])
    }

    /// Removes and returns `match`'s value.
    @inlinable @discardableResult
    public mutating func removeValue(forKey match: MatchID) -> Value? {
        if firstMatch == match {
            let value = firstValue.take()
            settleFirst(nil)
            return value
        }
        return rest.removeValue(forKey: match)
    }

    @inlinable
    public mutating func removeAll() {
        firstMatch = nil
        firstValue = nil
        rest = [:]
    }

    /// Every match in the table, the inline one first: a copy, so the table may change while it
    /// is walked, and no allocation (a connection's ticks walk it).
    @inlinable
    public var matches: Matches { Matches(first: firstMatch, rest: rest.keys) }

    /// The matches of a table, as ``matches`` returns them.
    public struct Matches: Sequence {
        @usableFromInline let first: MatchID?
        @usableFromInline let rest: [MatchID: Value].Keys

        @inlinable
        init(first: MatchID?, rest: [MatchID: Value].Keys) {
            self.first = first
            self.rest = rest
        }

        @inlinable
        public func makeIterator() -> Iterator { Iterator(first: first, rest: rest.makeIterator()) }

        public struct Iterator: IteratorProtocol {
            @usableFromInline var first: MatchID?
            @usableFromInline var rest: [MatchID: Value].Keys.Iterator

            @inlinable
            init(first: MatchID?, rest: [MatchID: Value].Keys.Iterator) {
                self.first = first
                self.rest = rest
            }

            @inlinable
            public mutating func next() -> MatchID? {
                if let match = first.take() { return match }
                return rest.next()
            }
        }
    }

    /// Every value in the table, in the order of `matches`.
    @inlinable
    public var values: [Value] {
        guard let firstValue else { return [] }
        return [firstValue] + rest.values
    }

    /// Puts the inline entry's value back after a change, or, when it was removed, moves an
    /// entry of `rest` inline.
    @inlinable
    mutating func settleFirst(_ value: Value?) {
        if let value {
            firstValue = value
            return
        }
        if let promoted = rest.first {
            rest.removeValue(forKey: promoted.key)
            firstMatch = promoted.key
            firstValue = promoted.value
        } else {
            firstMatch = nil
        }
    }
}

extension MatchTable: Sendable where Value: Sendable {}

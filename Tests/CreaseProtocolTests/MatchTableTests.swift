import CreaseProtocol
import Testing

@Suite("MatchTable")
struct MatchTableTests {
    /// Random inserts, changes and removals over a handful of matches behave exactly as a
    /// dictionary does, whichever entry is inline at the time.
    @Test func behavesAsADictionary() {
        var random = TestRandom(seed: 7)
        let matches = (0..<5).map { matchID("m\($0)") }
        var table = MatchTable<Int>()
        var model: [MatchID: Int] = [:]
        for step in 0..<5_000 {
            let match = matches[Int(random.next() % 5)]
            switch random.next() % 4 {
            case 0:
                table[match] = step
                model[match] = step
            case 1:
                table[match]? += 1
                model[match]? += 1
            case 2:
                #expect(table.removeValue(forKey: match) == model.removeValue(forKey: match))
            default:
                if random.next() % 50 == 0 {
                    table.removeAll()
                    model.removeAll()
                }
            }
            #expect(table.count == model.count)
            #expect(table.isEmpty == model.isEmpty)
            for match in matches {
                #expect(table[match] == model[match])
                #expect(table.contains(match) == (model[match] != nil))
            }
            #expect(Set(table.matches) == Set(model.keys))
            #expect(Array(table.matches).count == model.count)
            #expect(table.values.sorted() == model.values.sorted())
        }
    }

    /// Changing an entry in place (an ack clock's mark on every delivery) does not copy its
    /// value: the storage of an array value stays where it was.
    @Test func anEntryChangesInPlace() {
        var table = MatchTable<[Int]>()
        let first = matchID("final")
        let second = matchID("semi")
        for match in [first, second] {
            var storage: [Int] = []
            storage.reserveCapacity(16)
            table[match] = storage
        }
        for match in [first, second] {
            let before = table[match]!.withUnsafeBufferPointer { $0.baseAddress }
            table[match]?.append(1)
            let after = table[match]!.withUnsafeBufferPointer { $0.baseAddress }
            #expect(before == after, "\(match) was copied")
        }
    }

    /// Removing the inline entry moves another inline: the rest stays reachable.
    @Test func removingTheInlineEntryKeepsTheRest() {
        var table = MatchTable<String>()
        table[matchID("a")] = "A"
        table[matchID("b")] = "B"
        table[matchID("c")] = "C"
        #expect(table.removeValue(forKey: matchID("a")) == "A")
        #expect(table[matchID("b")] == "B")
        #expect(table[matchID("c")] == "C")
        table[matchID("b")] = nil
        #expect(table.count == 1)
        #expect(Array(table.matches) == [matchID("c")])
        table[matchID("c")] = nil
        #expect(table.isEmpty)
    }
}

import CreaseProtocol
import Testing

/// One row of a merge patch table: apply `patch` to `original`, expect `result`.
struct MergePatchCase: Sendable, CustomTestStringConvertible {
    let original: String
    let patch: String
    let result: String

    var testDescription: String { "\(original) + \(patch) = \(result)" }
}

@Suite("MergePatch.apply")
struct MergePatchApplyTests {
    /// RFC 7386 Appendix A, every row, verbatim.
    static let appendixA: [MergePatchCase] = [
        .init(original: #"{"a":"b"}"#, patch: #"{"a":"c"}"#, result: #"{"a":"c"}"#),
        .init(original: #"{"a":"b"}"#, patch: #"{"b":"c"}"#, result: #"{"a":"b","b":"c"}"#),
        .init(original: #"{"a":"b"}"#, patch: #"{"a":null}"#, result: #"{}"#),
        .init(original: #"{"a":"b","b":"c"}"#, patch: #"{"a":null}"#, result: #"{"b":"c"}"#),
        .init(original: #"{"a":["b"]}"#, patch: #"{"a":"c"}"#, result: #"{"a":"c"}"#),
        .init(original: #"{"a":"c"}"#, patch: #"{"a":["b"]}"#, result: #"{"a":["b"]}"#),
        .init(original: #"{"a":{"b":"c"}}"#, patch: #"{"a":{"b":"d","c":null}}"#, result: #"{"a":{"b":"d"}}"#),
        .init(original: #"{"a":[{"b":"c"}]}"#, patch: #"{"a":[1]}"#, result: #"{"a":[1]}"#),
        .init(original: #"["a","b"]"#, patch: #"["c","d"]"#, result: #"["c","d"]"#),
        .init(original: #"{"a":"b"}"#, patch: #"["c"]"#, result: #"["c"]"#),
        .init(original: #"{"a":"foo"}"#, patch: #"null"#, result: #"null"#),
        .init(original: #"{"a":"foo"}"#, patch: #""bar""#, result: #""bar""#),
        .init(original: #"{"e":null}"#, patch: #"{"a":1}"#, result: #"{"e":null,"a":1}"#),
        .init(original: #"[1,2]"#, patch: #"{"a":"b","c":null}"#, result: #"{"a":"b"}"#),
        .init(original: #"{}"#, patch: #"{"a":{"bb":{"ccc":null}}}"#, result: #"{"a":{"bb":{}}}"#),
    ]

    @Test("RFC 7386 Appendix A", arguments: appendixA)
    func appendixARow(_ row: MergePatchCase) throws {
        let result = MergePatch.apply(try json(row.patch), to: try json(row.original))
        #expect(result == (try json(row.result)))
    }

    @Test func appendixAHasAllFifteenRows() {
        #expect(Self.appendixA.count == 15)
    }

    @Test("RFC 7386 §3 example")
    func section3Example() throws {
        let original = try json(
            """
            {
              "title": "Goodbye!",
              "author" : {
                "givenName" : "John",
                "familyName" : "Doe"
              },
              "tags":[ "example", "sample" ],
              "content": "This will be unchanged"
            }
            """)
        let patch = try json(
            """
            {
              "title": "Hello!",
              "phoneNumber": "+01-123-456-7890",
              "author": {
                "familyName": null
              },
              "tags": [ "example" ]
            }
            """)
        let expected = try json(
            """
            {
              "title": "Hello!",
              "author" : {
                "givenName" : "John"
              },
              "tags": [ "example" ],
              "content": "This will be unchanged",
              "phoneNumber": "+01-123-456-7890"
            }
            """)
        #expect(MergePatch.apply(patch, to: original) == expected)
    }

    @Test func noDocumentYetIsAnEmptyObject() throws {
        #expect(
            MergePatch.apply(try json(#"{"a":{"b":null,"c":1},"d":null}"#), to: nil) == (try json(#"{"a":{"c":1}}"#)))
        #expect(MergePatch.apply(try json(#"[1]"#), to: nil) == (try json(#"[1]"#)))
    }

    @Test func integersAndDoublesStayDistinct() throws {
        // A score of 4 and a rate of 4.5 must survive a patch unchanged in kind.
        let result = MergePatch.apply(try json(#"{"runs":4,"rate":4.5}"#), to: try json(#"{"runs":1}"#))
        #expect(result["runs"] == .integer(4))
        #expect(result["rate"] == .double(4.5))
    }
}

@Suite("MergePatch.compose")
struct MergePatchComposeTests {
    /// What the comment on `compose` says cannot be composed: `first` replaces a member (or
    /// the whole document) with a non-object, or deletes it, and `second` merges an object in.
    static func documentedNonComposable(_ first: JSONValue, _ second: JSONValue) -> Bool {
        guard case .object(let secondMembers) = second else { return false }
        guard case .object(let firstMembers) = first else { return true }
        for (key, value) in secondMembers {
            guard case .object = value, let earlier = firstMembers[key] else { continue }
            if case .object = earlier {
                if documentedNonComposable(earlier, value) { return true }
            } else {
                return true
            }
        }
        return false
    }

    static let keys = ["a", "b", "c"]

    static func randomScalar(_ random: inout TestRandom) -> JSONValue {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: .integer(Int64.random(in: -3...3, using: &random))
        case 1: .string(["x", "y", "z"].randomElement(using: &random)!)
        case 2: .bool(Bool.random(using: &random))
        case 3: .array([.integer(Int64.random(in: 0...2, using: &random))])
        default: .double(0.5)
        }
    }

    /// A document: mostly objects, sometimes a scalar, an array or no document at all.
    static func randomDocument(_ random: inout TestRandom, depth: Int) -> JSONValue? {
        let roll = Int.random(in: 0..<10, using: &random)
        if depth == 0 && roll == 0 { return nil }
        if roll < 2 || depth >= 3 { return randomScalar(&random) }
        var members: [String: JSONValue] = [:]
        for key in keys where Bool.random(using: &random) {
            if Int.random(in: 0..<8, using: &random) == 0 {
                members[key] = .null  // documents may hold nulls (RFC 7386 Appendix A row 13)
            } else {
                members[key] = randomDocument(&random, depth: depth + 1) ?? .null
            }
        }
        return .object(members)
    }

    /// A patch: mostly objects whose members delete, replace or merge.
    static func randomPatch(_ random: inout TestRandom, depth: Int) -> JSONValue {
        if depth == 0 && Int.random(in: 0..<12, using: &random) == 0 {
            return Bool.random(using: &random) ? randomScalar(&random) : .null
        }
        var members: [String: JSONValue] = [:]
        for key in keys where Int.random(in: 0..<3, using: &random) > 0 {
            switch Int.random(in: 0..<4, using: &random) {
            case 0: members[key] = .null
            case 1: members[key] = randomScalar(&random)
            default: members[key] = depth < 2 ? randomPatch(&random, depth: depth + 1) : randomScalar(&random)
            }
        }
        return .object(members)
    }

    @Test func composedPatchHasTheEffectOfBothInOrder() {
        var random = TestRandom(seed: 7386)
        var composable = 0
        var nonComposable = 0
        for _ in 0..<3000 {
            let first = Self.randomPatch(&random, depth: 0)
            let second = Self.randomPatch(&random, depth: 0)
            let composed = MergePatch.compose(first, second)
            #expect(
                (composed == nil) == Self.documentedNonComposable(first, second),
                "compose(\(first.serializedString), \(second.serializedString))")
            guard let composed else {
                nonComposable += 1
                continue
            }
            composable += 1
            for _ in 0..<12 {
                let document = Self.randomDocument(&random, depth: 0)
                let stepwise = MergePatch.apply(second, to: MergePatch.apply(first, to: document))
                let once = MergePatch.apply(composed, to: document)
                #expect(
                    once == stepwise,
                    "a=\(first.serializedString) b=\(second.serializedString) d=\(document?.serializedString ?? "none")"
                )
            }
        }
        // The generator must exercise both outcomes for the law to mean something.
        #expect(composable > 1000)
        #expect(nonComposable > 100)
    }

    @Test func nestedObjectsNullsAndArrays() throws {
        let first = try json(#"{"score":{"runs":10,"extras":null},"last":[1,2],"striker":"a"}"#)
        let second = try json(#"{"score":{"runs":11,"wickets":1},"last":[2,"W"],"striker":null}"#)
        let composed = try #require(MergePatch.compose(first, second))
        #expect(
            composed == (try json(#"{"score":{"runs":11,"extras":null,"wickets":1},"last":[2,"W"],"striker":null}"#)))
        let document = try json(#"{"score":{"runs":9,"extras":3,"overs":"1.2"},"striker":"b","title":"t"}"#)
        #expect(
            MergePatch.apply(composed, to: document)
                == MergePatch.apply(second, to: MergePatch.apply(first, to: document)))
        #expect(
            MergePatch.apply(composed, to: document)
                == (try json(#"{"score":{"runs":11,"wickets":1,"overs":"1.2"},"last":[2,"W"],"title":"t"}"#)))
    }

    @Test func secondNullDeletesWhatFirstSet() throws {
        let composed = try #require(MergePatch.compose(try json(#"{"a":{"b":1}}"#), try json(#"{"a":null}"#)))
        #expect(composed == (try json(#"{"a":null}"#)))
    }

    @Test func secondMergesIntoAMemberFirstLeftAlone() throws {
        let composed = try #require(MergePatch.compose(try json(#"{"x":1}"#), try json(#"{"a":{"b":null}}"#)))
        #expect(composed == (try json(#"{"x":1,"a":{"b":null}}"#)))
    }

    @Test func nonObjectSecondReplacesEverything() throws {
        #expect(MergePatch.compose(try json(#"{"a":1}"#), try json(#"[1]"#)) == (try json(#"[1]"#)))
        #expect(MergePatch.compose(try json(#""x""#), try json(#"null"#)) == .null)
        #expect(MergePatch.compose(try json(#"3"#), try json(#""y""#)) == .string("y"))
    }

    @Test(
        "not composable: first sets a non-object, second merges an object into it",
        arguments: [
            (#"{"a":1}"#, #"{"a":{"b":2}}"#),
            (#"{"a":null}"#, #"{"a":{"b":2}}"#),
            (#"{"a":[1]}"#, #"{"a":{}}"#),
            (#"{"a":{"b":"s"}}"#, #"{"a":{"b":{"c":1}}}"#),
            (#"[1]"#, #"{"a":1}"#),
            (#""text""#, #"{}"#),
            (#"null"#, #"{"a":1}"#),
        ])
    func notComposable(_ pair: (String, String)) throws {
        #expect(MergePatch.compose(try json(pair.0), try json(pair.1)) == nil)
    }

    @Test func nonComposableReallyHasNoSinglePatch() throws {
        // {"a":1} then {"a":{"b":2}} always yields a == {"b":2}; a patch that sets a to an object
        // merges into d.a instead, keeping d.a's other members, so no patch matches both cases.
        let first = try json(#"{"a":1}"#)
        let second = try json(#"{"a":{"b":2}}"#)
        let withExtra = try json(#"{"a":{"c":3}}"#)
        #expect(MergePatch.apply(second, to: MergePatch.apply(first, to: withExtra)) == (try json(#"{"a":{"b":2}}"#)))
        #expect(MergePatch.apply(second, to: withExtra) == (try json(#"{"a":{"b":2,"c":3}}"#)))
    }
}

@Suite("JSONValue")
struct JSONValueTests {
    @Test func serialisesCompactWithSortedKeys() throws {
        let value = try json(#"{ "b" : [1, 2.5, true, null], "a" : {"z": "x", "y": -7} }"#)
        #expect(value.serializedString == #"{"a":{"y":-7,"z":"x"},"b":[1,2.5,true,null]}"#)
    }

    @Test func stringEscapesRoundTrip() throws {
        let text = "quote \" backslash \\ newline \n tab \t cr \r bell \u{07} unicode é 🏏"
        let encoded = JSONValue.string(text).serializedString
        #expect(!encoded.contains("\n"))
        #expect(encoded.contains(#"\u0007"#))
        #expect(try json(encoded) == .string(text))
    }

    @Test func integersSurviveExactly() throws {
        #expect(try json("9223372036854775807") == .integer(.max))
        #expect(try json("-12") == .integer(-12))
        #expect(JSONValue.integer(.max).serializedString == "9223372036854775807")
    }

    @Test func integerValue() throws {
        #expect(JSONValue.integer(5).integerValue == 5)
        #expect(JSONValue.double(5).integerValue == 5)
        #expect(JSONValue.double(5.5).integerValue == nil)
        #expect(JSONValue.double(1e300).integerValue == nil)
        #expect(JSONValue.string("5").integerValue == nil)
        #expect(JSONValue.bool(true).integerValue == nil)
    }

    @Test func booleansAreNotNumbers() throws {
        #expect(try json("true") == .bool(true))
        #expect(try json("1") == .integer(1))
        #expect(try json("0") == .integer(0))
    }

    @Test func commasAndBracketsInsideStringsAreText() throws {
        #expect(try json(#"[",]", ",}", "\",]"]"#) == .array([.string(",]"), .string(",}"), .string("\",]")]))
        #expect(try json(#"{"a\\":",}"}"#) == .object(["a\\": .string(",}")]))
        #expect(try json(" [ 1 , 2 ] ") == .array([.integer(1), .integer(2)]))
    }

    @Test func nonFiniteDoublesEncodeAsNull() {
        #expect(JSONValue.array([.double(.nan), .double(.infinity)]).serializedString == "[null,null]")
    }

    @Test(
        "invalid JSON is rejected",
        arguments: [
            "", "{", "[1,]", "[1 ,\n ]", #"{"a":1,}"#, #"{"a":[1,],"b":2}"#, "{\"a\" 1}", "nul", "{\"a\":1} x", "'a'",
            "01", "[1,,2]", "\"\\x41\"", "\"a\u{01}b\"", "NaN", "[1] // comment",
        ])
    func rejectsInvalid(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
    }
}

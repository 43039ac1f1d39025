import CreaseProtocol
import Testing

/// RFC 8259 strictness of `JSONValue(parsing:)`: what a client sends is either understood
/// exactly or rejected as `bad_json`.
@Suite struct JSONParserTests {
    @Test(arguments: [
        (
            #"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#,
            JSONValue.object(["a": 1, "b": [true, false, nil], "c": ["d": "e"]])
        ),
        (" [ ] ", JSONValue.array([])),
        ("{}", JSONValue.object([:])),
        ("-0", JSONValue.integer(0)),
        ("12.5e2", JSONValue.double(1250)),
        ("9223372036854775807", JSONValue.integer(.max)),
        ("9223372036854775808", JSONValue.double(9_223_372_036_854_775_808)),
        (#""\u00e9\n\"\\\/""#, JSONValue.string("é\n\"\\/")),
        (#""\ud83c\udfcf""#, JSONValue.string("🏏")),
        (#""héllo""#, JSONValue.string("héllo")),
    ])
    func parsesValidDocuments(text: String, expected: JSONValue) throws {
        #expect(try JSONValue(parsing: text) == expected)
    }

    @Test(arguments: [
        "", "   ", "[1,]", #"{"a":1,}"#, "[1 2]", "01", "1.", ".5", "1e", "+1", "--1", "NaN", "Infinity",
        "tru", "nulls", #"{"a" 1}"#, #"{a:1}"#, "'x'", #""unterminated"#, "\"tab\there\"", #""\x41""#,
        #""\ud83c""#, #""\udfcf""#, "[1]]", "{} {}",
        String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
    ])
    func rejectsInvalidDocuments(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
    }

    @Test func rejectsInvalidUTF8InStrings() {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: [0x22, 0xC3, 0x28, 0x22]) }
    }

    @Test func serialisationRoundTrips() throws {
        let value: JSONValue = [
            "score": ["runs": 154, "overs": "17.2", "rate": 8.9], "last": ["4", "W", "1wd"],
            "note": "a \"quoted\"\nline", "gone": nil,
        ]
        #expect(try JSONValue(parsing: value.serialized) == value)
    }
}

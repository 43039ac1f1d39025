import CreaseProtocol
import Testing

@Suite("MatchID")
struct MatchIDTests {
    @Test(
        "valid ids",
        arguments: [
            "a", "0", "_", "-", "IND-vs-AUS_2024", "ABCxyz019", String(repeating: "a", count: 64),
            String(repeating: "Z9_-", count: 16),
        ])
    func valid(_ raw: String) throws {
        let id = try #require(MatchID(raw))
        #expect(id.rawValue == raw)
        #expect(id.description == raw)
    }

    @Test(
        "invalid ids",
        arguments: [
            "", String(repeating: "a", count: 65), String(repeating: "Z9_-", count: 16) + "x",
            "a/b", "/", "a b", " ", "a\n", "é", "caf\u{E9}", "ab\u{301}", "🏏", "\u{FF11}", "a.b", "a%20",
            "a?b", "a#b", "\u{0}", "a\u{0}", "..", "match:1", "ä" + String(repeating: "a", count: 31),
        ])
    func invalid(_ raw: String) {
        #expect(MatchID(raw) == nil)
    }

    @Test func multiByteCharactersAreRefusedEvenWithinTheLengthLimit() {
        // 32 characters, 64 UTF-8 bytes: short enough, but only ASCII letters, digits, '_', '-' pass.
        #expect(MatchID(String(repeating: "é", count: 32)) == nil)
    }

    @Test func ordersByRawValue() {
        #expect(matchID("a") < matchID("b"))
        #expect(matchID("A") < matchID("a"))
        #expect(!(matchID("b") < matchID("b")))
    }
}

@Suite("ClientMessage.decode")
struct ClientMessageDecodeTests {
    static func decode(_ text: String) -> Result<ClientMessage, ClientMessageRejection> {
        ClientMessage.decode(Array(text.utf8))
    }

    static func code(_ text: String) -> ErrorCode? {
        if case .failure(let rejection) = decode(text) { return rejection.code }
        return nil
    }

    @Test func subscribe() throws {
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1"}"#).get() == .subscribe(match: matchID("m1"), since: nil)
        )
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1","since":null}"#).get()
                == .subscribe(match: matchID("m1"), since: nil))
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1","since":0}"#).get()
                == .subscribe(match: matchID("m1"), since: 0))
        #expect(
            try Self.decode(#"{"since":42,"match":"m1","type":"subscribe"}"#).get()
                == .subscribe(match: matchID("m1"), since: 42))
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1","since":7.0}"#).get()
                == .subscribe(match: matchID("m1"), since: 7))
    }

    /// Protocol 1.1: `conflate` is a boolean; absent or null means false, anything else is refused.
    @Test func subscribeWithConflate() throws {
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1","conflate":true}"#).get()
                == .subscribe(match: matchID("m1"), since: nil, conflate: true))
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1","since":4,"conflate":true}"#).get()
                == .subscribe(match: matchID("m1"), since: 4, conflate: true))
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1","conflate":false}"#).get()
                == .subscribe(match: matchID("m1"), since: nil, conflate: false))
        #expect(
            try Self.decode(#"{"type":"subscribe","match":"m1","conflate":null}"#).get()
                == .subscribe(match: matchID("m1"), since: nil))
        #expect(Self.code(#"{"type":"subscribe","match":"m1","conflate":1}"#) == .badMessage)
        #expect(Self.code(#"{"type":"subscribe","match":"m1","conflate":"yes"}"#) == .badMessage)
        let encoded = ClientMessage.subscribe(match: matchID("m1"), since: 9, conflate: true).encoded
        #expect(ClientMessage.decode(encoded) == .success(.subscribe(match: matchID("m1"), since: 9, conflate: true)))
        #expect(
            !String(decoding: ClientMessage.subscribe(match: matchID("m1"), since: nil).encoded, as: UTF8.self)
                .contains("conflate"))
    }

    @Test func unsubscribe() throws {
        #expect(
            try Self.decode(#"{"type":"unsubscribe","match":"IND-AUS"}"#).get()
                == .unsubscribe(match: matchID("IND-AUS")))
    }

    @Test func ack() throws {
        #expect(try Self.decode(#"{"type":"ack","match":"m","seq":17}"#).get() == .ack(match: matchID("m"), seq: 17))
        #expect(try Self.decode(#"{"type":"ack","match":"m","seq":0}"#).get() == .ack(match: matchID("m"), seq: 0))
        #expect(
            try Self.decode(#"{"type":"ack","match":"m","seq":9223372036854775807}"#).get()
                == .ack(match: matchID("m"), seq: .max))
    }

    /// The canonical-ack fast path answers exactly what the full parser answers, for canonical
    /// acks and for every near miss (which it leaves to the parser).
    @Test(
        "ack fast path agrees with the parser",
        arguments: [
            #"{"type":"ack","match":"m","seq":17}"#, #"{"type":"ack","match":"m","seq":0}"#,
            #"{"type":"ack","match":"IND-vs-AUS_2024","seq":123456789012345678}"#,
            #"{"type":"ack","match":"m","seq":1234567890123456789}"#, #"{"type":"ack","match":"m","seq":01}"#,
            #"{"type":"ack","match":"m","seq":-1}"#, #"{"type":"ack","match":"m","seq":1.5}"#,
            #"{"type":"ack","match":"m","seq":1e3}"#, #"{"type":"ack","match":"m","seq":}"#,
            #"{"type":"ack","match":"","seq":1}"#, #"{"type":"ack","match":"a/b","seq":1}"#,
            #"{"type":"ack","match":"a\"b","seq":1}"#, #"{"type":"ack","match":"\u0041","seq":1}"#,
            #"{"type":"ack","match":"m","seq":1}}"#, #"{"type":"ack","match":"m","seq":1 }"#,
            #"{"type":"ack","match":"m","seq":1,"seq":2}"#, #"{"type":"ack","match":"m","seq":"1"}"#,
            #"{"type":"ack","match":""# + String(repeating: "a", count: 65) + #"","seq":1}"#,
            #"{"type":"ack","match":""# + String(repeating: "a", count: 64) + #"","seq":1}"#,
            #"{"type":"ack","match":"m""#, #"{"type":"ack","match":"m","seq":1"#,
        ])
    func ackFastPathAgreesWithTheParser(_ text: String) {
        let fast = ClientMessage.decode(Array(text.utf8))
        let full: Result<ClientMessage, ClientMessageRejection>
        if let value = try? JSONValue(parsing: Array(text.utf8)) {
            full = ClientMessage.decode(value)
        } else {
            full = .failure(.init(.badJSON, "the message is not valid JSON"))
        }
        #expect(fast == full)
    }

    @Test func unknownMembersAreIgnored() throws {
        #expect(
            try Self.decode(#"{"type":"ack","match":"m","seq":1,"extra":{"x":[1]}}"#).get()
                == .ack(match: matchID("m"), seq: 1))
    }

    @Test func theMatchPropertyNamesTheMatch() {
        #expect(ClientMessage.subscribe(match: matchID("x"), since: 3).match == matchID("x"))
        #expect(ClientMessage.unsubscribe(match: matchID("y")).match == matchID("y"))
        #expect(ClientMessage.ack(match: matchID("z"), seq: 1).match == matchID("z"))
    }

    @Test(
        "bad_json",
        arguments: [
            "", "{", "subscribe", #"{"type":"subscribe","match":"m""#, "{type:1}", "[1,2",
            #"{"type":"subscribe","match":"m",}"#, #"{"type":"ack","match":"m","seq":01}"#,
        ])
    func badJSON(_ text: String) {
        #expect(Self.code(text) == .badJSON)
    }

    @Test func invalidUTF8IsBadJSON() {
        let result = ClientMessage.decode([UInt8(ascii: "\""), 0xFF, 0xFE, UInt8(ascii: "\"")])
        guard case .failure(let rejection) = result else {
            Issue.record("decoded invalid UTF-8")
            return
        }
        #expect(rejection.code == .badJSON)
    }

    @Test(
        "bad_message",
        arguments: [
            "[]", "42", #""subscribe""#, "null", "{}",
            #"{"match":"m"}"#,  // no type
            #"{"type":1,"match":"m"}"#,  // type not a string
            #"{"type":"hello","match":"m"}"#,  // unknown type
            #"{"type":"Subscribe","match":"m"}"#,  // types are case-sensitive
            #"{"type":"subscribe"}"#,  // missing match
            #"{"type":"unsubscribe"}"#,
            #"{"type":"ack","seq":1}"#,
            #"{"type":"subscribe","match":5}"#,  // match not a string
            #"{"type":"subscribe","match":null}"#,
            #"{"type":"subscribe","match":["m"]}"#,
            #"{"type":"subscribe","match":"m","since":-1}"#,  // negative since
            #"{"type":"subscribe","match":"m","since":"3"}"#,  // since of the wrong type
            #"{"type":"subscribe","match":"m","since":true}"#,
            #"{"type":"subscribe","match":"m","since":1.5}"#,
            #"{"type":"ack","match":"m"}"#,  // missing seq
            #"{"type":"ack","match":"m","seq":null}"#,
            #"{"type":"ack","match":"m","seq":-1}"#,  // negative seq
            #"{"type":"ack","match":"m","seq":"5"}"#,  // seq of the wrong type
            #"{"type":"ack","match":"m","seq":2.5}"#,
            #"{"type":"ack","match":"m","seq":1e300}"#,
        ])
    func badMessage(_ text: String) {
        #expect(Self.code(text) == .badMessage)
    }

    @Test(
        "bad_match_id",
        arguments: [
            #"{"type":"subscribe","match":""}"#,
            #"{"type":"subscribe","match":"a/b"}"#,
            #"{"type":"unsubscribe","match":"a b"}"#,
            #"{"type":"ack","match":"é","seq":1}"#,
            "{\"type\":\"subscribe\",\"match\":\"\(String(repeating: "x", count: 65))\"}",
        ])
    func badMatchID(_ text: String) {
        #expect(Self.code(text) == .badMatchID)
    }

    @Test func rejectionsExplainThemselves() throws {
        guard case .failure(let rejection) = Self.decode(#"{"type":"subscribe","match":"a/b"}"#) else {
            Issue.record("accepted a bad id")
            return
        }
        #expect(rejection.message == MatchID.rule)
        guard case .failure(let unknown) = Self.decode(#"{"type":"frobnicate","match":"m"}"#) else {
            Issue.record("accepted an unknown type")
            return
        }
        #expect(unknown.message.contains("frobnicate"))
    }

    @Test(
        "encoded round trip",
        arguments: [
            ClientMessage.subscribe(match: matchID("m-1"), since: nil),
            .subscribe(match: matchID("m_2"), since: 0),
            .subscribe(match: matchID("M3"), since: 123_456_789_012),
            .unsubscribe(match: matchID("x")),
            .ack(match: matchID("y"), seq: 0),
            .ack(match: matchID(String(repeating: "z", count: 64)), seq: .max),
        ])
    func roundTrip(_ message: ClientMessage) throws {
        #expect(try ClientMessage.decode(message.encoded).get() == message)
        let parsed = try JSONValue(parsing: message.encoded)
        #expect(parsed["type"]?.stringValue != nil)
        #expect(parsed["match"]?.stringValue == message.match.rawValue)
    }

    @Test func subscribeWithoutSinceOmitsTheField() throws {
        let parsed = try JSONValue(parsing: ClientMessage.subscribe(match: matchID("m"), since: nil).encoded)
        #expect(parsed["since"] == nil)
    }
}

@Suite("ServerMessage")
struct ServerMessageTests {
    @Test func hello() throws {
        let parsed = try JSONValue(
            parsing: ServerMessage.hello(gateway: "gw-1", heartbeatMilliseconds: 15000, ackTimeoutMilliseconds: 5000))
        #expect(
            parsed
                == (try json(
                    #"{"type":"hello","protocol":1,"gateway":"gw-1","heartbeat_ms":15000,"ack_timeout_ms":5000}"#)))
    }

    @Test func snapshotWithNoState() throws {
        let bytes = ServerMessage.snapshot(match: matchID("m"), seq: 0, state: nil)
        let parsed = try JSONValue(parsing: bytes)
        #expect(parsed == (try json(#"{"type":"snapshot","match":"m","seq":0,"state":null}"#)))
        // The member is present and null, not missing.
        #expect(parsed["state"] == .null)
    }

    @Test func snapshotWithState() throws {
        let state = try json(#"{"score":{"runs":120,"wickets":3,"overs":"15.2"},"title":"A vs B \"final\""}"#)
        let parsed = try JSONValue(parsing: ServerMessage.snapshot(match: matchID("m9"), seq: 41, state: state))
        #expect(parsed["type"] == .string("snapshot"))
        #expect(parsed["match"] == .string("m9"))
        #expect(parsed["seq"] == .integer(41))
        #expect(parsed["state"] == state)
    }

    @Test(
        "the spliced snapshot is byte-identical to the encoded one",
        arguments: [
            #"{"score":{"runs":120,"wickets":3},"z":[1,2,{"a":null}],"t":"x\"y"}"#, "null", "{}", "[1]",
        ])
    func splicedSnapshot(_ stateText: String) throws {
        let state = try json(stateText)
        let match = matchID("IND-AUS_1")
        let spliced = ServerMessage.snapshot(match: match, seq: 7, stateJSON: state.serialized)
        #expect(spliced == ServerMessage.snapshot(match: match, seq: 7, state: state))
        #expect(try JSONValue(parsing: spliced)["state"] == state)
    }

    @Test func delta() throws {
        let data = try json(#"{"score":{"runs":4}}"#)
        let bytes = ServerMessage.delta(
            match: matchID("m"), seq: 12, timestamp: 1_700_000_000_123, priority: .critical, data: data)
        let parsed = try JSONValue(parsing: bytes)
        #expect(
            parsed
                == .object([
                    "type": .string("delta"), "match": .string("m"), "seq": .integer(12),
                    "ts": .integer(1_700_000_000_123), "priority": .string("critical"), "data": data,
                ]))
    }

    @Test("resync", arguments: ResyncReason.allCases)
    func resync(_ reason: ResyncReason) throws {
        let parsed = try JSONValue(parsing: ServerMessage.resync(match: matchID("m-7"), reason: reason))
        #expect(
            parsed
                == .object([
                    "type": .string("resync"), "match": .string("m-7"), "reason": .string(reason.rawValue),
                    "snapshot_url": .string("/v1/matches/m-7"),
                ]))
    }

    @Test func resyncReasonsAreTheWireSpellings() {
        #expect(ResyncReason.allCases.map(\.rawValue) == ["slow_consumer", "gap", "bus_reconnect", "shed"])
    }

    @Test func unsubscribed() throws {
        #expect(
            try JSONValue(parsing: ServerMessage.unsubscribed(match: matchID("q")))
                == (try json(#"{"type":"unsubscribed","match":"q"}"#)))
    }

    @Test("error", arguments: ErrorCode.allCases)
    func error(_ code: ErrorCode) throws {
        let words = "line one\nline \"two\" \\ é"
        let parsed = try JSONValue(parsing: ServerMessage.error(code, message: words))
        #expect(
            parsed == .object(["type": .string("error"), "code": .string(code.rawValue), "message": .string(words)]))
    }

    @Test func errorCodesAreSnakeCase() {
        for code in ErrorCode.allCases {
            #expect(code.rawValue.allSatisfy { $0.isLowercase || $0 == "_" }, "\(code.rawValue)")
        }
        #expect(
            Set(ErrorCode.allCases.map(\.rawValue)).isSuperset(of: [
                "bad_json", "bad_message", "bad_match_id", "not_subscribed", "binary_not_supported",
                "too_many_subscriptions", "rate_limited",
            ]))
    }

    @Test func snapshotPath() {
        #expect(ServerMessage.snapshotPath(for: matchID("abc_1")) == "/v1/matches/abc_1")
    }
}

@Suite("Priority and CloseCode")
struct PriorityTests {
    @Test func shedOrder() {
        #expect(Priority.low < .normal)
        #expect(Priority.normal < .critical)
        #expect(Priority.allCases.sorted() == [.low, .normal, .critical])
    }

    @Test func wireNames() {
        for priority in Priority.allCases {
            #expect(Priority(name: priority.name) == priority)
        }
        #expect(Priority(name: "high") == nil)
        #expect(Priority(name: "Critical") == nil)
        #expect(Priority.critical.description == "critical")
    }

    @Test func closeCodes() {
        #expect(CloseCode.protocolError.rawValue == 1002)
        #expect(CloseCode.invalidPayload.rawValue == 1007)
        #expect(CloseCode.policyViolation.rawValue == 1008)
        #expect(CloseCode.messageTooBig.rawValue == 1009)
        #expect(CloseCode.internalError.rawValue == 1011)
        #expect(CloseCode.serviceRestart.rawValue == 1012)
    }
}

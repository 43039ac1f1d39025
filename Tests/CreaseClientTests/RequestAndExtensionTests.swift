import CreaseClient
import Testing

/// The request bytes the client writes, and how it reads the server's permessage-deflate answer.
struct RequestAndExtensionTests {
    @Test func requestsAreEncodedAsHTTP11WithALengthWhereABodyGoes() {
        #expect(
            String(decoding: HTTPRequest.encode(method: "GET", path: "/v1/matches"), as: UTF8.self)
                == "GET /v1/matches HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(
            String(
                decoding: HTTPRequest.encode(
                    method: "POST", path: "/v1/matches/m1/events", host: "gw:8080",
                    headers: [("Authorization", "Bearer t"), ("Content-Type", "application/json")],
                    body: Array(#"{"data":{}}"#.utf8)), as: UTF8.self)
                == "POST /v1/matches/m1/events HTTP/1.1\r\nHost: gw:8080\r\nAuthorization: Bearer t\r\n"
                + "Content-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"data\":{}}")
        // A POST without a body still says so (else a server waits for one or refuses it).
        #expect(
            String(decoding: HTTPRequest.encode(method: "POST", path: "/x"), as: UTF8.self)
                == "POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n")
    }

    @Test func theServersDeflateAnswerIsReadAsAgreed() {
        let plain = ClientDeflate(response: "permessage-deflate")
        #expect(plain?.serverWindowBits == 15)
        #expect(plain?.serverNoContextTakeover == false)
        let agreed = ClientDeflate(
            response:
                "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=10; client_max_window_bits=9"
        )
        #expect(agreed?.serverNoContextTakeover == true)
        #expect(agreed?.clientNoContextTakeover == true)
        #expect(agreed?.serverWindowBits == 10)
        #expect(agreed?.clientWindowBits == 9)
    }

    @Test func anAnswerItCannotHonourIsNoAgreement() {
        for answer in [
            nil, "", "x-webkit-deflate-frame", "permessage-deflate; server_max_window_bits=16",
            "permessage-deflate; server_max_window_bits", "permessage-deflate; client_max_window_bits=7",
            "permessage-deflate; mystery",
        ] {
            #expect(ClientDeflate(response: answer) == nil, "\(answer ?? "nil")")
        }
    }
}

import CreaseClient
import CreaseProtocol
import Testing

/// PROTOCOL.md §2 (upgrade answers) and §3 (HTTP routes) in embedded mode.
@Suite struct HTTPRouteTests {
    @Test func plainGetOfTheWebSocketPathIs426() async throws {
        try await withGateway { gateway in
            let response = try await gateway.http("GET", "/v1/ws")
            #expect(response.status == 426)
            #expect(response.header("Upgrade") == "websocket")
        }
    }

    @Test func wrongWebSocketVersionIs426WithVersion13() async throws {
        try await withGateway { gateway in
            do {
                _ = try await WebSocketClient.connect(
                    host: "127.0.0.1", port: gateway.port, version: "8", group: gateway.group)
                Issue.record("the upgrade should have been refused")
            } catch WebSocketClientError.handshakeRejected(let handshake) {
                #expect(handshake.status == 426)
                #expect(handshake.header("Sec-WebSocket-Version") == "13")
            }
        }
    }

    @Test func unknownPathsAre404AndKeepAliveWorks() async throws {
        try await withGateway { gateway in
            let connection = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            defer { connection.close() }
            let missing = try await connection.send("GET", "/nope")
            #expect(missing.status == 404)
            #expect(missing.json?["code"] == .string("not_found"))
            let health = try await connection.send("GET", "/healthz")
            #expect(health.status == 200)
            let ready = try await connection.send("GET", "/readyz")
            #expect(ready.status == 200)
            let page = try await connection.send("GET", "/")
            #expect(page.status == 200)
            #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(connection.isActive)
        }
    }

    @Test func matchStateRoutes() async throws {
        try await withGateway { gateway in
            #expect(try await gateway.http("GET", "/v1/matches/bad!id").status == 400)
            #expect(try await gateway.http("GET", "/v1/matches/unknown").status == 404)
            #expect(try await gateway.http("GET", "/v1/matches").json == [])
            try await gateway.publish("b", ["runs": 1])
            try await gateway.publish("a", ["runs": 1])
            try await gateway.publish("a", ["runs": 2])
            let list = try await gateway.http("GET", "/v1/matches")
            #expect(list.json == [["match": "a", "seq": 2], ["match": "b", "seq": 1]])
            let state = try await gateway.http("GET", "/v1/matches/a")
            #expect(state.json == ["match": "a", "seq": 2, "state": ["runs": 2]])
            #expect(state.header("ETag") == "\"2\"")
        }
    }

    @Test func publishingNeedsTheBearerTokenWhenOneIsSet() async throws {
        try await withGateway(["INGEST_TOKEN": "s3cret"]) { gateway in
            let body = #"{"priority":"critical","data":{"wickets":1}}"#
            #expect(try await gateway.http("POST", "/v1/matches/m1/events", body: body).status == 401)
            #expect(
                try await gateway.http(
                    "POST", "/v1/matches/m1/events", headers: [("Authorization", "Bearer wrong")], body: body
                ).status == 401)
            #expect(
                try await gateway.http(
                    "POST", "/v1/matches/m1/events", headers: [("Authorization", "Basic s3cret")], body: body
                ).status == 401)
            let accepted = try await gateway.http(
                "POST", "/v1/matches/m1/events", headers: [("Authorization", "Bearer s3cret")], body: body)
            #expect(accepted.status == 202)
            #expect(accepted.json == ["match": "m1", "seq": 1])
            #expect(try await gateway.http("GET", "/v1/matches/m1").json?["state"] == ["wickets": 1])
        }
    }

    @Test func publishedEventsReachSubscribersWithTheirPriority() async throws {
        try await withGateway { gateway in
            let (client, _) = try await gateway.subscribed(to: "m1")
            let accepted = try await gateway.http("POST", "/v1/matches/m1/events", body: #"{"data":{"runs":4}}"#)
            #expect(accepted.status == 202)
            let delta = try await client.next("delta")
            #expect(delta["priority"] == .string("normal"))
            #expect(delta["data"] == ["runs": 4])
        }
    }

    @Test func badEventsAre400WithAJSONError() async throws {
        try await withGateway { gateway in
            let cases: [(String, String, String)] = [
                ("/v1/matches/m1/events", "{oops", "bad_json"),
                ("/v1/matches/m1/events", #"{"priority":"urgent","data":{}}"#, "bad_message"),
                ("/v1/matches/m1/events", #"{"priority":"low"}"#, "bad_message"),
                ("/v1/matches/m1/events", #"{"data":[1,2]}"#, "bad_message"),
                ("/v1/matches/m%201/events", #"{"data":{}}"#, "bad_match_id"),
            ]
            for (path, body, code) in cases {
                let response = try await gateway.http("POST", path, body: body)
                #expect(response.status == 400, "for \(body)")
                #expect(response.json?["code"] == .string(code), "for \(body)")
            }
            #expect(try await gateway.http("GET", "/v1/matches").json == [])
        }
    }

    @Test func theConnectionPastMaxConnectionsGets503WithRetryAfter() async throws {
        try await withGateway(["MAX_CONNECTIONS": "2"]) { gateway in
            let first = try await gateway.connectAndGreet()
            let second = try await gateway.connectAndGreet()
            do {
                _ = try await gateway.connect()
                Issue.record("the third upgrade should have been refused")
            } catch WebSocketClientError.handshakeRejected(let handshake) {
                #expect(handshake.status == 503)
                #expect(Int(handshake.header("Retry-After") ?? "") ?? 0 >= 1)
            }
            #expect(try await gateway.metric(#"crease_upgrades_rejected_total{reason="max_connections"}"#) == 1)
            // A slot frees when a client leaves.
            await first.disconnect()
            _ = second
            var admitted = false
            for _ in 0..<50 where !admitted {
                admitted = (try? await gateway.connect()) != nil
            }
            #expect(admitted)
        }
    }

    @Test func metricsUseTheContractNames() async throws {
        try await withGateway { gateway in
            let (client, _) = try await gateway.subscribed(to: "m1")
            try await gateway.publish("m1", ["runs": 1])
            _ = try await client.next("delta")
            let text = try await gateway.http("GET", "/metrics").bodyText
            for name in [
                "crease_connections", "crease_event_loop_lag_seconds_bucket", "crease_fanout_latency_seconds_bucket",
                "crease_delivery_latency_seconds_bucket", "crease_deltas_received_total", "crease_frames_sent_total",
                "crease_bytes_sent_total", "crease_dropped_total", "crease_resyncs_total",
                "crease_upgrades_rejected_total",
            ] {
                #expect(text.contains(name), "missing \(name)")
            }
            #expect(try await gateway.metric("crease_connections") == 1)
            #expect(try await gateway.metric("crease_deltas_received_total") == 1)
            // hello, snapshot and delta; tallied per event loop and reported per batch or tick.
            #expect(try await eventually { try await gateway.metric("crease_frames_sent_total") == 3 })
        }
    }
}

/// PROTOCOL.md §2: upgrades past `ADMISSION_RATE` get 503 with `Retry-After`, and the server
/// closes those TCP connections.
@Suite struct AdmissionTests {
    @Test func aBurstPastTheAdmissionRateIsRefusedAndClosed() async throws {
        try await withGateway(["ADMISSION_RATE": "1"]) { gateway in
            var refused = 0
            let start = ContinuousClock.now
            for _ in 0..<8 {
                let connection = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
                let response = try await connection.send(
                    "GET", "/v1/ws",
                    headers: [
                        ("Upgrade", "websocket"), ("Connection", "Upgrade"),
                        ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), ("Sec-WebSocket-Version", "13"),
                    ])
                if response.status == 503 {
                    refused += 1
                    #expect(Int(response.header("Retry-After") ?? "") ?? 0 >= 1)
                    await connection.waitUntilClosed()  // the server closed it: nothing left half-open
                } else {
                    #expect(response.status == 101)
                    connection.close()
                }
            }
            // A bucket of 1 token, refilled at 1/s, admits at most 1 + the seconds elapsed
            // (however slowly a loaded machine runs the loop).
            let elapsed = (ContinuousClock.now - start) / .seconds(1)
            #expect(refused >= 8 - (1 + Int(elapsed.rounded(.up))))
            #expect(refused >= 1)
            #expect(
                try await gateway.metric(#"crease_upgrades_rejected_total{reason="admission_rate"}"#) == Double(refused)
            )
        }
    }
}

/// Plain HTTP connections cannot be held open without completing requests (slowloris).
@Suite struct HTTPTimeoutTests {
    @Test(.timeLimit(.minutes(1))) func idleSlowAndHalfSentRequestsAreClosedKeepAliveIsServed() async throws {
        // Long enough for a client on a loaded machine (make test runs Redis clusters beside it)
        // to send its next request in time: 2 s closed the keep-alive client now and then.
        try await withGateway(["HTTP_TIMEOUT_MS": "5000"]) { gateway in
            let idle = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            let halfHead = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            try await halfHead.sendRaw("GET /healthz HTTP/1.1\r\nHost: x\r\n")  // never finished
            let halfBody = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            try await halfBody.sendRaw("POST /v1/matches/m1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
            // A keep-alive client that answers in time keeps its connection across requests.
            let lively = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            #expect(try await lively.send("GET", "/healthz").status == 200)
            #expect(try await lively.send("GET", "/healthz").status == 200)
            #expect(lively.isActive)
            for connection in [idle, halfHead, halfBody] {
                await connection.waitUntilClosed()  // the test's time limit catches a server that never closes
                #expect(!connection.isActive)
            }
            lively.close()
        }
    }
}

/// Review findings, pinned: a refused upgrade cannot leave a hung keep-alive connection, and the
/// connection gauge follows closes.
@Suite struct UpgradeRefusalTests {
    @Test func aRefusedUpgradeClosesTheConnection() async throws {
        try await withGateway { gateway in
            let connection = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            let response = try await connection.send(
                "GET", "/v1/ws",
                headers: [
                    ("Upgrade", "websocket"), ("Connection", "Upgrade"),
                    ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), ("Sec-WebSocket-Version", "8"),
                ])
            #expect(response.status == 426)
            #expect(response.header("Connection") == "close")
            await connection.waitUntilClosed()
        }
    }

    @Test func theConnectionGaugeFollowsCloses() async throws {
        try await withGateway { gateway in
            let client = try await gateway.connectAndGreet()
            #expect(try await gateway.metric("crease_connections") == 1)
            await client.disconnect()
            #expect(try await eventually { try await gateway.metric("crease_connections") == 0 })
        }
    }
}

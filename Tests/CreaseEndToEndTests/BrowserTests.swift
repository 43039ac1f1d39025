import CreaseClient
import CreaseProtocol
import Foundation
import NIOPosix
import Testing

/// The demo page in a real browser (headless Chromium, driven over the DevTools protocol):
/// the WebSocket connects with permessage-deflate, deltas change the scoreboard, the console
/// stays clean, and after a gateway restart the page reconnects by itself and shows what REST
/// shows. Skipped, saying so, where Chromium is not installed (`make test` installs it when it
/// can).
@Suite(.serialized) struct BrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        .enabled(
            if: chromium != nil, "Chromium is not installed: the browser test is skipped (apt-get install chromium)"),
        .enabled(if: GatewayProcess.isBuilt, "crease-gateway is not built")
    )
    func theDemoPageStaysLiveThroughARestart() async throws {
        let environment = [
            "DEMO_MATCHES": "2", "DEMO_BALL_MS": "400", "DRAIN_SECONDS": "1", "COMPRESSION_MIN_BYTES": "64",
        ]
        var gateway = try await GatewayProcess.start(environment: environment)
        let port = gateway.port
        let browser = try await onOwnThread { try Chromium(path: Self.chromium!) }
        defer { browser.stop() }
        let page = try await openLivePage(in: browser, url: "http://127.0.0.1:\(port)/")
        try await saveScreenshot(page, name: "scoreboard")

        // A restart: the page must come back by itself and agree with REST.
        try await gateway.terminate()
        gateway = try await GatewayProcess.start(environment: environment, port: port)
        defer { gateway.kill() }
        // A new socket, its handshake, and a delta on it: the page came back by itself.
        _ = try await page.event("Network.webSocketCreated", timeout: .seconds(30))
        _ = try await page.event("Network.webSocketHandshakeResponseReceived", timeout: .seconds(30))
        page.forget("Network.webSocketFrameReceived")
        _ = try await page.event("Network.webSocketFrameReceived") {
            $0["params"]?["response"]?["payloadData"]?.stringValue?.contains(#""type":"delta""#) == true
        }
        #expect(try await eventually { try await page.evaluate("document.querySelector('#status').className") == "ok" })
        let group = MultiThreadedEventLoopGroup.singleton
        #expect(
            try await eventually(timeout: .seconds(30)) {
                let rest = try await HTTPConnection.open(port: port, group: group)
                defer { rest.close() }
                let body = try await rest.send("GET", "/v1/matches/demo-1").bodyText
                let server = try JSONValue(parsing: body)
                let shown = try await page.evaluate(
                    "JSON.stringify({seq: crease.seq('demo-1'), state: crease.state('demo-1')})")
                let client = try JSONValue(parsing: shown)
                return client["seq"] == server["seq"] && client["state"] == server["state"]
            })
        // Only the socket's own reports of the gateway being away are allowed after the restart.
        let unexpected = page.consoleErrors().filter {
            !$0.contains("WebSocket") && !$0.contains("ERR_CONNECTION_REFUSED")
        }
        #expect(unexpected.isEmpty, "console errors: \(unexpected)")
        try await saveScreenshot(page, name: "scoreboard-after-restart")
    }

    /// The demo page on a 2G link (DevTools throttles the page's WebSocket since Chromium 99):
    /// with conflation on (crease.js's default, protocol 1.1) it keeps showing what REST shows.
    @Test(
        .enabled(if: chromium != nil, "Chromium is not installed"),
        .enabled(if: GatewayProcess.isBuilt, "crease-gateway is not built")
    )
    func theDemoPageKeepsUpThroughAThrottledLink() async throws {
        // One demo match, its simulator all but idle: this test publishes a burst of its own.
        let gateway = try await GatewayProcess.start(environment: ["DEMO_MATCHES": "1", "DEMO_BALL_MS": "3600000"])
        defer { gateway.kill() }
        let browser = try await onOwnThread { try Chromium(path: Self.chromium!) }
        defer { browser.stop() }
        let page = try await browser.openPage()
        _ = try await page.call("Network.enable")
        _ = try await page.call("Runtime.enable")
        _ = try await page.call("Page.enable")
        // About 2G: 300 ms each way, 4 KB/s down, 2 KB/s up (bytes per second).
        _ = try await page.call(
            "Network.emulateNetworkConditions",
            ["offline": false, "latency": 300, "downloadThroughput": 4_000, "uploadThroughput": 2_000])
        _ = try await page.call("Page.navigate", ["url": .string("http://127.0.0.1:\(gateway.port)/")])
        let subscribe = try await page.event("Network.webSocketFrameSent", timeout: .seconds(30)) {
            $0["params"]?["response"]?["payloadData"]?.stringValue?.contains(#""type":"subscribe""#) == true
        }
        #expect(subscribe["params"]?["response"]?["payloadData"]?.stringValue?.contains(#""conflate":true"#) == true)
        _ = try await page.event("Network.webSocketFrameReceived") {
            $0["params"]?["response"]?["payloadData"]?.stringValue?.contains(#""type":"snapshot""#) == true
        }
        // 40 KB in a burst: ten seconds of this link.
        let port = gateway.port
        let group = MultiThreadedEventLoopGroup.singleton
        let commentary = String(repeating: "a cover drive for four ", count: 40)
        for ball in 1...40 {
            let rest = try await HTTPConnection.open(port: port, group: group)
            defer { rest.close() }
            let body = #"{"data":{"commentary":"\#(commentary)\#(ball)","burst":\#(ball)}}"#
            #expect(try await rest.send("POST", "/v1/matches/demo-1/events", body: body).status == 202)
        }
        #expect(
            try await eventually(timeout: .seconds(60)) {
                let rest = try await HTTPConnection.open(port: port, group: group)
                defer { rest.close() }
                let server = try JSONValue(parsing: try await rest.send("GET", "/v1/matches/demo-1").body)
                let shown = try JSONValue(
                    parsing: try await page.evaluate(
                        "JSON.stringify({seq: crease.seq('demo-1'), state: crease.state('demo-1')})"))
                return shown["seq"] == server["seq"] && shown["state"] == server["state"]
            })
        #expect(try await page.evaluate("document.querySelector('#status').className") == "ok")
        #expect(page.consoleErrors().isEmpty, "console errors: \(page.consoleErrors())")
    }

    /// `COMPRESSION=context` in a real browser: Chromium keeps its decoder's window (the answer
    /// has no `server_no_context_takeover`), inflates the match's shared deflate stream, and what
    /// it inflates is, delta by delta, byte for byte what a plain client receives.
    @Test(
        .enabled(if: chromium != nil, "Chromium is not installed"),
        .enabled(if: GatewayProcess.isBuilt, "crease-gateway is not built")
    )
    func chromiumInflatesASharedContextStreamToWhatWasPublished() async throws {
        // No send-buffer limit for conflating clients: nothing waits, so nothing folds, and each
        // frame is one published delta.
        let gateway = try await GatewayProcess.start(environment: [
            "DEMO_MATCHES": "1", "DEMO_BALL_MS": "3600000", "COMPRESSION": "context", "COMPRESSION_MIN_BYTES": "64",
            "CONFLATE_SEND_BUFFER": "0",
        ])
        defer { gateway.kill() }
        let group = MultiThreadedEventLoopGroup.singleton
        let reference = try await WebSocketClient.connect(host: "127.0.0.1", port: gateway.port, group: group)
        _ = try await reference.next("hello")
        reference.send(.subscribe(match: MatchID("demo-1")!, since: nil))
        _ = try await reference.next("snapshot")
        let browser = try await onOwnThread { try Chromium(path: Self.chromium!) }
        defer { browser.stop() }
        let page = try await browser.openPage()
        _ = try await page.call("Network.enable")
        _ = try await page.call("Runtime.enable")
        _ = try await page.call("Log.enable")
        _ = try await page.call("Page.enable")
        _ = try await page.call("Page.navigate", ["url": .string("http://127.0.0.1:\(gateway.port)/")])
        let handshake = try await page.event("Network.webSocketHandshakeResponseReceived")
        let headers = handshake["params"]?["response"]?["headers"]?.objectValue ?? [:]
        let extensions = headers.first { $0.key.lowercased() == "sec-websocket-extensions" }?.value.stringValue ?? ""
        #expect(extensions.contains("permessage-deflate") && !extensions.contains("server_no_context_takeover"))
        _ = try await page.event("Network.webSocketFrameReceived") {
            $0["params"]?["response"]?["payloadData"]?.stringValue?.contains(#""type":"snapshot""#) == true
        }
        // Two epochs and more of a match's stream.
        let port = gateway.port
        let balls = 2 * Int(SharedDeflateStream.epochLength) + 8
        for ball in 1...balls {
            let rest = try await HTTPConnection.open(port: port, group: group)
            defer { rest.close() }
            let body =
                #"{"data":{"lastBall":{"over":"\#(ball / 6).\#(ball % 6)","commentary":"Starc to Kohli, \#(ball % 4) runs, full and wide"},"score":{"runs":\#(ball * 2)}}}"#
            #expect(try await rest.send("POST", "/v1/matches/demo-1/events", body: body).status == 202)
        }
        var withoutContext = 0  // what the same deltas weigh compressed each on its own
        for _ in 1...balls {
            guard case .text(let published) = try await reference.nextMessage() else {
                Issue.record("the plain client's stream ended")
                return
            }
            withoutContext += MessageDeflater(windowBits: 15).compress(Array(published.utf8))?.count ?? 0
            let seq = try #require(try JSONValue(parsing: published)["seq"]?.integerValue)
            let shown = try await page.event("Network.webSocketFrameReceived") {
                $0["params"]?["response"]?["payloadData"]?.stringValue?.contains(#""seq":\#(seq),"#) == true
            }
            #expect(shown["params"]?["response"]?["payloadData"]?.stringValue == published)
        }
        // The page was sent the stream's frames: the compressed bytes the gateway sent (the
        // page's snapshot included) are well under the deltas compressed each on its own.
        let metrics = try await HTTPConnection.open(port: port, group: group)
        defer { metrics.close() }
        let text = try await metrics.send("GET", "/metrics").bodyText
        let deflated = text.split(separator: "\n").first { $0.hasPrefix("crease_deflated_bytes_sent_total ") }
        let sent = try #require(deflated.flatMap { Double($0.split(separator: " ").last ?? "") })
        #expect(sent < Double(withoutContext) / 2, "\(sent) B sent compressed; \(withoutContext) B without context")
        #expect(try await page.evaluate("document.querySelector('#status').className") == "ok")
        #expect(page.consoleErrors().isEmpty, "console errors: \(page.consoleErrors())")
    }

    /// The demo page served elsewhere, as a user reaches it: through `CREASE_BROWSER_URL` (for
    /// example compose's HAProxy, which `make docker-test` sets). Skipped without it.
    @Test(
        .enabled(if: chromium != nil, "Chromium is not installed"),
        .enabled(
            if: ProcessInfo.processInfo.environment["CREASE_BROWSER_URL"] != nil,
            "CREASE_BROWSER_URL is not set (make docker-test sets it to compose's HAProxy)")
    )
    func theDemoPageWorksAtCreaseBrowserURL() async throws {
        let url = ProcessInfo.processInfo.environment["CREASE_BROWSER_URL"]!
        let browser = try await onOwnThread { try Chromium(path: Self.chromium!) }
        defer { browser.stop() }
        let page = try await openLivePage(in: browser, url: url)
        try await saveScreenshot(page, name: "scoreboard-at-url")
    }

    /// Opens the demo page at `url` and checks what a person would see: the WebSocket handshake
    /// negotiated permessage-deflate, deltas arrive, the scoreboard changes, the console is clean.
    private func openLivePage(in browser: Chromium, url: String) async throws -> DevToolsPage {
        let page = try await browser.openPage()
        _ = try await page.call("Network.enable")
        _ = try await page.call("Runtime.enable")
        _ = try await page.call("Log.enable")
        _ = try await page.call("Page.enable")
        _ = try await page.call("Page.navigate", ["url": .string(url)])

        // The handshake, as the browser saw it.
        _ = try await page.event("Network.webSocketCreated")
        let handshake = try await page.event("Network.webSocketHandshakeResponseReceived")
        let headers = handshake["params"]?["response"]?["headers"]?.objectValue ?? [:]
        let extensions = headers.first { $0.key.lowercased() == "sec-websocket-extensions" }?.value.stringValue ?? ""
        #expect(extensions.contains("permessage-deflate"), "no permessage-deflate in \(headers)")

        // Deltas arrive and the scoreboard changes.
        _ = try await page.event("Network.webSocketFrameReceived") {
            $0["params"]?["response"]?["payloadData"]?.stringValue?.contains(#""type":"delta""#) == true
        }
        let before = try await page.evaluate("document.querySelector('#grid').innerText")
        #expect(
            try await eventually(timeout: .seconds(15)) {
                try await page.evaluate("document.querySelector('#grid').innerText") != before
            })
        #expect(page.consoleErrors().isEmpty, "console errors: \(page.consoleErrors())")
        return page
    }

    private func saveScreenshot(_ page: DevToolsPage, name: String) async throws {
        let shot = try await page.call("Page.captureScreenshot", ["format": "png"])
        let data = try #require(Data(base64Encoded: shot["data"]?.stringValue ?? ""))
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../.build/browser-test")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try data.write(to: folder.appendingPathComponent("\(name).png"))
    }
}

/// Headless Chromium on a DevTools port of its own choosing.
final class Chromium: @unchecked Sendable {
    // Set in `init`, read-only afterwards.
    private let process: ChildProcess
    private let profile: URL
    let port: Int

    init(path: String) throws {
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("crease-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        process = try ChildProcess(
            path,
            [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--remote-debugging-port=0", "--user-data-dir=\(profile.path)", "--window-size=1280,900",
                "about:blank",
            ])
        // Chromium writes the port it bound to into the profile.
        let file = profile.appendingPathComponent("DevToolsActivePort")
        for _ in 0..<600 {
            if let text = try? String(contentsOf: file, encoding: .utf8), let first = text.split(separator: "\n").first,
                let port = Int(first)
            {
                self.port = port
                return
            }
            usleep(50_000)
        }
        process.send(SIGTERM)
        process.waitUntilExit()
        throw WebSocketClientError.timedOut
    }

    /// The first page target, with a DevTools session on it.
    func openPage() async throws -> DevToolsPage {
        let http = try await HTTPConnection.open(port: port, group: MultiThreadedEventLoopGroup.singleton)
        defer { http.close() }
        let targets = try JSONValue(parsing: try await http.send("GET", "/json/list").body)
        guard case .array(let list) = targets,
            let page = list.first(where: { $0["type"] == .string("page") }),
            let url = page["webSocketDebuggerUrl"]?.stringValue, let path = URL(string: url)?.path
        else { throw WebSocketClientError.connectionClosed }
        let client = try await WebSocketClient.connect(
            host: "127.0.0.1", port: port, path: path, headers: [], group: MultiThreadedEventLoopGroup.singleton)
        return DevToolsPage(client: client)
    }

    func stop() {
        process.send(SIGTERM)
        if !process.waitUntilExit() {
            process.send(SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: profile)
    }
}

/// A DevTools protocol session on one page: commands by id, events kept in order.
final class DevToolsPage: @unchecked Sendable {
    // Used by one test task at a time (the suite is serialized and awaits each call).
    private let client: WebSocketClient
    private var nextID: Int64 = 1
    private var events: [JSONValue] = []
    private var errors: [String] = []

    init(client: WebSocketClient) { self.client = client }

    func call(_ method: String, _ params: [String: JSONValue] = [:]) async throws -> JSONValue {
        let id = nextID
        nextID += 1
        client.send(
            text: JSONValue.object(["id": .integer(id), "method": .string(method), "params": .object(params)])
                .serializedString)
        while true {
            let message = try await read(timeout: .seconds(30))
            guard message["id"] == .integer(id) else { continue }
            if let error = message["error"] { throw DevToolsError(method: method, error: error.serializedString) }
            return message["result"] ?? .object([:])
        }
    }

    /// The first event named `method` (already received or still to come) that `matches`.
    func event(
        _ method: String, timeout: Duration = .seconds(20), _ matches: (JSONValue) -> Bool = { _ in true }
    ) async throws -> JSONValue {
        if let index = events.firstIndex(where: { $0["method"] == .string(method) && matches($0) }) {
            return events.remove(at: index)
        }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let message = try await read(timeout: deadline - ContinuousClock.now)
            if message["method"] == .string(method), matches(message), let index = events.lastIndex(of: message) {
                return events.remove(at: index)
            }
        }
        throw WebSocketClientError.timedOut
    }

    /// Drops the events named `method` received so far.
    func forget(_ method: String) {
        events.removeAll { $0["method"] == .string(method) }
    }

    /// A JavaScript expression's value, as a string.
    func evaluate(_ expression: String) async throws -> String {
        let result = try await call(
            "Runtime.evaluate", ["expression": .string(expression), "returnByValue": .bool(true)])
        if let exception = result["exceptionDetails"] {
            throw DevToolsError(method: "evaluate", error: exception.serializedString)
        }
        return result["result"]?["value"]?.stringValue ?? ""
    }

    /// Console errors, uncaught exceptions and browser log errors seen so far.
    func consoleErrors() -> [String] { errors }

    private func read(timeout: Duration) async throws -> JSONValue {
        let message = try await client.nextJSON(timeout: timeout)
        if message["method"] != nil {
            events.append(message)
            record(message)
        }
        return message
    }

    private func record(_ event: JSONValue) {
        switch event["method"]?.stringValue {
        case "Runtime.exceptionThrown":
            errors.append(event["params"]?["exceptionDetails"]?.serializedString ?? "exception")
        case "Runtime.consoleAPICalled" where event["params"]?["type"] == .string("error"):
            errors.append(event["params"]?["args"]?.serializedString ?? "console.error")
        case "Log.entryAdded" where event["params"]?["entry"]?["level"] == .string("error"):
            errors.append(event["params"]?["entry"]?["text"]?.stringValue ?? "log error")
        default:
            break
        }
    }
}

struct DevToolsError: Error, CustomStringConvertible {
    let method: String
    let error: String
    var description: String { "\(method): \(error)" }
}

import CreaseBus
import CreaseClient
import Foundation
import Glibc
import NIOCore
import Testing

@testable import CreaseGateway

/// Safe defaults (issue 16, item 2) over real sockets: origins refused and counted, publishers
/// from loopback and from another network namespace. (`AccessPolicyTests` has the rules alone.)
struct AccessPolicyEndToEndTests {
    @Test func aPageFromAnotherOriginGets403AndIsCounted() async throws {
        try await withGateway(["ALLOWED_ORIGINS": "https://scores.example"]) { gateway in
            let handshake: [(String, String)] = [
                ("Upgrade", "websocket"), ("Connection", "Upgrade"),
                ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), ("Sec-WebSocket-Version", "13"),
            ]
            let connection = try await HTTPConnection.open(port: gateway.port, group: gateway.group)
            let refused = try await connection.send(
                "GET", "/v1/ws", headers: handshake + [("Origin", "https://evil.example")])
            #expect(refused.status == 403)
            #expect(refused.json?["code"] == "origin_not_allowed")
            #expect(try await gateway.metric(#"crease_upgrades_rejected_total{reason="origin"}"#) == 1)
            // The listed origin, and a client that is not a browser page, get their WebSocket.
            let page = try await gateway.connect(headers: [("Origin", "https://scores.example")])
            #expect(try await page.nextJSON()["type"] == "hello")
            let native = try await gateway.connectAndGreet()
            native.close()
            page.close()
        }
    }

    @Test func anAddressPastItsViolationLimitIsClosedOnAcceptAndOthersAreServed() async throws {
        try await withGateway(["VIOLATION_LIMIT": "2"]) { gateway in
            // A framing violation (1002) and a policy one (1008) count alike.
            try await Self.breakTheRules(times: 1, from: "127.0.0.9", on: gateway)
            let rejected = try await gateway.connect(source: "127.0.0.9")
            #expect(try await rejected.nextJSON()["type"] == "hello")
            for _ in 0..<21 { rejected.send(text: "not json") }
            #expect(try await rejected.closeCode() == 1008)
            // Barred: its next connection ends before any answer.
            await #expect(throws: (any Error).self) { try await gateway.connect(source: "127.0.0.9") }
            let viewer = try await gateway.connect(source: "127.0.0.10")
            #expect(try await viewer.nextJSON()["type"] == "hello")
            viewer.close()
            #expect(try await gateway.metric("crease_sources_barred_total") == 1)
            #expect(try await gateway.metric("crease_sockets_barred_total") == 1)
        }
    }

    @Test func byDefaultNoAddressIsBarred() async throws {
        // Behind a load balancer every client has the balancer's address.
        try await withGateway { gateway in
            try await Self.breakTheRules(times: 3, from: "127.0.0.11", on: gateway)
            let again = try await gateway.connect(source: "127.0.0.11")
            #expect(try await again.nextJSON()["type"] == "hello")
            again.close()
            #expect(try await gateway.metric("crease_sources_barred_total") ?? 0 == 0)
        }
    }

    /// Connects from `source` and sends a frame with RSV2 set (no extension defines it), which
    /// the gateway closes with 1002, `times` times.
    private static func breakTheRules(times: Int, from source: String, on gateway: TestGateway) async throws {
        for _ in 0..<times {
            let offender = try await gateway.connect(source: source)
            #expect(try await offender.nextJSON()["type"] == "hello")
            offender.sendRaw([0xA1, 0x80, 0, 0, 0, 0])
            #expect(try await offender.closeCode() == 1002)
        }
    }

    @Test func withoutATokenALoopbackPublisherIsServed() async throws {
        try await withGateway { gateway in
            let accepted = try await gateway.http("POST", "/v1/matches/m1/events", body: #"{"data":{"runs":1}}"#)
            #expect(accepted.status == 202)
        }
    }
}

/// The address a violation is counted against, read from a socket whose peer has reset it: a
/// client that resets right after breaking a rule must not escape the count.
@Test func aResetSocketStillNamesItsPeer() throws {
    let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(listener) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            _ = bind(listener, $0, length)
            _ = listen(listener, 1)
            _ = getsockname(listener, $0, &length)
        }
    }
    let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var source = sockaddr_in()
    source.sin_family = sa_family_t(AF_INET)
    source.sin_addr.s_addr = inet_addr("127.0.0.12")
    withUnsafePointer(to: &source) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = bind(client, $0, length) }
    }
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, length) }
    }
    #expect(connected == 0)
    let accepted = accept(listener, nil, nil)
    defer { close(accepted) }
    // SO_LINGER 0: close sends a reset.
    var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
    setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
    close(client)
    var byte: UInt8 = 0
    #expect(read(accepted, &byte, 1) == -1 && errno == ECONNRESET)  // blocks until the reset is in
    #expect(RepeatOffenders.Source(peerOf: accepted) == RepeatOffenders.Source(ipv4: 0x7F00_000C))
}

/// The loopback-only default against a publisher that really is elsewhere: a client in a
/// network namespace of the test's own, over a veth pair (no address outside this machine).
@Suite(.serialized, .enabled(if: NetworkNamespace.isAvailable, "needs root and iproute2 (ip netns) and curl"))
struct RemotePublisherTests {
    @Test func aRemotePublisherWithoutTheTokenIsRefusedNamingIt() async throws {
        let namespace = try NetworkNamespace()
        defer { namespace.remove() }
        try await withGateway(["GATEWAY_HOST": namespace.hostAddress]) { gateway in
            // curl blocks: on a thread of its own, not the cooperative pool's (see `onOwnThread`).
            let refused = try await onOwnThread {
                try namespace.curl([
                    "-X", "POST", "-d", #"{"data":{"runs":1}}"#,
                    "http://\(namespace.hostAddress):\(gateway.port)/v1/matches/m1/events",
                ])
            }
            #expect(refused.status == 401)
            #expect(refused.body.contains("INGEST_TOKEN"))
            #expect(refused.body.contains(#""error":"unauthorized""#))
            // Nothing was published (reading stays open to all).
            let read = try await onOwnThread {
                try namespace.curl(["http://\(namespace.hostAddress):\(gateway.port)/v1/matches/m1"])
            }
            #expect(read.status == 404)
        }
        try await withGateway(["GATEWAY_HOST": namespace.hostAddress, "INGEST_TOKEN": "s3cret"]) { gateway in
            let accepted = try await onOwnThread {
                try namespace.curl([
                    "-X", "POST", "-H", "Authorization: Bearer s3cret", "-d", #"{"data":{"runs":1}}"#,
                    "http://\(namespace.hostAddress):\(gateway.port)/v1/matches/m1/events",
                ])
            }
            #expect(accepted.status == 202)
        }
    }
}

/// A network namespace joined to this one by a veth pair: `hostAddress` here, `.2` inside.
final class NetworkNamespace: Sendable {
    let name: String
    let hostAddress: String
    private let link: String

    static let isAvailable: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/ip"),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")
        else { return false }
        let probe = "crease-probe-\(getpid())"
        guard (try? NetworkNamespace.run(["netns", "add", probe])) != nil else { return false }
        _ = try? NetworkNamespace.run(["netns", "del", probe])
        return true
    }()

    init() throws {
        let tag = String(UInt32.random(in: 0..<0xFFFF), radix: 16)
        name = "crease-\(tag)"
        link = "cr\(tag)"
        // A subnet no interface here has: with two, the replies would take the other's route
        // (a namespace left behind by a killed test run made this test time out).
        let inUse = try Self.run(["-4", "-o", "addr", "show"])
        let free = (1..<250).filter { !inUse.contains("10.213.\($0).") }
        guard let subnet = free.randomElement() else { throw RedisError("no free 10.213.N.0/30 subnet") }
        hostAddress = "10.213.\(subnet).1"
        try Self.run(["netns", "add", name])
        do {
            try Self.run(["link", "add", "\(link)a", "type", "veth", "peer", "name", "\(link)b"])
            try Self.run(["link", "set", "\(link)b", "netns", name])
            try Self.run(["addr", "add", "\(hostAddress)/30", "dev", "\(link)a"])
            try Self.run(["link", "set", "\(link)a", "up"])
            try Self.run(["-n", name, "addr", "add", "10.213.\(subnet).2/30", "dev", "\(link)b"])
            try Self.run(["-n", name, "link", "set", "\(link)b", "up"])
            try Self.run(["-n", name, "link", "set", "lo", "up"])
        } catch {
            remove()
            throw error
        }
    }

    /// Deletes the namespace (and with it the veth pair).
    func remove() {
        _ = try? Self.run(["netns", "del", name])
        _ = try? Self.run(["link", "del", "\(link)a"])
    }

    /// Runs curl inside the namespace; the status and body of its response. The limit is
    /// generous: the reply to a publish comes from the concurrency pool, which the whole suite
    /// shares (here, mid-suite, the test takes 7–9 s against 0.15 s alone).
    func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        let output = try Self.run(
            ["netns", "exec", name, "/usr/bin/curl", "-sS", "--max-time", "60", "-w", "\n%{http_code}"] + arguments)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        // Its errors too (curl's with -sS), to name what went wrong.
        let process = try ChildProcess("/usr/sbin/ip", arguments, capture: .standardOutputAndError)
        let text = process.capturedText()
        guard process.waitUntilExit(timeout: .seconds(90)), process.terminationStatus == 0 else {
            throw RedisError(
                "ip \(arguments.joined(separator: " ")) failed (exit \(process.terminationStatus)): \(text)")
        }
        return text
    }
}

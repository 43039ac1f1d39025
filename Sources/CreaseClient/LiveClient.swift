import CreaseProtocol
import NIOCore

/// A Crease client that survives restarts, as PROTOCOL.md §5 asks of clients: when its
/// connection ends it reconnects after a uniformly random delay (0…`reconnectJitter`), backs off
/// exponentially (capped, jittered) while attempts fail, honours `Retry-After`, and resumes
/// every match with `subscribe` + `since`, so it ends up with every delta exactly once.
///
/// It applies the deltas (JSON Merge Patch) to the state it holds and acks at least once a
/// second. It subscribes with `conflate` (protocol 1.1, unless ``Options/conflate`` is off): a
/// delta with `from` carries the deltas `from…seq` folded into one and applies on top of seq
/// `from − 1`. A `resync` is followed through REST (PROTOCOL.md §2.3): it fetches the match's state
/// from `snapshot_url` on the gateway it is connected to, then ignores deltas with a seq at or
/// below the fetched one and applies the rest; when the next delta does not follow on (or the
/// fetch fails) it re-subscribes with `since`.
public actor LiveClient {
    /// Where the gateways are; attempts go round them (a load balancer's job in production).
    public struct Endpoint: Sendable {
        public var host: String
        public var port: Int
        public init(host: String, port: Int) {
            self.host = host
            self.port = port
        }
    }

    /// What happened, for the application.
    public enum Event: Sendable, Equatable {
        case connected(gateway: String)
        /// The state of `match` at `seq` (after a snapshot or a delta).
        case state(match: MatchID, seq: Int64)
        case resync(match: MatchID, reason: String)
        case disconnected
    }

    public struct Options: Sendable {
        public var reconnectJitter: Duration = .seconds(5)
        public var maxBackoff: Duration = .seconds(30)
        public var ackInterval: Duration = .seconds(1)
        /// Asks the gateway to fold the deltas that wait for this client (protocol 1.1): on a
        /// slow link it catches up in one message instead of a `resync` and a refetch.
        public var conflate = true
        public init() {}
    }

    public nonisolated let events: AsyncStream<Event>
    private let eventSink: AsyncStream<Event>.Continuation
    private let endpoints: [Endpoint]
    private let options: Options
    private let group: any EventLoopGroup
    private var held: [MatchID: (seq: Int64, state: JSONValue?)] = [:]
    private var acked: [MatchID: Int64] = [:]
    private var connection: WebSocketClient?
    private var stopped = false
    /// Deltas applied, and deltas refused as duplicates or gaps (tests read these).
    public private(set) var applied = 0
    public private(set) var duplicates = 0
    public private(set) var gaps = 0
    /// Deltas that came folded into another's message (protocol 1.1): `applied` counts the
    /// message once, this the others it brought that were new to this client.
    public private(set) var foldedDeltas = 0
    /// Resyncs followed by fetching the state over REST.
    public private(set) var restResyncs = 0
    /// The `gateway` of the last `hello`.
    public private(set) var gatewayNode: String?
    private var currentEndpoint: Endpoint?

    public init(endpoints: [Endpoint], options: Options = Options(), group: any EventLoopGroup) {
        self.endpoints = endpoints
        self.options = options
        self.group = group
        (events, eventSink) = AsyncStream.makeStream(of: Event.self)
    }

    /// Starts following `match` (now, and after every reconnect).
    public func follow(_ match: MatchID) {
        guard held[match] == nil else { return }
        held[match] = (-1, nil)
        connection?.send(.subscribe(match: match, since: nil, conflate: options.conflate))
    }

    /// The seq and state held for `match` (seq -1: nothing yet).
    public func holding(_ match: MatchID) -> (seq: Int64, state: JSONValue?)? { held[match] }

    public func stop() async {
        stopped = true
        await connection?.disconnect()
        eventSink.finish()
    }

    /// Connects and keeps connecting until `stop()`.
    public func run() async {
        var attempt = 0
        var failures = 0
        var firstAfterDrop = false
        while !stopped {
            let endpoint = endpoints[attempt % endpoints.count]
            attempt += 1
            var retryAfter: Duration?
            do {
                let client = try await WebSocketClient.connect(host: endpoint.host, port: endpoint.port, group: group)
                failures = 0
                connection = client
                currentEndpoint = endpoint
                eventSink.yield(.connected(gateway: "\(endpoint.host):\(endpoint.port)"))
                for (match, holding) in held {
                    client.send(
                        .subscribe(
                            match: match, since: holding.seq >= 0 ? holding.seq : nil, conflate: options.conflate))
                }
                await serve(client)
                connection = nil
                eventSink.yield(.disconnected)
                firstAfterDrop = true
            } catch WebSocketClientError.handshakeRejected(let handshake) {
                failures += 1
                retryAfter = handshake.header("Retry-After").flatMap(Int.init).map { .seconds($0) }
            } catch {
                failures += 1
            }
            guard !stopped else { return }
            // After a drop: 0…jitter, so a gateway's clients do not return in lockstep. After
            // failed attempts: capped exponential backoff with jitter, or the server's Retry-After.
            var delay: Duration
            if failures == 0 && firstAfterDrop {
                delay = options.reconnectJitter * Double.random(in: 0...1)
            } else {
                let exponential = Duration.milliseconds(100) * Double(1 << min(failures, 10))
                delay = min(options.maxBackoff, exponential) * Double.random(in: 0.5...1.0)
                if failures < endpoints.count { delay = .milliseconds(50) }  // try the other gateways first
            }
            if let retryAfter { delay = max(delay, retryAfter) }
            firstAfterDrop = false
            try? await Task.sleep(for: delay)
        }
    }

    private func serve(_ client: WebSocketClient) async {
        var lastAck = ContinuousClock.now
        while !stopped {
            let frame: ReceivedFrame
            do {
                frame = try await client.nextMessage(timeout: options.ackInterval)
            } catch WebSocketClientError.timedOut {
                sendAcks(client)
                lastAck = .now
                continue
            } catch {
                return
            }
            if case .close = frame {
                await client.waitUntilClosed()
                return
            }
            guard let message = frame.json else { continue }
            await handle(message, client)
            if ContinuousClock.now - lastAck >= options.ackInterval {
                sendAcks(client)
                lastAck = .now
            }
        }
    }

    private func handle(_ message: JSONValue, _ client: WebSocketClient) async {
        if message["type"] == .string("hello") { gatewayNode = message["gateway"]?.stringValue }
        guard let type = message["type"]?.stringValue, let raw = message["match"]?.stringValue,
            let match = MatchID(raw),
            let holding = held[match]
        else { return }
        switch type {
        case "snapshot":
            let seq = message["seq"]?.integerValue ?? 0
            guard seq >= holding.seq else { return }
            held[match] = (seq, message["state"].flatMap { $0 == .null ? nil : $0 })
            eventSink.yield(.state(match: match, seq: seq))
        case "delta":
            guard let seq = message["seq"]?.integerValue, let data = message["data"] else { return }
            // A folded run (protocol 1.1) covers `from…seq` and applies on top of any state from
            // `from − 1` on (PROTOCOL.md §6), such as a REST state fetched in its middle.
            let from = message["from"]?.integerValue ?? seq
            if seq <= holding.seq {
                duplicates += 1
                return
            }
            guard holding.seq >= 0, from <= holding.seq + 1 else {
                gaps += 1
                client.send(.subscribe(match: match, since: max(holding.seq, 0), conflate: options.conflate))
                return
            }
            held[match] = (seq, MergePatch.apply(data, to: holding.state))
            applied += 1
            foldedDeltas += Int(seq - max(from, holding.seq + 1))
            eventSink.yield(.state(match: match, seq: seq))
        case "resync":
            eventSink.yield(.resync(match: match, reason: message["reason"]?.stringValue ?? ""))
            // Deltas that arrive meanwhile wait in the socket's inbox and meet the seq rule in
            // `delta` above: at or below the fetched seq ignored, a gap re-subscribes.
            if let (seq, state) = await fetchState(match, path: message["snapshot_url"]?.stringValue) {
                restResyncs += 1
                // Unfollowed meanwhile (the actor ran other calls during the fetch): keep it so.
                if let current = held[match], seq > current.seq {
                    held[match] = (seq, state)
                    eventSink.yield(.state(match: match, seq: seq))
                }
            } else {
                client.send(.subscribe(match: match, since: max(holding.seq, 0), conflate: options.conflate))
            }
        default:
            break
        }
    }

    /// The state of `match` from the connected gateway's REST API, or nil.
    private func fetchState(_ match: MatchID, path: String?) async -> (seq: Int64, state: JSONValue?)? {
        guard let endpoint = currentEndpoint,
            let response = try? await RESTRequest.get(
                host: endpoint.host, port: endpoint.port, path: path ?? "/v1/matches/\(match)", timeout: .seconds(2),
                group: group),
            response.status == 200, let document = try? JSONValue(parsing: response.body),
            let seq = document["seq"]?.integerValue
        else { return nil }
        return (seq, document["state"].flatMap { $0 == .null ? nil : $0 })
    }

    private func sendAcks(_ client: WebSocketClient) {
        for (match, holding) in held where holding.seq > (acked[match] ?? 0) {
            client.send(.ack(match: match, seq: holding.seq))
            acked[match] = holding.seq
        }
    }
}

import CreaseClient
import CreaseProtocol
import Foundation
import Histogram
import NIOCore
import NIOPosix
import NIOWebSocket

/// What one worker's clients saw, merged at the end.
struct ClientTally: Codable, Sendable {
    var connected = 0
    var failedConnects = 0
    var reconnects = 0
    var deltas = 0
    var bytes = 0
    var gaps = 0
    /// Deltas at or below what the viewer holds, on the connection that already brought it
    /// that seq (outside a resync's re-subscribe): the gateway sent one seq twice to one
    /// subscription, which PROTOCOL.md §5 rules out.
    var duplicates = 0
    /// Deltas at or below what the viewer holds that belong to a new subscription: on a new
    /// connection after a reconnect, or the `since + 1, since + 2, …` replay of the subscribe
    /// the viewer sends on `resync` (live deltas of the old subscription can arrive before that
    /// replay starts). The seq rule drops them; PROTOCOL.md §5 promises each seq at most once
    /// within one subscription only.
    var replaysAfterReconnect = 0
    /// Healthy viewers that never had a snapshot (refused, or subscribed without an answer):
    /// they hold no seq, so they count here and not as lost deltas.
    var neverSubscribed = 0
    var resyncs: [String: Int] = [:]
    var errors: [String: Int] = [:]
    var closes: [String: Int] = [:]
    var missing = 0
    var snapshots = 0
    var patchMismatches = 0
    /// Deltas and their bytes as they came off the wire (compressed or not), and inflated.
    var deltaWireBytes = 0
    var deltaPlainBytes = 0
    var compressedDeltas = 0
    /// Offline estimate on the sampling viewers' streams (one in `--verify-every`): the same
    /// deltas deflated once each without context (what compress-once sends, threshold aside) and
    /// by a per-connection deflater keeping its context (what compress-once gives up).
    var sampledDeltas = 0
    var sampledPlainBytes = 0
    var sampledNoContextBytes = 0
    var sampledContextTakeoverBytes = 0
    /// What the slow viewers downloaded (every byte their sockets gave them), their `delta`
    /// messages, and the deltas that came folded into another's (protocol 1.1 `conflate`).
    var slowWireBytes = 0
    var slowMessages = 0
    var slowFoldedDeltas = 0
    /// 2G viewers still short of their match's final seq 60 s after the publishing stopped.
    var slowNotCaughtUp = 0
}

/// How a simulated viewer behaves.
enum ViewerBehaviour: String, Codable, Sendable {
    /// Reads everything, acks once a second.
    case healthy
    /// Stops reading its socket after its snapshot (a phone gone into a tunnel).
    case stalled
    /// Reads a few KB/s and acks 8 s late (a phone on 2G).
    case slow2G = "2g"
}

/// The worker-wide state every viewer of one event loop shares (touched only on that loop).
final class WorkerLedger {
    var tally = ClientTally()
    /// Healthy viewers' latency (the figure that matters); slow viewers' separately.
    var latency = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    var slowLatency = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    /// The age of the newest state each slow viewer shows (now − `ts` of its newest delta),
    /// sampled at every sip: how stale the score on a 2G phone is.
    var slowStateAge = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    var slowCatchUp = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    /// Healthy viewers' latency of `critical` deltas alone (what shedding must protect).
    var criticalLatency = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    var connectTimes = Histogram<UInt64>(highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: .three)
    /// Successful connects per 100 ms bucket (wall clock, ms / 100).
    var connectBuckets: [Int64: Int] = [:]
    var viewers: [Viewer] = []
    var recording = false
    /// Inflates compressed frames (the gateway keeps no context between messages, so one
    /// stream serves every viewer of the loop); nil without `--compression`.
    var inflater: MessageInflater?
    /// The deflaters of the offline estimate (shared one without context; per sampling viewer
    /// with context).
    let noContextDeflater = MessageDeflater(windowBits: 15)
    /// Called when a viewer's connection closes (the worker may reconnect it).
    var onClosed: ((Viewer) -> Void)?
}

/// One simulated person watching one match. Survives reconnects: what it holds (`lastSeq`,
/// `state`) carries over, so it resumes with `since`.
final class Viewer {
    let index: Int
    let match: MatchID
    let verifiesPatches: Bool
    let behaviour: ViewerBehaviour
    /// Subscribes with `"conflate": true` (protocol 1.1).
    let conflates: Bool
    fileprivate(set) var lastSeq: Int64 = -1  // -1: no snapshot yet
    /// `ts` of the newest delta it holds, µs (a snapshot counts as fresh when it arrives); 0: none.
    private(set) var shownAt: Int64 = 0
    /// Held its match's final seq after the publishing stopped (2G catch-up, at the end).
    var caughtUp = false
    /// The highest seq this viewer received on its current connection (-1: none yet).
    fileprivate var highestOnConnection: Int64 = -1
    /// After a `resync`, the next seq the re-subscribe's replay would bring (`since + 1`, then
    /// on); nil once a snapshot answered instead.
    fileprivate var replayNext: Int64?
    fileprivate var ackedSeq: Int64 = 0
    fileprivate var expectResyncGap = false
    fileprivate(set) var state: JSONValue?
    /// The per-connection, context-keeping deflater a sampling viewer estimates with.
    fileprivate lazy var contextDeflater = MessageDeflater(windowBits: 15, keepsContext: true)
    var connection: LoadConnection?
    var failures = 0
    var stopped = false

    init(index: Int, match: MatchID, verifiesPatches: Bool, behaviour: ViewerBehaviour, conflates: Bool = false) {
        self.index = index
        self.match = match
        self.verifiesPatches = verifiesPatches
        self.behaviour = behaviour
        self.conflates = conflates
    }

    fileprivate func show(since microseconds: Int64) { shownAt = max(shownAt, microseconds) }

    var ready: Bool { lastSeq >= 0 }
    var isOpen: Bool { connection?.isOpen ?? false }

    /// Cumulative ack of what it holds, if anything new arrived.
    func ackIfNeeded() {
        guard lastSeq > ackedSeq, let connection else { return }
        ackedSeq = lastSeq
        // As the JavaScript client spells it (the gateway's fast path).
        connection.send(Array(#"{"type":"ack","match":"\#(match.rawValue)","seq":\#(lastSeq)}"#.utf8))
    }
}

/// The channel handler of one viewer's connection: checks every delta arrives once and in order
/// (a gap is an error unless a `resync` explains it), and follows `resync` by re-subscribing
/// with `since`. Verifying viewers also apply every merge patch.
final class LoadConnection: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let viewer: Viewer
    private let ledger: WorkerLedger
    private var context: ChannelHandlerContext?
    /// The bytes of a frame that arrived in pieces (empty almost always: each read is cut into
    /// frames in place, without a decoder handler or a copy).
    private var partial = ByteBuffer()
    /// A fragmented message being reassembled (the gateway never fragments; kept for others).
    private var fragments: (opcode: UInt8, rsv1: Bool, payload: ByteBuffer)?
    /// This connection's own inflater, keeping its window, where the gateway kept its context
    /// (`COMPRESSION=context`: the answer had no `server_no_context_takeover`).
    var contextInflater: MessageInflater?

    init(viewer: Viewer, ledger: WorkerLedger) {
        self.viewer = viewer
        self.ledger = ledger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
        viewer.connection = self
        viewer.ackedSeq = max(viewer.lastSeq, 0)  // nothing to ack on this connection yet
        viewer.highestOnConnection = -1
        viewer.replayNext = nil
        let since = viewer.lastSeq >= 0 ? viewer.lastSeq : nil
        send(ClientMessage.subscribe(match: viewer.match, since: since, conflate: viewer.conflates).encoded)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        if viewer.behaviour != .healthy { ledger.tally.slowWireBytes += bytes.readableBytes }
        if partial.readableBytes > 0 {
            partial.writeBuffer(&bytes)
            swap(&bytes, &partial)
            partial.clear()
        }
        while let frame = ServerFrameReader.next(&bytes) {
            guard case .frame(let opcode, let fin, let rsv1, let payload) = frame else {
                ledger.tally.errors["bad_frame", default: 0] += 1
                context.close(promise: nil)
                return
            }
            handleFrame(context: context, opcode: opcode, fin: fin, rsv1: rsv1, payload: payload)
            guard self.context != nil else { return }
        }
        if bytes.readableBytes > 0 {
            partial.writeBuffer(&bytes)
        } else if partial.capacity > 1 << 16 {
            partial = ByteBuffer()  // a large frame passed: keep nothing for the next
        }
    }

    private func handleFrame(context: ChannelHandlerContext, opcode: UInt8, fin: Bool, rsv1: Bool, payload: ByteBuffer)
    {
        switch opcode {
        case 0x1, 0x2, 0x0:
            var payload = payload
            if opcode == 0x0 {
                guard var open = fragments else { return }
                open.payload.writeBuffer(&payload)
                fragments = open
                guard fin else { return }
                fragments = nil
                guard open.opcode == 0x1 else { return }
                handleMessage(context: context, rsv1: open.rsv1, payload: open.payload)
            } else if !fin {
                fragments = (opcode, rsv1, payload)
            } else if opcode == 0x1 {
                handleMessage(context: context, rsv1: rsv1, payload: payload)
            }
        case 0x9:
            context.writeAndFlush(
                wrapOutboundOut(ClientFrame.encode(opcode: .pong, payload: Array(payload.readableBytesView))),
                promise: nil)
        case 0x8:
            var data = payload
            let code = data.readInteger(as: UInt16.self).map(String.init) ?? "none"
            ledger.tally.closes[code, default: 0] += 1
            context.close(promise: nil)
        default:
            break
        }
    }

    private func handleMessage(context: ChannelHandlerContext, rsv1: Bool, payload: ByteBuffer) {
        ledger.tally.bytes += payload.readableBytes
        guard rsv1 else {
            handleText(payload, wireBytes: payload.readableBytes)
            return
        }
        guard let inflater = contextInflater ?? ledger.inflater,
            case .success(let inflated) = inflater.decompress(payload.readableBytesView, limit: 1 << 24)
        else {
            ledger.tally.errors["bad_compressed_frame", default: 0] += 1
            context.close(promise: nil)
            return
        }
        handleText(ByteBuffer(bytes: inflated), wireBytes: payload.readableBytes, compressed: true)
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.context = nil
        if viewer.connection === self { viewer.connection = nil }
        ledger.onClosed?(viewer)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func handleText(_ payload: ByteBuffer, wireBytes: Int, compressed: Bool = false) {
        let bytes = payload.readableBytesView
        if let header = DeltaTail.parse(bytes) {
            countDelta(bytes, wireBytes: wireBytes, compressed: compressed)
            receiveDelta(seq: header.seq, from: header.from, ts: header.ts, critical: header.critical, payload: bytes)
            return
        }
        guard let message = try? JSONValue(parsing: bytes), let type = message["type"]?.stringValue else {
            ledger.tally.errors["unparsable", default: 0] += 1
            return
        }
        switch type {
        case "hello":
            break
        case "snapshot":
            ledger.tally.snapshots += 1
            viewer.lastSeq = message["seq"]?.integerValue ?? 0
            viewer.highestOnConnection = max(viewer.highestOnConnection, viewer.lastSeq)
            viewer.replayNext = nil
            if viewer.verifiesPatches { viewer.state = message["state"] }
            viewer.expectResyncGap = false
            viewer.show(since: BenchClock.microseconds())
            // Slow viewers stop reading once they hold their snapshot: stalled ones for good,
            // 2G ones read a small buffer four times a second (the worker's sips).
            if viewer.behaviour != .healthy {
                context?.channel.setOption(.autoRead, value: false).whenComplete { _ in }
            }
        case "delta":
            countDelta(bytes, wireBytes: wireBytes, compressed: compressed)
            let seq = message["seq"]?.integerValue ?? 0
            receiveDelta(
                seq: seq, from: message["from"]?.integerValue ?? seq, ts: message["ts"]?.integerValue ?? 0,
                critical: message["priority"] == .string("critical"), payload: bytes)
        case "resync":
            let reason = message["reason"]?.stringValue ?? "?"
            ledger.tally.resyncs[reason, default: 0] += 1
            send(
                ClientMessage.subscribe(match: viewer.match, since: max(viewer.lastSeq, 0), conflate: viewer.conflates)
                    .encoded)
            viewer.expectResyncGap = true
            viewer.replayNext = max(viewer.lastSeq, 0) + 1
        case "error":
            ledger.tally.errors[message["code"]?.stringValue ?? "?", default: 0] += 1
        default:
            break
        }
    }

    private func countDelta(_ bytes: ByteBufferView, wireBytes: Int, compressed: Bool) {
        ledger.tally.deltaWireBytes += wireBytes
        ledger.tally.deltaPlainBytes += bytes.count
        if compressed { ledger.tally.compressedDeltas += 1 }
        guard viewer.verifiesPatches else { return }
        ledger.tally.sampledDeltas += 1
        ledger.tally.sampledPlainBytes += bytes.count
        ledger.tally.sampledNoContextBytes += ledger.noContextDeflater.compress(bytes)?.count ?? bytes.count
        ledger.tally.sampledContextTakeoverBytes += viewer.contextDeflater.compress(bytes)?.count ?? bytes.count
    }

    /// `from`…`seq`: the deltas this message carries (`from` = `seq` but for a conflated run).
    private func receiveDelta(seq: Int64, from: Int64, ts: Int64, critical: Bool, payload: ByteBufferView) {
        guard viewer.lastSeq >= 0 else { return }  // before the snapshot: covered by it
        if viewer.behaviour != .healthy {
            ledger.tally.slowMessages += 1
            ledger.tally.slowFoldedDeltas += Int(seq - from)
        }
        if seq <= viewer.lastSeq {
            if seq > viewer.highestOnConnection || seq == viewer.replayNext {
                ledger.tally.replaysAfterReconnect += 1
                if seq == viewer.replayNext { viewer.replayNext = seq + 1 }
            } else if !viewer.expectResyncGap {
                ledger.tally.duplicates += 1
            }
            viewer.highestOnConnection = max(viewer.highestOnConnection, seq)
            return
        }
        viewer.highestOnConnection = seq
        if seq == viewer.replayNext { viewer.replayNext = seq + 1 }
        if from > viewer.lastSeq + 1 {
            if viewer.expectResyncGap {
                viewer.expectResyncGap = false
            } else {
                ledger.tally.gaps += Int(max(0, from - viewer.lastSeq - 1))
            }
        }
        viewer.lastSeq = seq
        viewer.show(since: ts * 1000)
        ledger.tally.deltas += 1
        if ledger.recording {
            let latencyMicros = UInt64(max(0, BenchClock.microseconds() - ts * 1000))
            if viewer.behaviour == .healthy {
                ledger.latency.record(latencyMicros)
                if critical { ledger.criticalLatency.record(latencyMicros) }
            } else {
                ledger.slowLatency.record(latencyMicros)
            }
        }
        if viewer.verifiesPatches, let message = try? JSONValue(parsing: payload), let data = message["data"] {
            viewer.state = MergePatch.apply(data, to: viewer.state)
        }
    }

    var isOpen: Bool { context != nil }

    var channel: (any Channel)? { context?.channel }

    func close() { context?.close(promise: nil) }

    /// A client-initiated closing handshake (churn: a viewer leaving).
    func leave() {
        guard let context else { return }
        context.writeAndFlush(
            wrapOutboundOut(ClientFrame.encode(opcode: .connectionClose, payload: [0x03, 0xE8])), promise: nil)
        context.close(promise: nil)
    }

    func send(_ bytes: [UInt8]) {
        context?.writeAndFlush(wrapOutboundOut(ClientFrame.encode(opcode: .text, payload: bytes)), promise: nil)
    }
}

/// The header fields of a `delta` read from its tail, without parsing the patch: Crease
/// serialises keys sorted, so a delta ends `…,"from":F,"match":"M","priority":"P","seq":N,
/// "ts":T,"type":"delta"}` (`from` only on a conflated run, protocol 1.1). Anything else returns
/// nil and is parsed in full.
enum DeltaTail {
    private static let suffix = Array(#","type":"delta"}"#.utf8)
    private static let tsKey = Array(#","ts":"#.utf8)
    private static let seqKey = Array(#""seq":"#.utf8)
    private static let critical = Array(#""priority":"critical","#.utf8)
    private static let stringEnd = Array(#"","#.utf8)
    private static let priorityKey = Array(#""priority":""#.utf8)
    private static let matchKey = Array(#""match":""#.utf8)
    private static let fromKey = Array(#""from":"#.utf8)

    static func parse(_ bytes: ByteBufferView) -> (seq: Int64, from: Int64, ts: Int64, critical: Bool)? {
        guard bytes.count > 40, bytes.suffix(suffix.count).elementsEqual(suffix) else { return nil }
        var index = bytes.endIndex - suffix.count
        guard let ts = readNumberBackwards(bytes, &index), expect(bytes, &index, tsKey) else { return nil }
        guard let seq = readNumberBackwards(bytes, &index), expect(bytes, &index, seqKey) else { return nil }
        var priorityEnd = index
        let isCritical = expect(bytes, &priorityEnd, critical)
        return (seq, from(bytes, before: index) ?? seq, ts, isCritical)
    }

    /// `from` of a conflated run: behind the priority and match strings, a number; a plain
    /// delta has its patch's closing brace there.
    private static func from(_ bytes: ByteBufferView, before seqKeyStart: ByteBufferView.Index) -> Int64? {
        var index = seqKeyStart
        for key in [priorityKey, matchKey] {
            guard expect(bytes, &index, stringEnd) else { return nil }
            while index > bytes.startIndex, bytes[index - 1] != UInt8(ascii: "\"") { index -= 1 }
            guard expect(bytes, &index, key) else { return nil }
        }
        guard expect(bytes, &index, [UInt8(ascii: ",")]), let from = readNumberBackwards(bytes, &index),
            expect(bytes, &index, fromKey)
        else { return nil }
        return from
    }

    private static func readNumberBackwards(_ bytes: ByteBufferView, _ index: inout ByteBufferView.Index) -> Int64? {
        var value: Int64 = 0
        var multiplier: Int64 = 1
        var digits = 0
        while index > bytes.startIndex {
            let byte = bytes[index - 1]
            guard byte >= 48, byte <= 57 else { break }
            value += Int64(byte - 48) * multiplier
            multiplier *= 10
            digits += 1
            index -= 1
        }
        return digits > 0 ? value : nil
    }

    private static func expect(
        _ bytes: ByteBufferView, _ index: inout ByteBufferView.Index, _ expected: [UInt8]
    ) -> Bool {
        guard index - bytes.startIndex >= expected.count else { return false }
        guard bytes[(index - expected.count)..<index].elementsEqual(expected) else { return false }
        index -= expected.count
        return true
    }
}

/// Cuts server frames (RFC 6455 §5.2, unmasked) out of the bytes a read brought, in place.
enum ServerFrameReader {
    enum Next {
        case frame(opcode: UInt8, fin: Bool, rsv1: Bool, payload: ByteBuffer)
        case invalid
    }

    /// The next whole frame at the front of `bytes` (consumed), or nil when it is not all there.
    static func next(_ bytes: inout ByteBuffer) -> Next? {
        let start = bytes.readerIndex
        guard let first = bytes.getInteger(at: start, as: UInt8.self),
            let second = bytes.getInteger(at: start + 1, as: UInt8.self)
        else { return nil }
        guard second & 0x80 == 0 else { return .invalid }  // servers never mask
        var header = 2
        var length = Int(second & 0x7F)
        if length == 126 {
            guard let extended = bytes.getInteger(at: start + 2, as: UInt16.self) else { return nil }
            length = Int(extended)
            header = 4
        } else if length == 127 {
            guard let extended = bytes.getInteger(at: start + 2, as: UInt64.self) else { return nil }
            guard extended <= 1 << 24 else { return .invalid }
            length = Int(extended)
            header = 10
        }
        guard bytes.readableBytes >= header + length else { return nil }
        let payload = bytes.getSlice(at: start + header, length: length)!
        bytes.moveReaderIndex(forwardBy: header + length)
        return .frame(opcode: first & 0x0F, fin: first & 0x80 != 0, rsv1: first & 0x40 != 0, payload: payload)
    }
}

enum BenchClock {
    static func microseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec) / 1_000
    }
}

/// The opening handshake (CreaseClient's `HTTPUpgradeRequest`: the request as browsers send it,
/// the answer read by SwiftNIO's decoder), then the viewer's own frame handling.
enum BenchHandshake {
    static func handler(
        host: String, port: Int, path: String, compression: Bool, connection: LoadConnection,
        onDone: @escaping (Result<Void, BenchError>) -> Void
    ) -> HTTPUpgradeRequest {
        var text = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        text += "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
        // What browsers offer.
        if compression { text += "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" }
        text += "\r\n"
        return HTTPUpgradeRequest(
            request: Array(text.utf8),
            upgraded: { response in
                // The gateway keeps its context (`COMPRESSION=context`): a window of its own.
                if let extensions = response.header("Sec-WebSocket-Extensions")?.lowercased(),
                    extensions.contains("permessage-deflate"), !extensions.contains("server_no_context_takeover")
                {
                    connection.contextInflater = MessageInflater(keepsContext: true)
                }
                return [connection]
            },
            completed: { result in
                switch result {
                case .success(let response) where response.status == 101:
                    onDone(.success(()))
                case .success(let response):
                    let retryAfter = response.header("Retry-After").flatMap {
                        Int($0.trimmingCharacters(in: .whitespaces))
                    }
                    onDone(.failure(.rejected("\(response.status)", retryAfter: retryAfter)))
                case .failure(let error):
                    onDone(.failure(.rejected(error as? ChannelError == .eof ? "closed" : "error", retryAfter: nil)))
                }
            })
    }
}

enum BenchError: Error, Sendable {
    /// The handshake failed: the HTTP status (or what happened) and the `Retry-After` seconds.
    case rejected(String, retryAfter: Int?)
}

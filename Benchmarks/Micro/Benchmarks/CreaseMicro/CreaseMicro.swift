// Micro-benchmarks of Crease's per-delta hot paths, on real scorecard data from the simulator.
//
//   cd Benchmarks/Micro && swift package benchmark
//
// Benchmarks with scaling factor `.kilo` run 1,000 operations per sample and the table shows
// figures per operation, rounded to whole numbers (`--scale` shows the per-1,000 totals);
// `.one` benchmarks show figures per sample (the operation count is in the name).
//
// Generic APIs of CreaseProtocol (`OutboundQueue`, `JSONValue(parsing:)`, `ClientMessage.decode`)
// are called across the same module boundary here as from CreaseGateway, so they are compiled
// (specialised or not) as in the gateway. `ServerFrame.encode(opcode:payload: some Collection<UInt8>)`
// is the exception: CreaseGateway calls it from inside its own module.
//
// Allocation counts of the MergePatch benchmarks move by one or two between runs: Swift seeds
// String hashing per process, and the order a merge visits keys decides whether a dictionary
// is copied and grown in one step or two. `SWIFT_DETERMINISTIC_HASHING=1 swift package benchmark`
// makes them repeatable (for thresholds and baselines).

import Benchmark
@_spi(Benchmarks) import CreaseGateway
import CreaseProtocol
import CricketSimulator
import NIOCore
import NIOWebSocket
import Synchronization

// MARK: - Fixtures (built once, before any measurement)

/// The match id on the fixture deltas (9 characters; with it a plain delivery's delta is ~230 B).
let fixtureMatch = MatchID("ipl-final")!
let fixtureTimestamp: Int64 = 1_790_000_000_000

/// The first 1,500 events of seed 1's continuous simulation (about two T20 matches), in order.
let fixtureEvents: [SimulatedEvent] = {
    var simulator = CricketMatchSimulator(seed: 1)
    var events: [SimulatedEvent] = []
    while events.count < 1_500 { events += simulator.nextBall() }
    return Array(events.prefix(1_500))
}()

/// The scorecard before each of `fixtureEvents` (index i: the state event i patches).
let fixtureStates: [JSONValue?] = {
    var states: [JSONValue?] = []
    var state: JSONValue? = nil
    for event in fixtureEvents {
        states.append(state)
        state = MergePatch.apply(event.patch, to: state)
    }
    return states
}()

/// A mid-innings delivery (no wicket) whose `delta` is about 200 bytes.
let ballIndex: Int = {
    fixtureEvents.indices.first { index in
        let event = fixtureEvents[index]
        guard index >= 100, event.kind == .ball, event.priority == .normal else { return false }
        let size = ServerMessage.delta(
            match: fixtureMatch, seq: Int64(index + 1), timestamp: fixtureTimestamp, priority: event.priority,
            data: event.patch
        ).count
        return (190...230).contains(size)
    }!
}()
let ballPatch = fixtureEvents[ballIndex].patch
let ballSeq = Int64(ballIndex + 1)
/// The delta exactly as the publisher encodes it and the bus carries it.
let ballDelta: [UInt8] = ServerMessage.delta(
    match: fixtureMatch, seq: ballSeq, timestamp: fixtureTimestamp, priority: .normal, data: ballPatch
)
/// The same bytes as the gateway holds them after reading the bus (`BusDelta.payload`).
let ballDeltaBuffer = ByteBuffer(bytes: ballDelta)

/// One over's events: from the first delivery after `ballIndex`'s over ended to the next over end.
let overRange: Range<Int> = {
    let start = fixtureEvents[ballIndex...].firstIndex { $0.kind == .overEnd }! + 1
    let end = fixtureEvents[start...].firstIndex { $0.kind == .overEnd }! + 1
    return start..<end
}()

/// An ack as a client sends it, in the buffer the WebSocket decoder hands the connection.
let ackBuffer = ByteBuffer(bytes: ClientMessage.ack(match: fixtureMatch, seq: 1_234).encoded)

/// The same ack as the JavaScript client and the reference load generator spell it: read by
/// the connection's fast path, without a JSON value.
let canonicalAckBuffer = ByteBuffer(string: #"{"type":"ack","match":"ipl-final","seq":1234}"#)

/// The fan-out fixture of the fan-out benchmarks, made by their setup hook.
let fanoutFixture = Mutex<FanoutBenchmark?>(nil)
#if os(Linux)
let epollFanoutFixture = Mutex<EpollFanoutBenchmark?>(nil)
#endif

/// The subscriber queue's defaults (`GatewayConfiguration`: depth 256, 256 KiB).
let queueLimits = OutboundQueueLimits(maxMessages: 256, maxBytes: 262_144)

/// The one patch with the effect of all of `patches` in order (nil when merge patches can't say).
func composeAll(_ patches: [JSONValue]) -> JSONValue? {
    var composed = patches[0]
    for patch in patches.dropFirst() {
        guard let next = MergePatch.compose(composed, patch) else { return nil }
        composed = next
    }
    return composed
}

// MARK: - Benchmarks

let benchmarks: @Sendable () -> Void = {
    // Not `.instructions` (the VM has no hardware counters, so it prints nothing) nor the
    // `.cpu*` metrics (10 ms ticks, all zero at these sizes); ARC metrics would need the
    // benchmark package's RuntimeInterposer trait, which this package leaves off.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .throughput],
        warmupIterations: 10,
        scalingFactor: .kilo,
        maxDuration: .seconds(2),
        maxIterations: 100_000
    )

    // MARK: (1) Encoding a delta and its frame

    Benchmark("delta encode: ServerMessage.delta (\(ballDelta.count) B)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                ServerMessage.delta(
                    match: fixtureMatch, seq: ballSeq, timestamp: fixtureTimestamp, priority: .normal, data: ballPatch
                )
            )
        }
    }

    Benchmark("delta encode: ServerMessage.delta + ServerFrame.encode([UInt8])") { benchmark in
        for _ in benchmark.scaledIterations {
            let delta = ServerMessage.delta(
                match: fixtureMatch, seq: ballSeq, timestamp: fixtureTimestamp, priority: .normal, data: ballPatch
            )
            blackHole(ServerFrame.encode(opcode: .text, payload: delta))
        }
    }

    // What the gateway does once per delta (`DeltaFrame.init`): frame the bus payload buffer.
    Benchmark("frame: ServerFrame.encode(ByteBuffer) of a \(ballDelta.count) B delta") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ServerFrame.encode(opcode: .text, payload: ballDeltaBuffer))
        }
    }

    // MARK: (1b) Deflating a delta (permessage-deflate)

    // `COMPRESSION=on`: each delta is deflated once per window size, without context (the
    // stream is reset after each message: its 128 KiB hash table is cleared every time).
    Benchmark("deflate: a \(ballDelta.count) B delta without context (compress once)") { benchmark in
        let alone = MessageDeflater(windowBits: 15)
        for _ in benchmark.scaledIterations {
            blackHole(alone.compress(ballDelta))
        }
    }

    // `COMPRESSION=context`: the match's stream deflates each delta once for every seated
    // subscriber, against the deltas before it. Per-connection context takeover, which Crease
    // does not do, would pay this once per delivery. Each iteration deflates the match's next
    // delta, in order, through the fixture's 1,500 events (with the stream's epochs).
    let streamDeltas = fixtureEvents.indices.map { index in
        ServerMessage.delta(
            match: fixtureMatch, seq: Int64(index + 1), timestamp: fixtureTimestamp + Int64(index) * 4_000,
            priority: fixtureEvents[index].priority, data: fixtureEvents[index].patch)
    }
    Benchmark("deflate: the next delta of a match's stream with context (a cohort's one deflate)") { benchmark in
        let stream = SharedDeflateStream(windowBits: 15)
        var next = 0
        for _ in benchmark.scaledIterations {
            blackHole(stream.compress(streamDeltas[next]))
            next = next + 1 == streamDeltas.count ? 0 : next + 1
        }
    }

    // MARK: (2) JSON Merge Patch

    // What `MatchLedger.publish` does per event: the scorecard stays alive, so the result copies it.
    let midMatchState = fixtureStates[ballIndex]!
    Benchmark(
        "MergePatch.apply: ball patch onto the \(midMatchState.serialized.count) B scorecard"
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(MergePatch.apply(ballPatch, to: midMatchState))
        }
    }

    let startPatch = fixtureEvents[0].patch
    Benchmark("MergePatch.apply: match-start patch (\(startPatch.serialized.count) B) onto nil") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(MergePatch.apply(startPatch, to: nil))
        }
    }

    let nextPatch = fixtureEvents[ballIndex + 1].patch
    precondition(MergePatch.compose(ballPatch, nextPatch) != nil)
    Benchmark("MergePatch.compose: ball + \(fixtureEvents[ballIndex + 1].kind.rawValue) patch") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(MergePatch.compose(ballPatch, nextPatch))
        }
    }

    let overPatches = overRange.map { fixtureEvents[$0].patch }
    precondition(composeAll(overPatches) != nil)
    Benchmark(
        "MergePatch.compose: fold one over (\(overPatches.count) patches)",
        configuration: .init(scalingFactor: .one)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(composeAll(overPatches))
        }
    }

    // MARK: (3) The subscriber's outbound queue

    // Messages as a slow subscriber of four matches gets them: the simulator's priorities
    // (~31% low commentary, ~65% normal, ~4% critical), each a real frame of its own size.
    let matches = ["ipl-final", "bbl-07", "psl-12", "cpl-03"].map { MatchID($0)! }
    let queueMessages: [OutboundQueue<ByteBuffer>.Message] = fixtureEvents.indices.map { index in
        let event = fixtureEvents[index]
        let match = matches[index % matches.count]
        let frame = ServerFrame.encode(
            opcode: .text,
            payload: ServerMessage.delta(
                match: match, seq: Int64(index + 1), timestamp: fixtureTimestamp, priority: event.priority,
                data: event.patch
            )
        )
        return .init(match: match, priority: event.priority, byteCount: frame.readableBytes, payload: frame)
    }
    func fullQueue() -> OutboundQueue<ByteBuffer> {
        var queue = OutboundQueue<ByteBuffer>(limits: queueLimits)
        var index = 0
        while queue.messageCount < queueLimits.maxMessages {
            queue.enqueue(queueMessages[index])
            index += 1
        }
        return queue
    }
    // The 1,000 arrivals after the 256 that filled the queue (every one drops something).
    let arrivals = Array(queueMessages[256..<1_256])
    precondition(fullQueue().messageCount == 256)

    Benchmark("OutboundQueue.enqueue: full queue (256), mixed priorities, evicting") { benchmark in
        var queue = fullQueue()
        benchmark.startMeasurement()
        for index in benchmark.scaledIterations {
            blackHole(queue.enqueue(arrivals[index]))
        }
        benchmark.stopMeasurement()
        blackHole(queue)
    }

    // A slow subscriber catching up: pending resyncs first, then every queued message.
    var backlog = fullQueue()
    for message in arrivals { backlog.enqueue(message) }
    let backlogCount = backlog.messageCount + backlog.pendingResyncs.count
    Benchmark(
        "OutboundQueue.popNext: drain a full queue (\(backlogCount) pops)",
        configuration: .init(scalingFactor: .one)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var queue = fullQueue()
            for message in arrivals { queue.enqueue(message) }
            benchmark.startMeasurement()
            while let next = queue.popNext() { blackHole(next) }
            benchmark.stopMeasurement()
        }
    }

    // MARK: (4) Parsing what arrives

    // The bus subscriber's first step on every delta (`RedisKeys.decodeDelta`).
    Benchmark("JSONValue(parsing:) of a \(ballDelta.count) B bus delta") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! JSONValue(parsing: ballDelta))
        }
    }

    // The connection's decode of every client frame (`GatewayConnection.handleMessage`).
    Benchmark("ClientMessage.decode of an ack (\(ackBuffer.readableBytes) B)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ClientMessage.decode(ackBuffer.readableBytesView))
        }
    }

    Benchmark("ClientMessage.decode of a canonical ack (\(canonicalAckBuffer.readableBytes) B, fast path)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ClientMessage.decode(canonicalAckBuffer.readableBytesView))
        }
    }

    // MARK: (5) Fan-out

    // Deltas handed to one event loop's inbox for 1,000 subscribers, through the gateway's own
    // fan-out pass, connection actors and sessions; each write is swallowed just before NIO's
    // socket code, so this is Crease's user-space cost per delivery (kernel excluded). Figures
    // are per sample: divide by 1,000 (or 4,000, the second: four deltas of one match, one
    // flush per subscriber) for one delivery. The names are shell-safe, as the threshold files'
    // names must be. The thresholds (in
    // `Thresholds/`, `swift package benchmark thresholds check`) catch a regression in
    // allocations or time without a load test.
    let fanoutConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal],
        warmupIterations: 20,
        scalingFactor: .one,
        maxDuration: .seconds(3),
        maxIterations: 2_000,
        thresholds: [
            // Allocations are exact: a few per sample (the fixture's hops), none per delivery.
            .mallocCountTotal: .init(relative: [.p90: 10], absolute: [.p90: 20]),
            // Wall clock on a shared 2-core VM moves by tens of percent between runs: only a
            // doubling is a regression here.
            .wallClock: .init(relative: [.p90: 100]),
        ]
    )
    let fanoutSetup: @Sendable () async throws -> Void = {
        let fixture = try await FanoutBenchmark.make(subscribers: 1_000, delta: ballDeltaBuffer)
        fanoutFixture.withLock { $0 = fixture }
    }
    let fanoutTeardown: @Sendable () async throws -> Void = {
        let fixture = fanoutFixture.withLock { fixture in
            defer { fixture = nil }
            return fixture
        }
        await fixture?.close()
    }
    Benchmark(
        "FanOut.OneDeltaTo1000Subscribers", configuration: fanoutConfiguration,
        closure: { benchmark in
            let fixture = fanoutFixture.withLock { $0! }
            for _ in benchmark.scaledIterations { try await fixture.deliver(deltas: 1) }
        }, setup: fanoutSetup, teardown: fanoutTeardown)
    Benchmark(
        "FanOut.FourDeltasTo1000Subscribers",
        configuration: fanoutConfiguration,
        closure: { benchmark in
            let fixture = fanoutFixture.withLock { $0! }
            for _ in benchmark.scaledIterations { try await fixture.deliver(deltas: 4) }
        }, setup: fanoutSetup, teardown: fanoutTeardown)

    #if os(Linux)
    // The same fan-out on the epoll transport (the default on Linux) with real sockets: 1,000
    // loopback TCP connections whose far ends a sink thread reads. This is a delivery's whole
    // cost, `sendmsg` and the kernel's loopback path included, so its time is noisier than the
    // socketless figures above; allocations are as exact.
    let epollFanoutSetup: @Sendable () async throws -> Void = {
        let fixture = try await EpollFanoutBenchmark.make(subscribers: 1_000, delta: ballDeltaBuffer)
        epollFanoutFixture.withLock { $0 = fixture }
    }
    let epollFanoutTeardown: @Sendable () async throws -> Void = {
        let fixture = epollFanoutFixture.withLock { fixture in
            defer { fixture = nil }
            return fixture
        }
        await fixture?.close()
    }
    Benchmark(
        "FanOut.Epoll.OneDeltaTo1000Sockets", configuration: fanoutConfiguration,
        closure: { benchmark in
            let fixture = epollFanoutFixture.withLock { $0! }
            for _ in benchmark.scaledIterations { try await fixture.deliver(deltas: 1) }
        }, setup: epollFanoutSetup, teardown: epollFanoutTeardown)
    Benchmark(
        "FanOut.Epoll.FourDeltasTo1000Sockets", configuration: fanoutConfiguration,
        closure: { benchmark in
            let fixture = epollFanoutFixture.withLock { $0! }
            for _ in benchmark.scaledIterations { try await fixture.deliver(deltas: 4) }
        }, setup: epollFanoutSetup, teardown: epollFanoutTeardown)
    #endif
}

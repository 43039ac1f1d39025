import CreaseBus
import CreaseProtocol
import Logging
import NIOCore
import NIOEmbedded
import Synchronization

/// One event loop's fan-out with `subscribers` connections and no sockets, for the
/// micro-benchmarks (`Benchmarks/Micro`): the gateway's own inbox, connection actors, sessions
/// and frames, with each write swallowed just before NIO's socket code. What it measures is
/// Crease's user-space cost per delivery, without the kernel's.
@_spi(Benchmarks)
public final class FanoutBenchmark: Sendable {
    private let loop: NIOAsyncTestingEventLoop
    private let environment: GatewayEnvironment
    private let members: [GatewayConnection]
    private let channels: [NIOAsyncTestingChannel]
    private let payload: ByteBuffer
    private let nextSeq = Atomic<Int64>(1)
    /// Frames that reached the (swallowing) socket end of a pipeline.
    private let written: WriteCount

    /// Frames written so far, across every subscriber.
    public var framesWritten: Int { written.count.load(ordering: .relaxed) }

    /// - Parameter delta: the delta JSON every delivery carries.
    public static func make(subscribers: Int, delta: ByteBuffer) async throws -> FanoutBenchmark {
        let loop = NIOAsyncTestingEventLoop()
        let environment = BenchmarkMatch.environment(on: loop)
        let written = WriteCount()
        var members: [GatewayConnection] = []
        var channels: [NIOAsyncTestingChannel] = []
        for _ in 0..<subscribers {
            let channel = try await NIOAsyncTestingChannel(loop: loop) { channel in
                try channel.pipeline.syncOperations.addHandlers([
                    SwallowingSocket(count: written),
                    WebSocketSession(role: .crease, deflate: nil, environment: environment),
                ])
            }
            channels.append(channel)
            members.append(
                try await loop.executeInContext {
                    try channel.pipeline.syncOperations.handler(type: WebSocketSession.self).connection!
                })
        }
        let subscribers = members
        try await loop.executeInContext { BenchmarkMatch.subscribe(subscribers, environment: environment, loop: loop) }
        await loop.run()
        return FanoutBenchmark(
            loop: loop, environment: environment, members: members, channels: channels, payload: delta, written: written
        )
    }

    private init(
        loop: NIOAsyncTestingEventLoop, environment: GatewayEnvironment, members: [GatewayConnection],
        channels: [NIOAsyncTestingChannel], payload: ByteBuffer,
        written: WriteCount
    ) {
        self.loop = loop
        self.environment = environment
        self.members = members
        self.channels = channels
        self.payload = payload
        self.written = written
    }

    /// Hands `deltas` consecutive deltas to the loop's inbox, as the match actor does, and runs
    /// the loop until every subscriber has them.
    public func deliver(deltas: Int) async throws {
        let first = nextSeq.wrappingAdd(Int64(deltas), ordering: .relaxed).oldValue
        let (environment, members, payload, loop) = (self.environment, self.members, self.payload, self.loop)
        try await loop.executeInContext {
            BenchmarkMatch.enqueue(
                first..<(first + Int64(deltas)), payload: payload, to: members, environment: environment, loop: loop)
        }
        await loop.run()
        while try await !loop.executeInContext({ environment.connections.shard(on: loop).fanout.isIdle }) {
            await loop.advanceTime(by: .milliseconds(1))
        }
    }

    /// Closes every channel and empties the timing wheel, then stops the loop: a session and its
    /// connection hold each other until the channel closes, and the wheel holds the connections
    /// it is to visit, so they would outlive the benchmark (LeakSanitizer).
    public func close() async {
        for channel in channels { try? await channel.close() }
        environment.connections.stopTicking()
        await loop.run()
        await loop.shutdownGracefully()
    }
}

/// What both fan-out benchmarks (this one and `EpollFanoutBenchmark`) share: the gateway's
/// environment on one loop, their one match, and deltas handed to the loop's inbox as the match
/// actor hands them.
enum BenchmarkMatch {
    static let match = MatchID("ipl-final")!

    /// No compression, and no ack timeout (no acks come to a benchmark).
    static func environment(on loop: any EventLoop) -> GatewayEnvironment {
        var configuration = GatewayConfiguration(nodeID: "bench", eventLoopThreads: 1)
        configuration.compression.enabled = false
        configuration.webSocket.ackTimeout = .seconds(3_600)
        return GatewayEnvironment(
            configuration: configuration, bus: InProcessBus(historyLength: 16), publisher: nil, loops: [loop],
            logger: Logger(label: "bench"))
    }

    /// Subscribes `members` to the match from its start; on the loop.
    static func subscribe(_ members: [GatewayConnection], environment: GatewayEnvironment, loop: any EventLoop) {
        let hub = MatchHub(match: match, loop: loop, environment: environment)
        for connection in members {
            connection.assumeIsolated {
                $0.beginSubscription(of: match, hub: hub, snapshot: nil, replay: [], skipThrough: 0)
            }
        }
    }

    /// Hands the deltas `seqs` (each carrying `payload`) for `members` to the loop's inbox; on the
    /// loop.
    static func enqueue(
        _ seqs: Range<Int64>, payload: ByteBuffer, to members: [GatewayConnection], environment: GatewayEnvironment,
        loop: any EventLoop
    ) {
        let fanout = environment.connections.shard(on: loop).fanout
        for seq in seqs {
            let frame = DeltaFrame(seq: seq, priority: .normal, timestamp: WallClock.milliseconds(), payload: payload)
            fanout.enqueue(
                .delta(LoopFanout.Batch(frame: frame, match: match, members: members)), environment: environment)
        }
    }
}

private final class WriteCount: Sendable {
    let count = Atomic<Int>(0)
}

/// Completes every write at once, as a socket with room does, and keeps nothing.
private final class SwallowingSocket: ChannelOutboundHandler, Sendable {
    typealias OutboundIn = ByteBuffer

    private let count: WriteCount

    init(count: WriteCount) {
        self.count = count
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        count.count.add(1, ordering: .relaxed)
        promise?.succeed()
    }

    func flush(context: ChannelHandlerContext) {}
}

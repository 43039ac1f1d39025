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
    private let match = MatchID("ipl-final")!
    private let members: [GatewayConnection]
    private let payload: ByteBuffer
    private let nextSeq = Atomic<Int64>(1)
    /// Frames that reached the (swallowing) socket end of a pipeline.
    private let written: WriteCount

    /// Frames written so far, across every subscriber.
    public var framesWritten: Int { written.count.load(ordering: .relaxed) }

    /// - Parameter delta: the delta JSON every delivery carries.
    public static func make(subscribers: Int, delta: ByteBuffer) async throws -> FanoutBenchmark {
        let loop = NIOAsyncTestingEventLoop()
        var configuration = GatewayConfiguration(nodeID: "bench", eventLoopThreads: 1)
        configuration.compression = false
        configuration.ackTimeoutMilliseconds = 3_600_000  // no acks come here
        let environment = GatewayEnvironment(
            configuration: configuration, bus: InProcessBus(historyLength: 16), publisher: nil, loops: [loop],
            logger: Logger(label: "bench"))
        let written = WriteCount()
        var members: [GatewayConnection] = []
        for _ in 0..<subscribers {
            let channel = try await NIOAsyncTestingChannel(loop: loop) { channel in
                try channel.pipeline.syncOperations.addHandlers([
                    SwallowingSocket(count: written),
                    WebSocketSession(role: .crease, deflate: nil, environment: environment),
                ])
            }
            members.append(
                try await loop.executeInContext {
                    try channel.pipeline.syncOperations.handler(type: WebSocketSession.self).connection!
                })
        }
        let hub = MatchHub(match: MatchID("ipl-final")!, loop: loop, environment: environment)
        let match = MatchID("ipl-final")!
        let subscribers = members
        try await loop.executeInContext {
            for connection in subscribers {
                connection.assumeIsolated {
                    $0.beginSubscription(of: match, hub: hub, snapshot: nil, replay: [], skipThrough: 0)
                }
            }
        }
        await loop.run()
        return FanoutBenchmark(loop: loop, environment: environment, members: members, payload: delta, written: written)
    }

    private init(
        loop: NIOAsyncTestingEventLoop, environment: GatewayEnvironment, members: [GatewayConnection],
        payload: ByteBuffer,
        written: WriteCount
    ) {
        self.loop = loop
        self.environment = environment
        self.members = members
        self.payload = payload
        self.written = written
    }

    /// Hands `deltas` consecutive deltas to the loop's inbox, as the match actor does, and runs
    /// the loop until every subscriber has them.
    public func deliver(deltas: Int) async throws {
        let first = nextSeq.wrappingAdd(Int64(deltas), ordering: .relaxed).oldValue
        let (environment, match, members, payload) = (self.environment, self.match, self.members, self.payload)
        let loop = self.loop
        try await loop.executeInContext {
            let fanout = environment.connections.shard(on: loop).fanout
            for seq in first..<(first + Int64(deltas)) {
                let frame = DeltaFrame(
                    seq: seq, priority: .normal, timestamp: WallClock.milliseconds(), payload: payload)
                fanout.enqueue(
                    .delta(LoopFanout.Batch(frame: frame, match: match, members: members)), environment: environment)
            }
        }
        await loop.run()
        while try await !loop.executeInContext({ environment.connections.shard(on: loop).fanout.isIdle }) {
            await loop.advanceTime(by: .milliseconds(1))
        }
    }

    /// Stops the loop (the connections are dropped with it).
    public func close() async {
        await loop.shutdownGracefully()
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

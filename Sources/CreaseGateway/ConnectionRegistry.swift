import NIOCore
import Synchronization

/// The open WebSocket connections of a gateway: a count for admission, and per event loop the
/// set that the loop's periodic tick visits (heartbeats, ack timeouts, close deadlines).
///
/// One repeated task per loop, not one timer per connection: an idle connection costs no
/// scheduled task. A tick visits the connections waiting for an ack or a close (they put
/// themselves on the loop's watch list) and a slice of the others, so that every connection is
/// visited every `calmEvery` ticks, for heartbeats. At 50,000 mostly idle connections, visiting
/// all of them every tick was half of the gateways' CPU (`Benchmarks/RESULTS.md`).
final class ConnectionRegistry: Sendable {
    /// The connections of one event loop; touched only on that loop.
    final class Shard {
        fileprivate var members: [ObjectIdentifier: GatewayConnection] = [:]
        /// Connections to visit at the next tick whatever it is (each on it at most once).
        fileprivate var watched: [GatewayConnection] = []
        fileprivate var ticks = 0
        fileprivate var tick: RepeatedTask?
        /// The loop's zlib streams, shared by its connections.
        let codecs = LoopCodecs()
        /// The loop's fan-out inbox: deltas on their way to its subscribers.
        let fanout: LoopFanout

        init(loop: any EventLoop, fanoutSlice: Int) {
            fanout = LoopFanout(loop: loop, codecs: codecs, sliceDeliveries: fanoutSlice)
        }
        /// Frames written since the metrics last heard of them: added to per write, reported
        /// per fan-out batch and per tick, never per frame.
        private var framesWritten = 0
        private var bytesWritten = 0
        private var deflatedBytesWritten = 0

        /// Counts one frame handed to a socket.
        func wrote(_ frame: ByteBuffer) {
            framesWritten += 1
            bytesWritten += frame.readableBytes
            if let first = frame.getInteger(at: frame.readerIndex, as: UInt8.self), first & 0x40 != 0 {
                deflatedBytesWritten += frame.readableBytes
            }
        }

        func flushTraffic(to metrics: GatewayMetrics) {
            guard framesWritten > 0 else { return }
            metrics.recordSent(frames: framesWritten, bytes: bytesWritten, deflatedBytes: deflatedBytesWritten)
            (framesWritten, bytesWritten, deflatedBytesWritten) = (0, 0, 0)
        }

        func add(_ connection: GatewayConnection) {
            members[ObjectIdentifier(connection)] = connection
        }

        func remove(_ connection: GatewayConnection) {
            members.removeValue(forKey: ObjectIdentifier(connection))
        }

        func watch(_ connection: GatewayConnection) {
            watched.append(connection)
        }

        var connections: Dictionary<ObjectIdentifier, GatewayConnection>.Values { members.values }
    }

    private let shards: [ObjectIdentifier: NIOLoopBoundBox<Shard>]
    private let loops: [any EventLoop]
    private let open = Atomic<Int>(0)

    init(loops: [any EventLoop], fanoutSlice: Int) {
        self.loops = loops
        var shards: [ObjectIdentifier: NIOLoopBoundBox<Shard>] = [:]
        for loop in loops {
            shards[ObjectIdentifier(loop)] = NIOLoopBoundBox.makeBoxSendingValue(
                Shard(loop: loop, fanoutSlice: fanoutSlice), eventLoop: loop)
        }
        self.shards = shards
    }

    /// The shard of `loop`; call on that loop.
    func shard(on loop: any EventLoop) -> Shard {
        shards[ObjectIdentifier(loop)]!.value
    }

    /// Open connections (including upgrades in progress).
    var count: Int { open.load(ordering: .relaxed) }

    /// Takes a slot if fewer than `limit` are open.
    func reserve(limit: Int) -> Bool {
        var current = open.load(ordering: .relaxed)
        while current < limit {
            let (exchanged, original) = open.compareExchange(expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }

    func release() {
        open.subtract(1, ordering: .relaxed)
    }

    /// Starts each loop's tick: the watched connections every `interval`, each of the others once
    /// every `calmEvery` intervals.
    func startTicking(every interval: TimeAmount, calmEvery: Int, metrics: GatewayMetrics) {
        for loop in loops {
            let shard = shards[ObjectIdentifier(loop)]!
            loop.execute {
                shard.value.tick = loop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in
                    let now = NIODeadline.now().uptimeNanoseconds
                    let current = shard.value
                    current.ticks &+= 1
                    // Each visited connection that still waits for something watches itself again.
                    let watched = current.watched
                    current.watched.removeAll(keepingCapacity: true)
                    for connection in watched {
                        connection.assumeIsolated { $0.tick(now: now) }
                    }
                    // The sweep, a slice per tick, so that pings go out evenly rather than in bursts:
                    // each connection comes round every `calmEvery` ticks (a watched one may be
                    // visited twice in a tick, which changes nothing).
                    let slices = max(1, calmEvery)
                    let slice = current.ticks % slices
                    for (key, connection) in current.members where Self.slice(of: key, in: slices) == slice {
                        connection.assumeIsolated { $0.tick(now: now) }
                    }
                    current.flushTraffic(to: metrics)
                }
            }
        }
    }

    /// The sweep slice a connection belongs to: fixed for its life, spread evenly.
    private static func slice(of key: ObjectIdentifier, in slices: Int) -> Int {
        // Heap addresses are 16-byte aligned; Fibonacci hashing spreads the rest.
        Int(truncatingIfNeeded: ((UInt(bitPattern: Int(bitPattern: key)) >> 4) &* 0x9E37_79B9_7F4A_7C15) >> 32) % slices
    }

    /// Stops every tick.
    func stopTicking() {
        for loop in loops {
            let shard = shards[ObjectIdentifier(loop)]!
            loop.execute {
                shard.value.tick?.cancel()
                shard.value.tick = nil
            }
        }
    }
}

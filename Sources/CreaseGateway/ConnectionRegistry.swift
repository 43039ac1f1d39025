import NIOCore
import Synchronization

/// The open WebSocket connections of a gateway: a count for admission, and per event loop the
/// set that the loop's periodic tick visits (heartbeats, ack timeouts, close deadlines).
///
/// One repeated task per loop, not one timer per connection: an idle connection costs no
/// scheduled task. A connection that waits for something (the oldest unacked delta to reach
/// `ACK_TIMEOUT_MS`, the end of a close) puts itself on the loop's timing wheel at the tick
/// when that falls due, and the tick visits only the connections due, so a subscription that
/// acks every second is visited about once per ack timeout, not on every tick. The sweep for
/// heartbeats visits one slice of the connections per tick, each every `sweepSlices` ticks.
/// At 50,000 mostly idle connections, visiting all of them every tick was half of the gateways'
/// CPU, and at 15,000 busy ones the every-tick list of waiting connections was 6% of it
/// (`Benchmarks/RESULTS.md`).
final class ConnectionRegistry: Sendable {
    /// The connections of one event loop; touched only on that loop.
    final class Shard {
        /// Every connection, in the sweep slice it belongs to for its life.
        fileprivate var sweep: [[ObjectIdentifier: GatewayConnection]]
        /// The timing wheel: slot `t % count` holds the connections to visit at tick `t` (a
        /// connection may sit in two slots; a visit that finds nothing due changes nothing).
        fileprivate var wheel: [[GatewayConnection]]
        /// A slot's storage, swapped in while the due slot is visited.
        fileprivate var spareSlot: [GatewayConnection] = []
        fileprivate var ticks = 0
        fileprivate var tick: RepeatedTask?
        /// `stopTicking` ran: a tick's visits left for later are dropped with the wheel.
        fileprivate var ticksStopped = false
        /// Nanoseconds between two ticks.
        let tickNanoseconds: UInt64
        /// The loop's zlib streams, shared by its connections.
        let codecs = LoopCodecs()
        /// The loop's fan-out inbox: deltas on their way to its subscribers.
        let fanout: LoopFanout

        init(loop: any EventLoop, fanoutSlice: Int, tickNanoseconds: UInt64, sweepSlices: Int, wheelSlots: Int) {
            fanout = LoopFanout(loop: loop, codecs: codecs, sliceDeliveries: fanoutSlice)
            self.tickNanoseconds = max(1, tickNanoseconds)
            sweep = Array(repeating: [:], count: max(1, sweepSlices))
            wheel = Array(repeating: [], count: max(2, wheelSlots))
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
            let key = ObjectIdentifier(connection)
            sweep[ConnectionRegistry.slice(of: key, in: sweep.count)][key] = connection
        }

        func remove(_ connection: GatewayConnection) {
            let key = ObjectIdentifier(connection)
            sweep[ConnectionRegistry.slice(of: key, in: sweep.count)].removeValue(forKey: key)
        }

        /// Visits `connection` at the first tick at least `nanoseconds` from now (at the next
        /// tick for 0; at most a wheel's turn ahead, after which it is visited and re-placed).
        func watch(_ connection: GatewayConnection, dueIn nanoseconds: UInt64) {
            let ahead = min(UInt64(wheel.count - 1), max(1, (nanoseconds + tickNanoseconds - 1) / tickNanoseconds))
            wheel[(ticks + Int(ahead)) % wheel.count].append(connection)
        }

        /// Every open connection of the loop.
        var connections: [GatewayConnection] { sweep.flatMap(\.values) }
    }

    private let shards: [ObjectIdentifier: NIOLoopBoundBox<Shard>]
    private let loops: [any EventLoop]
    private let tickInterval: TimeAmount
    private let open = Atomic<Int>(0)

    /// - Parameters:
    ///   - tick: the interval of each loop's tick.
    ///   - sweepSlices: the sweep visits each connection every this many ticks.
    ///   - longestWait: the longest a connection may wait for a visit it asked for (sizes the
    ///     wheel; a longer wait is visited earlier and placed again).
    init(loops: [any EventLoop], fanoutSlice: Int, tick: TimeAmount, sweepSlices: Int, longestWait: TimeAmount) {
        self.loops = loops
        self.tickInterval = tick
        let tickNanoseconds = UInt64(max(1, tick.nanoseconds))
        let slots = Int(UInt64(max(0, longestWait.nanoseconds)) / tickNanoseconds) + 2
        var shards: [ObjectIdentifier: NIOLoopBoundBox<Shard>] = [:]
        for loop in loops {
            shards[ObjectIdentifier(loop)] = NIOLoopBoundBox.makeBoxSendingValue(
                Shard(
                    loop: loop, fanoutSlice: fanoutSlice, tickNanoseconds: tickNanoseconds, sweepSlices: sweepSlices,
                    wheelSlots: min(slots, 4_096)),
                eventLoop: loop)
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
            let (exchanged, original) = open.compareExchange(
                expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }

    func release() {
        open.subtract(1, ordering: .relaxed)
    }

    /// Starts each loop's tick: the connections due on the wheel, and one slice of the sweep.
    func startTicking(metrics: GatewayMetrics) {
        let interval = tickInterval
        for loop in loops {
            let shard = shards[ObjectIdentifier(loop)]!
            loop.execute {
                shard.value.tick = loop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in
                    var round = VisitRound(now: NIODeadline.now().uptimeNanoseconds)
                    let current = shard.value
                    current.ticks &+= 1
                    // Each visited connection that still waits for something places itself again.
                    let slot = current.ticks % current.wheel.count
                    var due = current.spareSlot
                    swap(&due, &current.wheel[slot])
                    for connection in due {
                        round.visit(connection, wheel: true)
                    }
                    due.removeAll(keepingCapacity: due.count <= 4_096)
                    current.spareSlot = due
                    // The sweep, a slice per tick, so that pings go out evenly rather than in bursts.
                    for connection in current.sweep[current.ticks % current.sweep.count].values {
                        round.visit(connection, wheel: false)
                    }
                    round.continueLater(on: loop, shard: current)
                    current.flushTraffic(to: metrics)
                }
            }
        }
    }

    /// One tick's visits, at most ``budget`` of them per turn of the loop: a visit may hand a
    /// held client what it sent (its allowance back), and a tick that resumed every
    /// ping-flooding client at once held the loop's fan-out passes and timers for milliseconds
    /// (`Benchmarks/RESULTS.md`, 2026-12-07). The visits past the budget run, in the same order,
    /// from a timer due at once: after the loop has waited for its sockets again and run what
    /// was queued.
    struct VisitRound {
        /// Nanoseconds of visits per turn of the loop.
        let budget: UInt64
        private var now: UInt64
        private var visits = 0
        private var overBudget = false
        /// The visits left for later, once the budget is spent.
        private var later: [(connection: GatewayConnection, wheel: Bool)] = []

        /// A round visiting as of `now`, the time its budget counts from.
        init(now: UInt64, budget: UInt64 = 1_000_000) {
            self.now = now
            self.budget = budget
        }

        mutating func visit(_ connection: GatewayConnection, wheel: Bool) {
            guard !overBudget else {
                later.append((connection, wheel))
                return
            }
            connection.tickOnLoop(now: now, wheel: wheel)
            visits += 1
            // The clock every eighth visit: most visits change nothing and take well under a µs.
            if visits & 7 == 0 {
                let clock = NIODeadline.now().uptimeNanoseconds
                overBudget = (clock > now ? clock - now : 0) >= budget
            }
        }

        /// Queues the visits left past the budget on `loop`, in order, unless `shard`'s ticks have
        /// stopped by then (a visit would place a connection on a wheel nobody turns, and keep
        /// it alive).
        mutating func continueLater(on loop: any EventLoop, shard: Shard) {
            guard !later.isEmpty else { return }
            let (later, budget, now) = (self.later, self.budget, self.now)
            let shard = NIOLoopBound(shard, eventLoop: loop)
            loop.scheduleTask(in: .zero) {
                guard !shard.value.ticksStopped else { return }
                var round = VisitRound(now: max(now, NIODeadline.now().uptimeNanoseconds), budget: budget)
                for (connection, wheel) in later { round.visit(connection, wheel: wheel) }
                round.continueLater(on: loop, shard: shard.value)
            }
        }
    }

    /// The sweep slice a connection belongs to: fixed for its life, spread evenly.
    private static func slice(of key: ObjectIdentifier, in slices: Int) -> Int {
        // Heap addresses are 16-byte aligned; Fibonacci hashing spreads the rest.
        Int(truncatingIfNeeded: ((UInt(bitPattern: Int(bitPattern: key)) >> 4) &* 0x9E37_79B9_7F4A_7C15) >> 32) % slices
    }

    /// Stops every tick.
    /// Stops the ticks and lets go of the connections still on the wheels: a closed connection
    /// stays in its slot until the tick visits it, and with no tick left it would keep itself,
    /// and through it the gateway's environment, alive for good.
    func stopTicking() {
        for loop in loops {
            let shard = shards[ObjectIdentifier(loop)]!
            loop.execute {
                shard.value.tick?.cancel()
                shard.value.tick = nil
                shard.value.ticksStopped = true
                let slots = shard.value.wheel.count
                shard.value.wheel = Array(repeating: [], count: slots)
            }
        }
    }
}

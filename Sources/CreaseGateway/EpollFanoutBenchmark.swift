#if os(Linux)
import CreaseTransport
import Glibc
import NIOCore
import Synchronization

/// ``FanoutBenchmark`` on the epoll transport (the default on Linux), with real sockets: one
/// ``EpollEventLoop`` and `subscribers` connections, each a loopback TCP connection whose far end
/// a sink thread reads and discards. What it measures is a delivery's whole cost on the default
/// transport, the kernel's `sendmsg` included, for the micro-benchmarks (`Benchmarks/Micro`).
@_spi(Benchmarks)
public final class EpollFanoutBenchmark: Sendable {
    private let loop: EpollEventLoop
    private let environment: GatewayEnvironment
    private let members: [GatewayConnection]
    private let payload: ByteBuffer
    private let nextSeq = Atomic<Int64>(1)
    private let sink: SocketSink

    /// Bytes the far ends have read so far, across every subscriber.
    public var bytesReceived: Int { sink.bytes.load(ordering: .relaxed) }

    /// - Parameter delta: the delta JSON every delivery carries.
    public static func make(subscribers: Int, delta: ByteBuffer) async throws -> EpollFanoutBenchmark {
        let (near, far) = try loopbackPairs(subscribers)
        let loop: EpollEventLoop
        do {
            loop = try EpollEventLoop(name: "crease-bench")
        } catch {
            for descriptor in near + far { Glibc.close(descriptor) }
            throw error
        }
        let sink = SocketSink(descriptors: far)  // closes the far ends when stopped
        loop.start()
        let environment = BenchmarkMatch.environment(on: loop)
        let members = try await loop.submit {
            for descriptor in near {
                // What the acceptor takes for a connection; the session gives it back on close.
                _ = environment.acceptSocket()
                _ = environment.connections.reserve(limit: .max)
                EpollWebSocketSession.start(
                    descriptor: descriptor, prefix: [], loop: loop, role: .crease, deflate: nil,
                    environment: environment)
            }
            let members = environment.connections.shard(on: loop).connections
            BenchmarkMatch.subscribe(members, environment: environment, loop: loop)
            return members
        }.get()
        return EpollFanoutBenchmark(loop: loop, environment: environment, members: members, payload: delta, sink: sink)
    }

    private init(
        loop: EpollEventLoop, environment: GatewayEnvironment, members: [GatewayConnection], payload: ByteBuffer,
        sink: SocketSink
    ) {
        self.loop = loop
        self.environment = environment
        self.members = members
        self.payload = payload
        self.sink = sink
    }

    /// Hands `deltas` consecutive deltas to the loop's inbox, as the match actor does, and
    /// returns once the loop has handed every subscriber's frames to its socket.
    public func deliver(deltas: Int) async throws {
        let first = nextSeq.wrappingAdd(Int64(deltas), ordering: .relaxed).oldValue
        let (environment, members, payload, loop) = (self.environment, self.members, self.payload, self.loop)
        try await loop.submit {
            BenchmarkMatch.enqueue(
                first..<(first + Int64(deltas)), payload: payload, to: members, environment: environment, loop: loop)
        }.get()
        // Slices pause between one another: poll until the inbox is empty.
        while try await !loop.submit({ environment.connections.shard(on: loop).fanout.isIdle }).get() {
            try await Task.sleep(for: .microseconds(50))
        }
    }

    /// Closes the connections, stops the loop and the sink.
    public func close() async {
        let (environment, loop) = (self.environment, self.loop)
        try? await loop.submit {
            // At once: the sink never answers a close frame.
            for connection in environment.connections.shard(on: loop).connections {
                connection.assumeIsolated { $0.terminate(.goingAway, reason: "done") }
            }
        }.get()
        // The timing wheel holds the connections it is to visit, and they the environment.
        environment.connections.stopTicking()
        try? await loop.submit {}.get()
        try? await loop.shutdownGracefully()
        sink.stop()
    }

    /// `count` connected loopback TCP pairs (non-blocking, close-on-exec): the gateway's ends and
    /// the far ends.
    private static func loopbackPairs(_ count: Int) throws -> (near: [Int32], far: [Int32]) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { throw EpollError.system("socket", errno) }
        defer { Glibc.close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 4_096) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        guard bound else { throw EpollError.system("listen", errno) }
        var near: [Int32] = []
        var far: [Int32] = []
        var complete = false
        defer { if !complete { for descriptor in near + far { Glibc.close(descriptor) } } }
        for _ in 0..<count {
            let client = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
            guard client >= 0 else { throw EpollError.system("socket", errno) }
            far.append(client)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(client, $0, length) == 0 }
            }
            guard connected else { throw EpollError.system("connect", errno) }
            let server = accept(listener, nil, nil)
            guard server >= 0 else { throw EpollError.system("accept", errno) }
            near.append(server)
            _ = fcntl(server, F_SETFL, fcntl(server, F_GETFL) | O_NONBLOCK)
            _ = fcntl(server, F_SETFD, FD_CLOEXEC)
            var one: Int32 = 1
            setsockopt(server, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
        }
        complete = true
        return (near, far)
    }
}

/// Reads and discards what arrives on `descriptors`, on a thread of its own, until ``stop()``.
private final class SocketSink: Sendable {
    let bytes = Atomic<Int>(0)
    private let stopped = Atomic<Bool>(false)
    private let finished = Mutex<Bool>(false)

    init(descriptors: [Int32]) {
        let box = Unmanaged.passRetained(SinkWork(sink: self, descriptors: descriptors)).toOpaque()
        var thread = pthread_t()
        pthread_create(
            &thread, nil,
            { context in
                let work = Unmanaged<SinkWork>.fromOpaque(context!).takeRetainedValue()
                work.sink.run(work.descriptors)
                return nil
            }, box)
        pthread_detach(thread)
    }

    private func run(_ descriptors: [Int32]) {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer {
            buffer.deallocate()
            for descriptor in descriptors { Glibc.close(descriptor) }
            finished.withLock { $0 = true }
        }
        while !stopped.load(ordering: .relaxed) {
            guard poll(&polled, nfds_t(polled.count), 10) > 0 else { continue }
            for index in polled.indices where polled[index].revents != 0 {
                while true {
                    let count = read(polled[index].fd, buffer, 64 * 1024)
                    guard count > 0 else { break }
                    bytes.add(count, ordering: .relaxed)
                }
            }
        }
    }

    /// Stops the thread (it closes the far ends) and waits for it.
    func stop() {
        stopped.store(true, ordering: .relaxed)
        while !finished.withLock({ $0 }) { usleep(1_000) }
    }
}

/// What the sink's thread starts with.
private final class SinkWork: Sendable {
    let sink: SocketSink
    let descriptors: [Int32]
    init(sink: SocketSink, descriptors: [Int32]) {
        self.sink = sink
        self.descriptors = descriptors
    }
}
#endif

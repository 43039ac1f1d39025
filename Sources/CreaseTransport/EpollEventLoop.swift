#if os(Linux)
import CEpoll
import Dispatch
import DequeModule
import Glibc
import NIOCore
import Synchronization

/// Something registered with an ``EpollEventLoop``: told of its descriptor's readiness, on the
/// loop's thread.
open class EpollRegistration {
    public init() {}

    /// `events`: the epoll flags reported (`CREASE_EPOLLIN`, …).
    open func ready(_ events: UInt32) {}
}

/// An event loop of our own for upgraded WebSockets: one thread, one epoll set, the jobs and
/// timers of what runs on it.
///
/// It is a SwiftNIO `EventLoop` and a `SerialExecutor`, so the gateway's actors, promises and
/// fan-out run on it unchanged; what it leaves out is NIO's per-channel machinery (pipeline,
/// handler contexts, promises per write): a socket here is one small object
/// (``EpollSocket``). Linux only.
///
/// Guarantees: jobs run in the order they were submitted, on the loop's thread, after the I/O
/// of the iteration in which they arrived; a timer never runs before its deadline; a cancelled
/// timer whose cancellation reached the loop before its deadline never runs.
///
/// Sendable: what any thread touches is immutable (`epoll`, `wake`, `scratch`) or behind a
/// `Mutex` / `Atomic` (`incoming`, `threadID`, `timerIDs`, `stopped`); the rest (`local`,
/// `timers`, `retiring`) is touched only on the loop's thread: inside `run()`, or by methods
/// that call `preconditionInEventLoop()` or document "on the loop" and are only called from
/// registrations and jobs, which run inside `run()`.
public final class EpollEventLoop: NIOSerialEventLoopExecutor, @unchecked Sendable {
    private enum Work {
        case closure(@Sendable () -> Void)
        case job(UnownedJob)
    }

    private struct Timer {
        let deadline: UInt64
        let id: UInt64
        let task: () -> Void
        /// Fails its promise: the loop stopped before the deadline.
        let abandon: () -> Void
    }

    private struct Incoming {
        var work = Deque<Work>()
        /// The loop was woken (or is awake) for this work: no second eventfd write needed.
        var wakeSent = false
        /// The loop's thread has ended.
        var ended = false
    }

    /// The name of the loop's thread (`ps -L`, profiles).
    public let name: String
    private let epoll: Int32
    private let wake: Int32
    private let incoming = Mutex(Incoming())
    private var local = Deque<Work>()
    private var running = Deque<Work>()
    private var timers: [Timer] = []
    private var cancelledTimers = Set<UInt64>()
    private let timerIDs = Atomic<UInt64>(0)
    private let threadID = Atomic<UInt>(0)
    private let stopped = Atomic<Bool>(false)
    private let started = Atomic<Bool>(false)
    private let shutdownLock = Mutex<[(DispatchQueue, @Sendable ((any Error)?) -> Void)]?>([])
    /// Registrations let go of during an iteration, released after it (an event of the same
    /// batch may still point at them).
    private var retiring: [Unmanaged<EpollRegistration>] = []
    /// The index of the reported events at which the next iteration starts, when the last one
    /// stopped at its budget (``eventBudget``); on the loop only.
    private var resumeAt = 0
    /// A read buffer shared by everything that reads on the loop (64 KiB): valid on the loop's
    /// thread, for one callback; bytes are copied out of it per read.
    public let scratch: UnsafeMutableRawBufferPointer
    /// A write buffer shared by the loop's sockets (64 KiB), held by one socket at a time
    /// (`corked`, its `corkedBytes` at the front): a socket with nothing queued copies what it
    /// writes into it and sends it with one `send` at its flush, so that the frames of a flush
    /// cost a copy each, no queue and no reference counting; when another socket writes first,
    /// the holder's bytes move to its own queue (``EpollSocket``).
    let cork: UnsafeMutableRawBufferPointer
    var corked: EpollSocket?
    var corkedBytes = 0
    /// `iovec`s and the storages they point into, for one gathering write at a time.
    let iovecs: UnsafeMutableBufferPointer<iovec>
    let storages: UnsafeMutableBufferPointer<Unmanaged<AnyObject>?>
    /// The most buffers one gathering write takes.
    static let maxIOVecs = 64
    /// Allocates the buffers of the loop's sockets.
    public let allocator = ByteBufferAllocator()

    /// Creates the loop; its thread starts with ``start()``.
    public init(name: String) throws {
        self.name = name
        let epoll = epoll_create1(CREASE_EPOLL_CLOEXEC)
        guard epoll >= 0 else { throw EpollError.system("epoll_create1", errno) }
        let wake = eventfd(0, CREASE_EFD_NONBLOCK | CREASE_EFD_CLOEXEC)
        guard wake >= 0 else {
            Glibc.close(epoll)
            throw EpollError.system("eventfd", errno)
        }
        self.epoll = epoll
        self.wake = wake
        scratch = .allocate(byteCount: 64 * 1024, alignment: 16)
        cork = .allocate(byteCount: 64 * 1024, alignment: 16)
        iovecs = .allocate(capacity: Self.maxIOVecs)
        storages = .allocate(capacity: Self.maxIOVecs)
        storages.initialize(repeating: nil)
        guard crease_epoll_ctl(epoll, CREASE_EPOLL_CTL_ADD, wake, CREASE_EPOLLIN, nil) == 0 else {
            throw EpollError.system("epoll_ctl", errno)
        }
    }

    deinit {
        Glibc.close(epoll)
        Glibc.close(wake)
        scratch.deallocate()
        cork.deallocate()
        iovecs.deallocate()
        storages.deallocate()
    }

    /// Starts the loop's thread (once).
    public func start() {
        guard !started.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let box = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { context in
                let loop = Unmanaged<EpollEventLoop>.fromOpaque(context!).takeRetainedValue()
                loop.run()
                return nil
            }, box)
        precondition(result == 0, "pthread_create failed: \(result)")
        pthread_detach(thread)
    }

    // MARK: EventLoop

    public var inEventLoop: Bool {
        threadID.load(ordering: .relaxed) == UInt(bitPattern: Int(bitPattern: pthread_self()))
    }

    public func execute(_ task: @escaping @Sendable () -> Void) {
        submitWork(.closure(task))
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        // An actor's job, without the closure `execute` would allocate for it.
        submitWork(.job(UnownedJob(job)))
    }

    private func submitWork(_ work: Work) {
        if inEventLoop {
            local.append(work)
            return
        }
        let mustWake = incoming.withLock { incoming in
            // After the loop ended nothing would run it: dropped, as SwiftNIO's loops drop work
            // that comes after their shutdown, so that it holds nothing alive.
            guard !incoming.ended else { return false }
            incoming.work.append(work)
            defer { incoming.wakeSent = true }
            return !incoming.wakeSent
        }
        if mustWake {
            var one: UInt64 = 1
            _ = Glibc.write(wake, &one, 8)
        }
    }

    public func scheduleTask<T>(deadline: NIODeadline, _ task: @escaping @Sendable () throws -> T) -> Scheduled<T> {
        let promise: EventLoopPromise<T> = makePromise()
        let id = timerIDs.wrappingAdd(1, ordering: .relaxed).newValue
        let timer = Timer(
            deadline: deadline.uptimeNanoseconds, id: id,
            task: {
                // On the loop, the promise's own loop: its value never crosses threads here.
                do { promise.assumeIsolatedUnsafeUnchecked().succeed(try task()) } catch { promise.fail(error) }
            },
            abandon: { promise.fail(EventLoopError.shutdown) })
        if inEventLoop {
            insert(timer)
        } else {
            // The timer is created off the loop and handed to it; it is only touched there.
            let handOver = UnsafeTransfer(timer)
            execute { self.insert(handOver.value) }
        }
        return Scheduled(promise: promise) {
            self.execute {
                // Only a timer still waiting fails as cancelled; one that ran keeps its result.
                if self.cancel(id) { promise.fail(EventLoopError.cancelled) }
            }
        }
    }

    public func scheduleTask<T>(in delay: TimeAmount, _ task: @escaping @Sendable () throws -> T) -> Scheduled<T> {
        scheduleTask(deadline: .now() + delay, task)
    }

    public func shutdownGracefully(queue: DispatchQueue, _ callback: @escaping @Sendable ((any Error)?) -> Void) {
        let alreadyStopped = shutdownLock.withLock { callbacks -> Bool in
            guard callbacks != nil else { return true }
            callbacks!.append((queue, callback))
            return false
        }
        if alreadyStopped {
            queue.async { callback(nil) }
            return
        }
        if started.load(ordering: .acquiring) {
            stopped.store(true, ordering: .releasing)
            execute {}  // wakes the loop, which sees `stopped`
        } else {
            finishShutdown()
        }
    }

    private func finishShutdown() {
        let callbacks = shutdownLock.withLock { callbacks in
            defer { callbacks = nil }
            return callbacks ?? []
        }
        for (queue, callback) in callbacks { queue.async { callback(nil) } }
    }

    // MARK: Registrations (on the loop)

    /// Adds `fd` to the loop's epoll set for `events`, reported to `registration`, which the
    /// loop keeps alive until ``deregister(_:fd:)``.
    public func register(_ registration: EpollRegistration, fd: Int32, events: UInt32) throws {
        let pointer = Unmanaged.passRetained(registration).toOpaque()
        guard crease_epoll_ctl(epoll, CREASE_EPOLL_CTL_ADD, fd, events, pointer) == 0 else {
            Unmanaged<EpollRegistration>.fromOpaque(pointer).release()
            throw EpollError.system("epoll_ctl", errno)
        }
    }

    public func modify(_ registration: EpollRegistration, fd: Int32, events: UInt32) {
        let pointer = Unmanaged.passUnretained(registration).toOpaque()
        _ = crease_epoll_ctl(epoll, CREASE_EPOLL_CTL_MOD, fd, events, pointer)
    }

    /// Reports `fd`'s readiness to `new` instead of `old` from now on (one `epoll_ctl`), for a
    /// descriptor that changes hands on its loop; `old` is released after the current iteration.
    public func reregister(_ old: EpollRegistration, as new: EpollRegistration, fd: Int32, events: UInt32) throws {
        let pointer = Unmanaged.passRetained(new).toOpaque()
        guard crease_epoll_ctl(epoll, CREASE_EPOLL_CTL_MOD, fd, events, pointer) == 0 else {
            Unmanaged<EpollRegistration>.fromOpaque(pointer).release()
            throw EpollError.system("epoll_ctl", errno)
        }
        retiring.append(Unmanaged.passUnretained(old))
    }

    /// Removes `fd` from the epoll set (call before closing it); `registration` is released
    /// after the current iteration.
    public func deregister(_ registration: EpollRegistration, fd: Int32) {
        _ = crease_epoll_ctl(epoll, CREASE_EPOLL_CTL_DEL, fd, 0, nil)
        retiring.append(Unmanaged.passUnretained(registration))
    }

    // MARK: The loop

    private func run() {
        threadID.store(UInt(bitPattern: Int(bitPattern: pthread_self())), ordering: .relaxed)
        name.withCString { crease_set_thread_name($0) }
        let capacity = 256
        let events = UnsafeMutablePointer<epoll_event>.allocate(capacity: capacity)
        defer { events.deallocate() }
        while !stopped.load(ordering: .acquiring) {
            // Nanoseconds: the fan-out's 50 µs pauses between slices must not become milliseconds.
            var timeout: Int64 = -1
            if !local.isEmpty {
                timeout = 0
            } else if let first = timers.first {
                let now = NIODeadline.now().uptimeNanoseconds
                timeout = first.deadline <= now ? 0 : Int64(clamping: first.deadline - now)
            }
            let count = crease_epoll_wait(epoll, events, Int32(capacity), timeout)
            if count > 0 {
                let started = NIODeadline.now().uptimeNanoseconds
                let ready = Int(count)
                // Where the last iteration's budget ran out: epoll reports what is still ready in
                // the same order, so starting at the front again would serve the same sockets
                // first every time.
                let first = resumeAt < ready ? resumeAt : 0
                resumeAt = 0
                for step in 0..<ready {
                    let index = first + step < ready ? first + step : first + step - ready
                    var flags: UInt32 = 0
                    if let data = crease_epoll_event_data(events, Int32(index), &flags) {
                        Unmanaged<EpollRegistration>.fromOpaque(data).takeUnretainedValue().ready(flags)
                    } else {
                        var value: UInt64 = 0
                        _ = Glibc.read(wake, &value, 8)
                    }
                    // Past the budget the rest waits for the next iteration, after the queued
                    // work and timers (the epoll set is level-triggered: they are reported again).
                    if step & 3 == 3, step + 1 < ready,
                        NIODeadline.now().uptimeNanoseconds &- started >= Self.eventBudget
                    {
                        resumeAt = index + 1
                        break
                    }
                }
            }
            runTimers()
            runWork()
            for registration in retiring { registration.release() }
            retiring.removeAll(keepingCapacity: true)
        }
        // Stopped: what is still queued runs (promises must not be left hanging), then the
        // timers still waiting are dropped (what they captured must not outlive the loop), and
        // the thread ends.
        runWork()
        // What arrived while that ran is dropped with the rest (see `submitWork`).
        incoming.withLock { incoming in
            incoming.ended = true
            incoming.work.removeAll()
        }
        while !timers.isEmpty {
            let timer = popFirstTimer()
            if cancelledTimers.remove(timer.id) == nil { timer.abandon() }
        }
        cancelledTimers.removeAll()
        for registration in retiring { registration.release() }
        retiring.removeAll()
        finishShutdown()
    }

    private func runWork() {
        incoming.withLock { incoming in
            while let work = incoming.work.popFirst() { local.append(work) }
            incoming.wakeSent = false
        }
        // What is queued now, then what that queues on this loop (an actor hop between two
        // actors of this loop, a task resumed here), up to `chainedWork` items: a chain of
        // hops completes in one iteration instead of one iteration (an epoll_wait) per hop. Work
        // queued past that waits for the next iteration, after its I/O, so a job that keeps
        // re-queueing itself cannot starve the sockets.
        var budget = Self.chainedWork
        repeat {
            swap(&running, &local)
            while let work = running.popFirst() {
                switch work {
                case .closure(let task): task()
                case .job(let job): job.runSynchronously(on: asUnownedSerialExecutor())
                }
                budget -= 1
            }
        } while budget > 0 && !local.isEmpty
    }

    /// The most work items one iteration runs once the first batch is done.
    static let chainedWork = 1_024

    /// How long (nanoseconds) one iteration hands ready sockets their events before it runs the
    /// queued work and the timers: a burst of costly events must not hold back a fan-out pass
    /// waiting in the queue. (A deflate bomb's connection costs the gateway about 250 µs, most
    /// of it inflating `MAX_MESSAGE_BYTES` before its 1009; under a storm of them the loop's lag
    /// reached 25 ms without this budget and stayed under 5 ms with it, `Benchmarks/RESULTS.md`
    /// 2026-12-07.)
    static let eventBudget: UInt64 = 1_000_000

    private func runTimers() {
        guard !timers.isEmpty else { return }
        let now = NIODeadline.now().uptimeNanoseconds
        while let first = timers.first, first.deadline <= now {
            let timer = popFirstTimer()
            if cancelledTimers.remove(timer.id) != nil { continue }
            timer.task()
        }
    }

    // MARK: Timers: a binary min-heap on (deadline, id), on the loop

    private func insert(_ timer: Timer) {
        timers.append(timer)
        var child = timers.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.earlier(timers[child], timers[parent]) else { break }
            timers.swapAt(child, parent)
            child = parent
        }
    }

    private func popFirstTimer() -> Timer {
        let first = timers[0]
        let last = timers.removeLast()
        if !timers.isEmpty {
            timers[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < timers.count, Self.earlier(timers[left], timers[smallest]) { smallest = left }
                if right < timers.count, Self.earlier(timers[right], timers[smallest]) { smallest = right }
                guard smallest != parent else { break }
                timers.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return first
    }

    /// Marks timer `id` cancelled; true when it had not run yet.
    private func cancel(_ id: UInt64) -> Bool {
        guard timers.contains(where: { $0.id == id }) else { return false }
        cancelledTimers.insert(id)
        return true
    }

    private static func earlier(_ a: Timer, _ b: Timer) -> Bool {
        a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id
    }
}

/// The epoll flags a registration asks for.
public enum EpollEvents {
    /// Readable, and the peer's FIN.
    public static let readable = CREASE_EPOLLIN | CREASE_EPOLLRDHUP
}

/// A failed system call of the epoll transport.
public enum EpollError: Error, CustomStringConvertible {
    case system(String, Int32)

    public var description: String {
        switch self {
        case .system(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}

/// Moves a value that is used on one thread at a time across a hand-over point.
///
/// Sendable: the sender never touches `value` after handing it over, and the receiver is the
/// only user from then on (each use documents the hand-over).
struct UnsafeTransfer<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
#endif

/// Tasks may prefer the loop (`Task(executorPreference:)`): their nonisolated code, such as an
/// `AsyncStream`'s wait for its next element, then runs here instead of on the global
/// concurrent executor's threads.
extension EpollEventLoop: TaskExecutor {}

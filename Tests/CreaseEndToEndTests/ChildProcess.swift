import Foundation
import Glibc
import Synchronization

/// A program the tests run beside themselves (redis-server, a gateway, HAProxy, Chromium):
/// started with `posix_spawn`, reaped with `waitpid`.
///
/// Not Foundation's `Process`, which keeps itself alive, in a cycle with its exit monitor, until
/// that monitor has seen the exit: at times it saw it late or never (a `waitUntilExit` that
/// stalled the whole suite, `Benchmarks/RESULTS.md`), and LeakSanitizer listed every `Process`
/// whose exit it had not seen when the tests ended. The child inherits no descriptor but its
/// standard streams (a gateway's listening socket must not outlive a test in a redis-server;
/// glibc 2.34's `posix_spawn_file_actions_addclosefrom_np`, required) and no blocked signal (a
/// test's thread may block some; a gateway must still see SIGTERM).
final class ChildProcess: Sendable {
    let processIdentifier: pid_t
    /// The wait status once reaped.
    private let reaped = Mutex<Int32?>(nil)
    /// The read end of the stream captured, if one is.
    private let capturedOutput: Int32?

    /// What of the child's output can be captured.
    enum Stream {
        case standardOutput
        case standardError
        /// Both, into one pipe (as a terminal shows them).
        case standardOutputAndError

        func covers(_ descriptor: Int32) -> Bool {
            switch self {
            case .standardOutput: descriptor == 1
            case .standardError: descriptor == 2
            case .standardOutputAndError: true
            }
        }
    }

    /// Starts `executable` with `arguments`, in `environment` (nil: the tests' own); its
    /// standard streams are `/dev/null`, except the one to `capture` (read it with
    /// ``capturedText()``).
    init(
        _ executable: String, _ arguments: [String] = [], environment: [String: String]? = nil,
        capture: Stream? = nil
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var ends: [Int32] = [-1, -1]
        if capture != nil {
            guard pipe(&ends) == 0 else { throw ChildProcessError("pipe: errno \(errno)") }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        for descriptor: Int32 in [1, 2] {
            if capture?.covers(descriptor) == true {
                posix_spawn_file_actions_adddup2(&actions, ends[1], descriptor)
            } else {
                posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
            }
        }
        guard let closeFrom = Self.closeFrom, closeFrom(&actions, 3) == 0 else {
            if capture != nil { for end in ends { Glibc.close(end) } }
            throw ChildProcessError("posix_spawn_file_actions_addclosefrom_np (glibc 2.34) is missing")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let result = Self.withCStrings([executable] + arguments) { argv in
            Self.withCStrings(variables) { envp in posix_spawn(&pid, executable, &actions, &attributes, argv, envp) }
        }
        if capture != nil { Glibc.close(ends[1]) }
        guard result == 0 else {
            if capture != nil { Glibc.close(ends[0]) }
            throw ChildProcessError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        processIdentifier = pid
        capturedOutput = capture != nil ? ends[0] : nil
    }

    deinit {
        if let capturedOutput { Glibc.close(capturedOutput) }
        // A child still running when its owner goes is not left behind.
        if isRunning {
            kill(processIdentifier, SIGKILL)
            _ = waitUntilExit(timeout: .seconds(5))
        }
    }

    /// Whether it has not exited yet (reaping it if it has).
    var isRunning: Bool {
        reaped.withLock { status in
            guard status == nil else { return false }
            var value: Int32 = 0
            let result = waitpid(processIdentifier, &value, WNOHANG)
            if result == processIdentifier || (result < 0 && errno == ECHILD) {
                status = result == processIdentifier ? value : -1
                return false
            }
            return true
        }
    }

    /// Sends `signal` (nothing once it has been reaped: its pid may be someone else's by then).
    func send(_ signal: Int32) {
        reaped.withLock { status in
            if status == nil { kill(processIdentifier, signal) }
        }
    }

    /// Waits up to `timeout` for the exit; false if it is still running.
    @discardableResult
    func waitUntilExit(timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while isRunning {
            guard ContinuousClock.now < deadline else { return false }
            usleep(5_000)
        }
        return true
    }

    /// The exit code (128 + the signal for a child that a signal ended; -1 while it runs, 255
    /// for one reaped by someone else).
    var terminationStatus: Int32 {
        guard let status = reaped.withLock({ $0 }) else { return -1 }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as functions.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// What it wrote to the stream captured, read until the child closes it (its exit).
    func capturedText() -> String {
        guard let capturedOutput else { return "" }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = read(capturedOutput, &chunk, chunk.count)
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34), which Swift's Glibc module does
    /// not declare.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? =
        {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
            else { return nil }
            return unsafeBitCast(
                symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
        }()

    private static func withCStrings<R>(
        _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
    ) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

struct ChildProcessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import Foundation

/// The worker processes of one run: this same executable with `worker`, one per share of the
/// connections (each process may hold at most ~19,900 sockets here).
final class WorkerFleet {
    private let processes: [Process]
    private let inputs: [FileHandle]
    private let outputs: [LineReader]

    private init(processes: [Process], inputs: [FileHandle], outputs: [LineReader]) {
        self.processes = processes
        self.inputs = inputs
        self.outputs = outputs
    }

    static func launch(count: Int, connections: Int, arguments: [String]) throws -> WorkerFleet {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var processes: [Process] = []
        var inputs: [FileHandle] = []
        var outputs: [LineReader] = []
        let share = connections / count
        for index in 0..<count {
            let process = Process()
            process.executableURL = executable
            let first = index * share
            let mine = index == count - 1 ? connections - first : share
            process.arguments = ["worker", "--first", "\(first)", "--count", "\(mine)"] + arguments
            let stdin = Pipe()
            let stdout = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            try process.run()
            processes.append(process)
            inputs.append(stdin.fileHandleForWriting)
            outputs.append(LineReader(stdout.fileHandleForReading))
        }
        return WorkerFleet(processes: processes, inputs: inputs, outputs: outputs)
    }

    /// Reads each worker's next line tagged `tag` and decodes the JSON after the tag.
    func waitForAll<T: Decodable>(_ tag: String, as type: T.Type) throws -> [T] {
        try collect(tag, as: type)
    }

    func collect<T: Decodable>(_ tag: String, as type: T.Type) throws -> [T] {
        try outputs.map { reader in
            while let line = reader.nextLine() {
                if line.hasPrefix(tag + " ") {
                    return try JSONDecoder().decode(T.self, from: Data(line.dropFirst(tag.count + 1).utf8))
                }
            }
            throw CocoaError(.fileReadUnknown)
        }
    }

    func broadcast(_ line: String) {
        for input in inputs { input.write(Data((line + "\n").utf8)) }
    }

    /// CPU seconds used by all workers so far.
    func cpuSeconds() -> Double {
        processes.reduce(0) { $0 + (ProcessCPU.seconds(pid: $1.processIdentifier) ?? 0) }
    }

    func wait() {
        for input in inputs { try? input.close() }
        for process in processes { process.waitUntilExit() }
    }
}

/// Blocking line reads from a pipe.
final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}

import CLibFuzzer
import CreaseFuzzChecks
import Glibc

// libFuzzer over the parser that `CREASE_FUZZ_TARGET` names (built only by `Tests/Fuzz/run.sh`):
// a broken property stops the run, and libFuzzer saves the input that broke it.

func standardError(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

let name = getenv("CREASE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
guard let target = FuzzTarget(rawValue: name) else {
    standardError(
        "CREASE_FUZZ_TARGET must be one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")), not '\(name)'\n"
    )
    exit(2)
}
// The callback is a C function pointer: it cannot capture, so it reads the target from here.
let selected = target

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(
    LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if let broken = selected.check(bytes) {
            standardError("\(selected.rawValue): \(broken)\n")
            abort()
        }
        return 0
    })

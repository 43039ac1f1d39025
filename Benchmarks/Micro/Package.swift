// swift-tools-version: 6.1
// Micro-benchmarks of Crease's hot paths (ordo-one/benchmark). A package of its own, so that the
// gateway's package never depends on the benchmark package or its malloc interposer.
//
//   cd Benchmarks/Micro && swift package benchmark
//
// Swift tools 6.1 is the least that can pass `traits:` to a dependency; the benchmark package's
// own manifest (1.38) needs a Swift 6.3 toolchain.
//
// Traits: only "MallocInterposer" (allocation counts). The default "RuntimeInterposer" trait
// would add ordo-one/swift-runtime-interposer on Linux + Swift 6.3, which the offline package
// mirror lacks; it only serves ARC metrics, which these benchmarks don't collect.
// `BENCHMARK_DISABLE_MALLOC_INTERPOSER=1 swift package benchmark` builds without the malloc
// interposer (no allocation counts), as the benchmark package's own switch of that name does.
import PackageDescription

import class Foundation.ProcessInfo

let benchmarkTraits: Set<Package.Dependency.Trait> =
    ProcessInfo.processInfo.environment["BENCHMARK_DISABLE_MALLOC_INTERPOSER"] == nil ? ["MallocInterposer"] : []

let package = Package(
    name: "CreaseMicro",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` because a path dependency's identity is its folder's name, which differs
        // between clones; products are looked up by the manifest's `name: "crease"` instead.
        .package(name: "crease", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: benchmarkTraits),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .executableTarget(
            name: "CreaseMicro",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CreaseProtocol", package: "crease"),
                .product(name: "CricketSimulator", package: "crease"),
                .product(name: "CreaseGateway", package: "crease"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ],
            path: "Benchmarks/CreaseMicro",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)

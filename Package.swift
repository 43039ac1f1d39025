// swift-tools-version: 6.1
import PackageDescription

// Layers depend downward only: protocol → bus → gateway → executables.
let package = Package(
    name: "crease",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "crease-gateway", targets: ["crease-gateway"]),
        .executable(name: "crease-ingest", targets: ["crease-ingest"]),
        .executable(name: "crease-bench", targets: ["crease-bench"]),
        .library(name: "CreaseClient", targets: ["CreaseClient"]),
        // For Benchmarks/Micro (a package of its own) and embedders.
        .library(name: "CreaseProtocol", targets: ["CreaseProtocol"]),
        .library(name: "CricketSimulator", targets: ["CricketSimulator"]),
        .library(name: "CreaseGateway", targets: ["CreaseGateway"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        // Wire types, JSON Merge Patch and the per-connection / per-match state
        // machines. No I/O.
        .target(
            name: "CreaseProtocol",
            dependencies: ["CZlib", .product(name: "DequeModule", package: "swift-collections")],
            // Double rounding calls libm; without Foundation nothing else links it.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // zlib (Debian's zlib1g-dev): raw deflate for permessage-deflate.
        .systemLibrary(name: "CZlib"),
        // hiredis (Debian's libhiredis-dev), the C client of the Redis bus.
        // (No pkgConfig: Debian's hiredis.pc adds -D_FILE_OFFSET_BITS=64, which SwiftPM warns about; the
        // header is in the default include path and the module map links the library.)
        .systemLibrary(name: "CHiredis"),
        // The bus interface, the in-process bus of embedded mode and the Redis bus.
        .target(
            name: "CreaseBus",
            dependencies: [
                "CreaseProtocol",
                "CHiredis",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // Linux's epoll and eventfd, which Swift's Glibc module does not import.
        .target(name: "CEpoll"),
        // The epoll transport of upgraded WebSockets (`TRANSPORT=epoll`): an event loop of our
        // own and one small object per socket, no Crease logic. Linux only.
        .target(
            name: "CreaseTransport",
            dependencies: [
                .target(name: "CEpoll", condition: .when(platforms: [.linux])),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // The deterministic ball-by-ball cricket simulator (a score provider).
        .target(name: "CricketSimulator", dependencies: ["CreaseProtocol"]),
        // WebSocket + HTTP server, match actors, connection actors, metrics.
        .target(
            name: "CreaseGateway",
            dependencies: [
                "CreaseProtocol",
                "CreaseBus",
                "CreaseTransport",
                "CricketSimulator",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "DequeModule", package: "swift-collections"),
                // Only for `FanoutBenchmark` (SPI): a fan-out without sockets for Benchmarks/Micro.
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            // The JavaScript client and the demo's glue (links to clients/js/), served by the
            // demo page; embedded in the binary, so the image needs no asset files.
            resources: [.embedInCode("Assets/crease.js"), .embedInCode("Assets/demo.js")]
        ),
        // A Swift client for the Crease protocol (tests and the bench harness).
        .target(
            name: "CreaseClient",
            dependencies: [
                "CreaseProtocol",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                // The upgrade's response decoder runs in an `EmbeddedChannel` of its own.
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "crease-gateway",
            dependencies: [
                "CreaseGateway",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "crease-ingest",
            dependencies: [
                "CreaseGateway",
                "CreaseBus",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        // The load harness users size gateways with (Benchmarks/README.md).
        .executableTarget(
            name: "crease-bench",
            dependencies: [
                "CreaseProtocol",
                "CreaseClient",
                "CricketSimulator",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ],
            path: "Benchmarks/CreaseBench"
        ),
        // The properties each network-facing parser keeps for any input: the libFuzzer targets
        // (Tests/Fuzz/run.sh) and the replay of their corpora in the tests.
        .target(
            name: "CreaseFuzzChecks",
            dependencies: [
                "CreaseGateway", "CreaseProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ],
            path: "Tests/Fuzz/Checks"
        ),
        .testTarget(name: "CreaseProtocolTests", dependencies: ["CreaseProtocol"]),
        .testTarget(name: "CreaseBusTests", dependencies: ["CreaseBus", "CreaseProtocol"]),
        .testTarget(
            name: "CreaseTransportTests",
            dependencies: ["CreaseTransport", .product(name: "NIOCore", package: "swift-nio")]
        ),
        .testTarget(name: "CricketSimulatorTests", dependencies: ["CricketSimulator", "CreaseProtocol"]),
        .testTarget(
            name: "CreaseClientTests",
            dependencies: [
                "CreaseClient", "CreaseProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The gateway's parts without a socket: state machines, parsers, handlers, the fan-out on
        // SwiftNIO's testing channels.
        .testTarget(
            name: "CreaseGatewayTests",
            dependencies: [
                "CreaseGateway", "CreaseClient", "CreaseProtocol", "CreaseBus", "CreaseFuzzChecks",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        // Black-box and integration tests over real sockets: gateways in this process or as
        // child processes, redis-server, Redis Cluster, Chromium, network namespaces.
        .testTarget(
            name: "CreaseEndToEndTests",
            dependencies: [
                "CreaseGateway", "CreaseClient", "CreaseProtocol", "CreaseBus",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// `Tests/Fuzz/run.sh` (`make fuzz`) sets CREASE_FUZZ and the path of the toolchain's libFuzzer
// (the archive without a `main`): the parsers' modules get coverage and AddressSanitizer
// instrumentation, and `crease-fuzz` drives libFuzzer over them. Nothing changes otherwise.
if Context.environment["CREASE_FUZZ"] != nil, let libFuzzer = Context.environment["CREASE_FUZZ_RUNTIME"] {
    let instrument = SwiftSetting.unsafeFlags(["-sanitize=fuzzer,address"])
    for target in package.targets where ["CreaseProtocol", "CreaseGateway", "CreaseFuzzChecks"].contains(target.name) {
        target.swiftSettings = (target.swiftSettings ?? []) + [instrument]
    }
    package.targets += [
        .target(name: "CLibFuzzer", path: "Tests/Fuzz/CLibFuzzer"),
        .executableTarget(
            name: "crease-fuzz",
            dependencies: ["CreaseFuzzChecks", "CLibFuzzer"],
            path: "Tests/Fuzz/Driver",
            swiftSettings: [instrument],
            linkerSettings: [.unsafeFlags(["-sanitize=address", libFuzzer]), .linkedLibrary("stdc++")]
        ),
    ]
}

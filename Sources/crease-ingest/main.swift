import CreaseBus
import CreaseGateway
import Foundation
import Logging
import NIOPosix
import ServiceLifecycle

// crease-ingest: turns score-provider events into deltas in Redis (PROTOCOL.md §4). Providers:
// the HTTP webhook (always), the cricket simulator (DEMO_MATCHES), a JSON-lines file
// (REPLAY_FILE). Configuration from the environment; SIGTERM/SIGINT stop it gracefully.

let configuration: GatewayConfiguration
do {
    configuration = try GatewayConfiguration.fromEnvironment()
} catch {
    FileHandle.standardError.write(Data("crease-ingest: \(error)\n".utf8))
    exit(2)
}
guard configuration.busMode != .embedded else {
    FileHandle.standardError.write(
        Data(
            "crease-ingest: REDIS_URL (redis://[[user]:password@]host[:port][/db]) or REDIS_CLUSTER_NODES (host:port,…) is required\n"
                .utf8))
    exit(2)
}

// Every connection is a descriptor: take the hard open-files limit (GatewayServer keeps a reserve).
DescriptorBudget.raiseOpenFilesLimit()

LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = configuration.process.logLevel
    return handler
}
let logger = Logger(label: "crease-ingest")

do {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: min(2, configuration.process.eventLoopThreads))
    let onRetry: @Sendable (any Error, Duration) -> Void = { error, delay in
        logger.warning("Redis is not ready; retrying", metadata: ["error": "\(error)", "in": "\(delay)"])
    }
    let publisher: RedisPublisher
    let reads: any MatchBus
    let closeReads: @Sendable () async -> Void
    if let endpoint = configuration.redis.endpoint {
        publisher = try await RedisPublisher.connect(
            endpoint: endpoint, historyLength: configuration.history.length,
            channelPrefix: configuration.redis.channelPrefix,
            onRetry: onRetry)
        let bus = RedisBus(endpoint: endpoint, channelPrefix: configuration.redis.channelPrefix)
        bus.start()
        (reads, closeReads) = (bus, { await bus.shutdown() })
    } else {
        publisher = try await RedisPublisher.connect(
            clusterSeeds: configuration.redis.clusterSeeds, historyLength: configuration.history.length,
            channelPrefix: configuration.redis.channelPrefix, onRetry: onRetry)
        let bus = RedisClusterBus(
            seeds: configuration.redis.clusterSeeds, channelPrefix: configuration.redis.channelPrefix)
        bus.start()
        (reads, closeReads) = (bus, { await bus.shutdown() })
    }
    let server = GatewayServer(
        configuration: configuration, bus: reads, publisher: publisher, group: group, logger: logger, role: .ingest,
        secondSignalEndsDrain: true)
    // The bus and the publisher first: the group stops services in reverse order, so they close
    // after the server, the simulator and the replay have stopped.
    var services: [any Service] = [
        BusService {
            await closeReads()
            await publisher.shutdown()
        },
        server,
    ]
    if configuration.demo.matches > 0 {
        services.append(DemoSimulatorService(configuration: configuration, publisher: publisher, logger: logger))
    }
    if let path = configuration.ingest.replayFile {
        services.append(
            ReplayService(path: path, rate: configuration.ingest.replayRate, publisher: publisher, logger: logger))
    }
    let serviceGroup = ServiceGroup(
        configuration: shutdownConfiguration(
            services: services, drain: configuration.process.drain, logger: logger))
    try await serviceGroup.run()
    try await group.shutdownGracefully()
} catch let error as RedisError where error.authenticationFailed {
    FileHandle.standardError.write(Data("crease-ingest: \(configuration.redisAuthenticationProblem(error))\n".utf8))
    exit(2)
} catch {
    logger.error("crease-ingest failed", metadata: ["error": "\(error)"])
    exit(1)
}

import CreaseBus
import CreaseGateway
import Foundation
import Logging
import NIOPosix
import ServiceLifecycle

// crease-gateway: configuration from the environment (README: Configuration), services run by
// ServiceLifecycle, SIGTERM/SIGINT drain gracefully.

let configuration: GatewayConfiguration
do {
    configuration = try GatewayConfiguration.fromEnvironment()
} catch {
    FileHandleOutput.standardError("crease-gateway: \(error)\n")
    exit(2)
}

// Every WebSocket is a descriptor: take the hard open-files limit (GatewayServer keeps a reserve).
DescriptorBudget.raiseOpenFilesLimit()

LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = configuration.process.logLevel
    return handler
}
let logger = Logger(label: "crease-gateway")

let group = MultiThreadedEventLoopGroup(numberOfThreads: configuration.process.eventLoopThreads)
let bus: any MatchBus
let publisher: (any EventPublisher)?
var busServices: [any Service] = []
if !configuration.redis.clusterSeeds.isEmpty {
    // Redis Cluster mode: sharded pub/sub, one subscriber connection per primary it needs.
    do {
        _ = try RedisClusterTopology.fetch(from: configuration.redis.clusterSeeds)
    } catch  where error.authenticationFailed {
        FileHandleOutput.standardError("crease-gateway: \(configuration.redisAuthenticationProblem(error))\n")
        exit(2)
    } catch  where error.description.contains("cluster support disabled") {
        FileHandleOutput.standardError(
            "crease-gateway: invalid configuration: REDIS_CLUSTER_NODES names a Redis without cluster mode (\(error)); use REDIS_URL for one node\n"
        )
        exit(2)
    } catch {
        logger.warning(
            "Redis Cluster is not reachable yet; /readyz answers 503 until it is", metadata: ["error": "\(error)"])
    }
    let cluster = RedisClusterBus(
        seeds: configuration.redis.clusterSeeds, channelPrefix: configuration.redis.channelPrefix)
    cluster.start()
    busServices = [BusService { await cluster.shutdown() }]
    bus = cluster
    publisher = nil
} else if let endpoint = configuration.redis.endpoint {
    // Redis mode: crease-ingest publishes; this gateway subscribes. Wrong credentials stop
    // start-up; a Redis that is down only keeps /readyz at 503 until it is back.
    do {
        try endpoint.checkConnection()
    } catch  where error.authenticationFailed {
        FileHandleOutput.standardError("crease-gateway: \(configuration.redisAuthenticationProblem(error))\n")
        exit(2)
    } catch {
        logger.warning("Redis is not reachable yet; /readyz answers 503 until it is", metadata: ["error": "\(error)"])
    }
    let redis = RedisBus(endpoint: endpoint, channelPrefix: configuration.redis.channelPrefix)
    redis.start()
    busServices = [BusService { await redis.shutdown() }]
    bus = redis
    publisher = nil
} else {
    let origin = configuration.history.seqOrigin == .clock ? WallClock.microseconds() : 0
    let embedded = InProcessBus(historyLength: configuration.history.length, seqOrigin: origin)
    bus = embedded
    publisher = embedded
}
let server = GatewayServer(
    configuration: configuration, bus: bus, publisher: publisher, group: group, logger: logger,
    secondSignalEndsDrain: true)
// The bus first: the group stops services in reverse order, so it closes after the drain.
var services: [any Service] = busServices + [server]
if configuration.demo.matches > 0, let publisher {
    services.append(DemoSimulatorService(configuration: configuration, publisher: publisher, logger: logger))
}

let serviceGroup = ServiceGroup(
    configuration: shutdownConfiguration(services: services, drain: configuration.process.drain, logger: logger)
)
do {
    try await serviceGroup.run()
    try await group.shutdownGracefully()
} catch {
    logger.error("crease-gateway failed", metadata: ["error": "\(error)"])
    exit(1)
}

enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

import CreaseBus
import CreaseProtocol
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOWebSocket
import ServiceLifecycle
import UnixSignals

#if os(Linux)
import CreaseTransport
import Glibc
#endif

/// The gateway's listeners as a ServiceLifecycle service: binds, serves until graceful shutdown,
/// then drains (PROTOCOL.md §5) and returns.
///
/// Draining: readiness fails at once, upgrades are refused with 503, and the open connections
/// are closed with 1012 spread evenly over `DRAIN_SECONDS`; connections still open at the
/// deadline are closed outright. Cancellation (a second signal) ends the drain at once.
public final class GatewayServer: Service, Sendable {
    /// What the listener serves.
    public enum Role: Sendable {
        /// `crease-gateway`: WebSockets and REST on `GATEWAY_HOST`:`GATEWAY_PORT`.
        case gateway
        /// `crease-ingest`: the publish webhook and state on `INGEST_HOST`:`INGEST_PORT`.
        case ingest
    }

    let environment: GatewayEnvironment
    private let role: Role
    /// Executables: a second SIGTERM/SIGINT during the drain closes everything at once.
    private let secondSignalEndsDrain: Bool
    private let group: any EventLoopGroup
    private let loops: [any EventLoop]
    private let lagProbe: EventLoopLagProbe
    private let bound: EventLoopPromise<Int>
    private let adminBound: EventLoopPromise<Int>
    #if os(Linux)
    /// `TRANSPORT=epoll`: the loops of upgraded WebSockets (empty on the NIO transport).
    private let epollLoops: [EpollEventLoop]
    #endif

    /// - Parameters:
    ///   - bus: where deltas come from.
    ///   - publisher: embedded mode's publish path (`POST /v1/matches/{id}/events`), or nil.
    public init(
        configuration: GatewayConfiguration,
        bus: any MatchBus,
        publisher: (any EventPublisher)?,
        group: any EventLoopGroup,
        logger: Logger,
        role: Role = .gateway,
        secondSignalEndsDrain: Bool = false
    ) {
        var loops = Array(group.makeIterator())
        #if os(Linux)
        if configuration.process.transport == .epoll, role == .gateway {
            let epollLoops = (0..<configuration.process.eventLoopThreads).map { index in
                do {
                    return try EpollEventLoop(name: "crease-ws-\(index)")
                } catch {
                    fatalError("cannot create an epoll event loop: \(error)")
                }
            }
            self.epollLoops = epollLoops
            // Fan-out, ticks and the lag probe run where the WebSockets are.
            loops = epollLoops
        } else {
            self.epollLoops = []
        }
        #endif
        self.role = role
        self.secondSignalEndsDrain = secondSignalEndsDrain
        self.group = group
        self.loops = loops
        self.environment = GatewayEnvironment(
            configuration: configuration, bus: bus, publisher: publisher, loops: loops, logger: logger)
        let connections = environment.connections
        self.lagProbe = EventLoopLagProbe(
            loops: loops, metrics: environment.metrics, shedder: environment.shedder,
            backlog: { loop, now in connections.shard(on: loop).fanout.backlog(at: now) })
        self.bound = group.next().makePromise(of: Int.self)
        self.adminBound = group.next().makePromise(of: Int.self)
    }

    /// The port the gateway listens on, once bound (useful with `GATEWAY_PORT=0`).
    public var port: Int {
        get async throws { try await bound.futureResult.get() }
    }

    /// The admin port, once bound (only when `ADMIN_PORT` is set).
    public var adminPort: Int {
        get async throws { try await adminBound.futureResult.get() }
    }

    /// The gateway's metrics registry.
    public var metrics: GatewayMetrics { environment.metrics }

    /// Open WebSocket connections.
    public var connectionCount: Int { environment.connections.count }

    public func run() async throws {
        let configuration = environment.configuration
        let server: Listener
        var admin: (any Channel)?
        #if os(Linux)
        for loop in epollLoops { loop.start() }
        #endif
        do {
            switch role {
            case .gateway:
                #if os(Linux)
                if !epollLoops.isEmpty {
                    server = try await bindEpoll(host: configuration.http.host, port: configuration.http.port)
                    break
                }
                #endif
                server = .nio(
                    try await bind(host: configuration.http.host, port: configuration.http.port, routes: .gateway))
            case .ingest:
                server = .nio(
                    try await bind(host: configuration.ingest.host, port: configuration.ingest.port, routes: .ingest))
            }
            if role == .gateway, let adminPort = configuration.http.adminPort {
                admin = try await bind(host: configuration.http.host, port: adminPort, routes: .admin)
            }
        } catch {
            bound.fail(error)
            adminBound.fail(error)
            #if os(Linux)
            await shutDownEpollLoops()
            #endif
            throw error
        }
        bound.succeed(server.localAddress?.port ?? configuration.http.port)
        if let admin {
            adminBound.succeed(admin.localAddress?.port ?? 0)
        } else {
            adminBound.fail(ChannelError.ioOnClosedChannel)
        }
        environment.logger.notice(
            role == .gateway ? "crease-gateway listening" : "crease-ingest listening",
            metadata: [
                "address": "\(server.localAddress.map { "\($0)" } ?? "?")",
                "node": "\(configuration.process.nodeID)",
                "mode": "\(configuration.busMode.rawValue)",
            ])

        if environment.publisher != nil, configuration.http.ingestToken == nil {
            environment.logger.notice(
                "INGEST_TOKEN is unset: POST /v1/matches/{id}/events is accepted from loopback only (set INGEST_TOKEN to publish from elsewhere)"
            )
        }
        let budget = environment.descriptors
        if budget.webSocketLimit < configuration.webSocket.maxConnections {
            environment.logger.warning(
                "the open-files limit allows fewer WebSocket connections than MAX_CONNECTIONS",
                metadata: [
                    "open_files_limit": "\(budget.openFilesLimit)", "connections_limit": "\(budget.webSocketLimit)",
                    "max_connections": "\(configuration.webSocket.maxConnections)",
                ])
        }
        lagProbe.start()
        // Ack timeouts and close deadlines at their tick (timing wheel); the sweep (pings, silent
        // peers) comes round to each connection every quarter of the heartbeat interval.
        environment.connections.startTicking(metrics: environment.metrics)
        defer {
            environment.connections.stopTicking()
            lagProbe.stop()
        }

        do {
            try await gracefulShutdown()
            environment.logger.notice("draining", metadata: ["connections": "\(environment.connections.count)"])
            await drain(over: TimeAmount(configuration.process.drain))
        } catch {
            // Cancelled (a second signal, or the group ending): close everything now.
            environment.startDraining()
        }
        await closeAll()
        await server.close()
        try? await admin?.close()
        await stopMatchHubs()
        #if os(Linux)
        await shutDownEpollLoops()
        #endif
        environment.logger.notice("stopped")
    }

    /// The gateway's listening socket.
    private enum Listener {
        case nio(any Channel)
        #if os(Linux)
        case epoll([(UnsafeAcceptor, EpollEventLoop)])
        #endif

        var localAddress: SocketAddress? {
            switch self {
            case .nio(let channel): channel.localAddress
            #if os(Linux)
            case .epoll(let acceptors): acceptors.first?.0.value.localAddress
            #endif
            }
        }

        func close() async {
            switch self {
            case .nio(let channel):
                try? await channel.close()
            #if os(Linux)
            case .epoll(let acceptors):
                for (acceptor, loop) in acceptors { try? await loop.submit { acceptor.value.close() }.get() }
            #endif
            }
        }
    }

    #if os(Linux)
    /// `TRANSPORT=epoll`: a listener per epoll loop, sharing the port (``EpollAcceptor``).
    private func bindEpoll(host: String, port: Int) async throws -> Listener {
        let environment = self.environment
        let group = self.group
        var acceptors: [(UnsafeAcceptor, EpollEventLoop)] = []
        var boundPort = port
        do {
            for loop in epollLoops {
                let portToBind = boundPort
                let acceptor = try await loop.submit {
                    UnsafeAcceptor(
                        try EpollAcceptor(
                            host: host, port: portToBind, loop: loop, environment: environment, group: group))
                }.get()
                acceptors.append((acceptor, loop))
                boundPort = acceptor.value.localAddress?.port ?? boundPort
            }
        } catch {
            await Listener.epoll(acceptors).close()
            throw error
        }
        return .epoll(acceptors)
    }

    /// Ends every match actor's bus feed while the loops it runs on still run: a hub whose
    /// last subscriber's leave came too late for a stopped loop would otherwise keep its feed
    /// and bus subscription, and hold the gateway, for ever.
    private func stopMatchHubs() async {
        for hub in environment.directory.all { await hub.stop() }
    }

    /// Stops the epoll loops once their connections are gone (at most a second after the
    /// last close began).
    private func shutDownEpollLoops() async {
        guard !epollLoops.isEmpty else { return }
        let deadline = ContinuousClock.now + .seconds(1)
        while environment.connections.count > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        // The loops' own tasks end first (what they hold must not outlive the loops), and their
        // cancellations run there before the loops stop.
        environment.connections.stopTicking()
        lagProbe.stop()
        for loop in epollLoops { try? await loop.submit {}.get() }
        for loop in epollLoops { try? await loop.shutdownGracefully() }
    }
    #endif

    private func bind(host: String, port: Int, routes: HTTPRouter.Routes) async throws -> any Channel {
        let environment = self.environment
        let sendBuffer = environment.configuration.webSocket.socketSendBuffer
        var bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 4096)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .childChannelOption(.writeBufferWaterMark, value: .init(low: 16 * 1024, high: 64 * 1024))
            .childChannelOption(
                .recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 256, maximum: 65_536)
            )
            .childChannelInitializer { channel in
                // An address barred for its violations is closed before a byte of it is read.
                if environment.isBarred(channel.remoteAddress.flatMap(RepeatOffenders.Source.init)) {
                    return channel.eventLoop.makeFailedFuture(RepeatOffenders.Barred())
                }
                // Past the descriptor budget the socket is closed before it is registered (a
                // failed initializer): the gateway must never run out of descriptors.
                guard environment.acceptSocket() else {
                    environment.metrics.socketsRefused.increment()
                    return channel.eventLoop.makeFailedFuture(DescriptorBudget.Exhausted())
                }
                channel.closeFuture.whenComplete { _ in environment.releaseSocket() }
                return channel.eventLoop.makeCompletedFuture {
                    try Self.addHTTPHandlers(to: channel, environment: environment, routes: routes)
                }
            }
        if sendBuffer > 0 {
            bootstrap = bootstrap.childChannelOption(.socketOption(.so_sndbuf), value: SocketOptionValue(sendBuffer))
        }
        let receiveBuffer = environment.configuration.webSocket.socketReceiveBuffer
        if receiveBuffer > 0 {
            bootstrap = bootstrap.childChannelOption(
                .socketOption(.so_rcvbuf), value: SocketOptionValue(receiveBuffer))
        }
        return try await bootstrap.bind(host: host, port: port).get()
    }

    /// SwiftNIO's HTTP/1.1 server handlers and the router; `handover`: where an upgrade takes
    /// its socket (the epoll transport's), nil to serve it in this pipeline.
    static func addHTTPHandlers(
        to channel: any Channel, environment: GatewayEnvironment, routes: HTTPRouter.Routes,
        handover: (any UpgradeHandover)? = nil
    ) throws {
        let handlers = HTTPRouter.HTTPHandlers(
            decoder: ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .forwardBytes)),
            encoder: HTTPResponseEncoder(),
            pipelining: HTTPServerPipelineHandler(),
            errors: HTTPServerProtocolErrorHandler()
        )
        let sync = channel.pipeline.syncOperations
        try sync.addHandler(handlers.encoder)
        try sync.addHandler(handlers.decoder)
        try sync.addHandler(handlers.pipelining)
        try sync.addHandler(handlers.errors)
        try sync.addHandler(
            HTTPRouter(environment: environment, routes: routes, handlers: handlers, handover: handover))
    }

    /// How long a draining gateway keeps answering 503 before it may close its listener, at most
    /// `DRAIN_SECONDS`.
    static let readinessGrace = TimeAmount.seconds(3)

    /// Closes every connection with 1012, evenly spread over `window`, then waits (at most until
    /// the window ends plus a second) for them to go, and at least `readinessGrace` (within the
    /// window) so that load balancers see the 503 before the listener closes.
    private func drain(over window: TimeAmount) async {
        environment.startDraining()
        var all: [GatewayConnection] = []
        for loop in loops {
            let registry = environment.connections
            if let some = try? await loop.submit({ registry.shard(on: loop).connections }).get() {
                all += some
            }
        }
        all.shuffle()
        // Spread over 90% of the window, leaving the rest for the last closing handshakes.
        let spacing = all.isEmpty ? 0 : window.nanoseconds * 9 / 10 / Int64(all.count)
        let start = NIODeadline.now()
        for (index, connection) in all.enumerated() {
            connection.eventLoop.scheduleTask(deadline: start + .nanoseconds(spacing * Int64(index))) {
                connection.assumeIsolated {
                    $0.close(.serviceRestart, reason: "gateway restarting; reconnect after a random delay")
                }
            }
        }
        let deadline = start + window
        // The listener stays open (answering /readyz with 503) for a while even when no
        // connection is left, so that a load balancer's health check takes the gateway out of
        // rotation before it stops answering: HAProxy's (Docker/haproxy.cfg) needs two failed
        // checks a second apart.
        let outOfRotation = start + min(window, Self.readinessGrace)
        let environment = self.environment
        await withTaskGroup(of: Void.self) { waiting in
            waiting.addTask {
                while environment.connections.count > 0 || NIODeadline.now() < outOfRotation,
                    NIODeadline.now() < deadline,
                    !Task.isCancelled
                {
                    try? await Task.sleep(for: .milliseconds(50))
                }
            }
            if secondSignalEndsDrain {
                waiting.addTask {
                    for await signal in await UnixSignalsSequence(trapping: .sigterm, .sigint) {
                        environment.logger.notice(
                            "second signal: ending the drain now", metadata: ["signal": "\(signal)"])
                        return
                    }
                }
            }
            await waiting.next()
            waiting.cancelAll()
        }
    }

    /// Ends every connection still open.
    private func closeAll() async {
        for loop in loops {
            let registry = environment.connections
            try? await loop.submit {
                for connection in registry.shard(on: loop).connections {
                    connection.assumeIsolated { $0.terminate(.serviceRestart, reason: "gateway stopped") }
                }
            }.get()
        }
    }
}

#if os(Linux)
/// An acceptor, for jobs on its own loop.
///
/// Sendable: created on the acceptor's loop and used only there (`close()` is submitted to it;
/// `localAddress` is immutable once bound).
struct UnsafeAcceptor: @unchecked Sendable {
    let value: EpollAcceptor
    init(_ value: EpollAcceptor) { self.value = value }
}
#endif

/// The service group of an executable: SIGTERM or SIGINT starts the drain; a second one during
/// the drain ends it at once (the gateway watches for it, see `GatewayServer`); a drain that
/// overruns `DRAIN_SECONDS` by 5 s is cancelled.
public func shutdownConfiguration(
    services: [any Service], drain: Duration, logger: Logger
) -> ServiceGroupConfiguration {
    var configuration = ServiceGroupConfiguration(
        services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
    configuration.maximumGracefulShutdownDuration = drain + .seconds(5)
    return configuration
}

import ServiceLifecycle

/// A bus connection (a `RedisBus`, a `RedisClusterBus`, a `RedisPublisher`) as a service of the
/// executable's group, so that the group closes it, and closes it last.
///
/// It does nothing while the group runs. Once the group shuts down it waits its turn (a
/// `ServiceGroup` stops its services one by one, in the reverse of their order), then runs
/// `close`: listed before the gateway, the bus stays up while the gateway drains, and every
/// delta queued for a client can still arrive before the client's 1012.
public struct BusService: Service {
    private let close: @Sendable () async -> Void

    public init(close: @escaping @Sendable () async -> Void) {
        self.close = close
    }

    public func run() async throws {
        // Returns at the group's graceful shutdown; throws when the group is cancelled instead.
        try? await gracefulShutdown()
        await close()
    }
}

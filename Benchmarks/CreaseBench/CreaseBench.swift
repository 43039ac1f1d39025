import ArgumentParser

/// crease-bench: the async load harness for gateways that speak the Crease protocol.
@main
struct CreaseBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crease-bench",
        abstract: "Load harness for Crease-protocol WebSocket gateways (Benchmarks/README.md).",
        subcommands: [Fanout.self, Capacity.self, SlowConsumers.self, ReconnectStorm.self, Churn.self, Compare.self, Worker.self]
    )
}

import CreaseProtocol
import NIOCore
import NIOWebSocket

/// The calls the event loop makes into a connection for every delivery, inbound frame and
/// tick, without `assumeIsolated`.
///
/// `assumeIsolated` allocates twice per call (its `withoutActuallyEscaping` closure context:
/// 3 allocations per delivery, measured with `Benchmarks/Micro`). These entry points do what it
/// does without that: check that the caller runs on the connection's event loop, then call the
/// isolated method through a function value whose only difference is the dropped `isolated`
/// annotation.
///
/// Why this is safe: the actor's executor is its event loop (`unownedExecutor`), so a caller
/// that passes `preconditionInEventLoop()` is running on the actor's executor, exactly the
/// condition `assumeIsolated` checks; and `(isolated C, …) -> R` and `(C, …) -> R` have the same
/// calling convention (the standard library's `assumeIsolated` relies on the same cast). The
/// closures capture nothing, so no context is allocated.
extension GatewayConnection {
    nonisolated func deliverOnLoop(
        _ deltas: ArraySlice<DeltaFrame>, wires: ArraySlice<ByteBuffer>, of match: MatchID, now: UInt64
    ) -> Range<Int> {
        eventLoop.preconditionInEventLoop()
        typealias Isolated = (
            isolated GatewayConnection, ArraySlice<DeltaFrame>, ArraySlice<ByteBuffer>, MatchID, UInt64
        ) -> Range<Int>
        typealias Plain = (GatewayConnection, ArraySlice<DeltaFrame>, ArraySlice<ByteBuffer>, MatchID, UInt64) ->
            Range<Int>
        let call: Isolated = { $0.deliver($1, wires: $2, of: $3, now: $4) }
        return unsafeBitCast(call, to: Plain.self)(self, deltas, wires, match, now)
    }

    nonisolated func shedOnLoop(
        _ shed: ArraySlice<(seq: Int64, priority: Priority)>, of match: MatchID, now: UInt64
    ) -> MessageDrops {
        eventLoop.preconditionInEventLoop()
        typealias Isolated = (isolated GatewayConnection, ArraySlice<(seq: Int64, priority: Priority)>, MatchID, UInt64)
            -> MessageDrops
        typealias Plain = (GatewayConnection, ArraySlice<(seq: Int64, priority: Priority)>, MatchID, UInt64) ->
            MessageDrops
        let call: Isolated = { $0.shed($1, of: $2, now: $3) }
        return unsafeBitCast(call, to: Plain.self)(self, shed, match, now)
    }

    nonisolated func receivedOnLoop(_ frame: InboundFrame) {
        eventLoop.preconditionInEventLoop()
        let call: (isolated GatewayConnection, InboundFrame) -> Void = { $0.received($1) }
        unsafeBitCast(call, to: ((GatewayConnection, InboundFrame) -> Void).self)(self, frame)
    }

    /// `wheel`: a visit the connection asked of the loop's timing wheel (else the sweep's).
    nonisolated func tickOnLoop(now: UInt64, wheel: Bool) {
        eventLoop.preconditionInEventLoop()
        let call: (isolated GatewayConnection, UInt64, Bool) -> Void = { connection, now, wheel in
            if wheel { connection.wheelVisit(now: now) } else { connection.tick(now: now) }
        }
        unsafeBitCast(call, to: ((GatewayConnection, UInt64, Bool) -> Void).self)(self, now, wheel)
    }
}

import CreaseProtocol
import Testing

/// Shared-context compression cohorts (issue 17): a client's decoder, fed its stream's shared
/// frames as `CohortSeat` chooses them among messages compressed on their own and plain ones,
/// must reproduce every payload, whatever it missed, wherever it joined relative to an epoch.
@Suite struct SharedDeflateStreamTests {
    /// A ball-by-ball delta, as varied as the real ones.
    static func delta(_ seq: Int, match: String = "final") -> [UInt8] {
        Array(
            #"{"type":"delta","match":"\#(match)","seq":\#(seq),"ts":\#(1_765_000_000_000 + seq * 137),"priority":"normal","data":{"score":{"runs":\#(seq * 3 % 311),"wickets":\#(seq % 10),"overs":"\#(seq / 6).\#(seq % 6)"},"lastBall":{"bowler":"B\#(seq % 7)","batter":"K\#(seq % 11)","runs":\#(seq % 7),"commentary":"ball \#(seq), a length delivery outside off"}}}"#
                .utf8)
    }

    /// One client: its seat, and the decoder its browser would run (context kept).
    struct Client {
        var seat = CohortSeat()
        let decoder: MessageInflater
        var received: [[UInt8]] = []
        var sharedFrames = 0

        init(windowBits: Int) { decoder = MessageInflater(keepsContext: true, windowBits: windowBits) }

        mutating func take(_ choice: CohortSeat.Choice, shared: [UInt8]?, own: [UInt8], plain: [UInt8]) throws {
            switch choice {
            case .shared:
                sharedFrames += 1
                received.append(try decoder.decompress(try #require(shared), limit: 1 << 20).get())
            case .own: received.append(try decoder.decompress(own, limit: 1 << 20).get())
            case .plain: received.append(plain)
            }
        }
    }

    /// What happens to one message for one client.
    enum Fate: CaseIterable {
        case writtenNow, queued, missed
    }

    @Test(arguments: [15, 9])
    func aDecoderFedTheCohortsFramesAndOutOfStreamMessagesReproducesEveryPayload(windowBits: Int) throws {
        var random = TestRandom(seed: UInt64(windowBits) * 7_919)
        let stream = SharedDeflateStream(windowBits: windowBits)
        let own = MessageDeflater(windowBits: windowBits)
        // Clients joining at every position of two epochs, each with its own fate per message.
        let epoch = Int(SharedDeflateStream.epochLength)
        var clients = (0..<(2 * epoch)).map { _ in (Client(windowBits: windowBits), joinsAt: 0) }
        for index in clients.indices { clients[index].joinsAt = index }
        var sent: [Int: [[UInt8]]] = [:]
        for seq in 0..<(4 * epoch) {
            let message = Self.delta(seq)
            let frame = try #require(stream.compress(message))
            #expect(frame.position.startsEpoch == (seq % epoch == 0))
            let ownFrame = try #require(own.compress(message))
            for index in clients.indices where seq >= clients[index].joinsAt {
                // Mostly in step; sometimes a message waits in a queue or is lost (shed, dropped).
                let roll = Int.random(in: 0..<100, using: &random)
                let fate: Fate = roll < 98 ? .writtenNow : roll < 99 ? .queued : .missed
                switch fate {
                case .writtenNow:
                    try clients[index].0.take(
                        clients[index].0.seat.write(at: frame.position), shared: frame.payload, own: ownFrame,
                        plain: message)
                    sent[index, default: []].append(message)
                case .queued:
                    try clients[index].0.take(
                        clients[index].0.seat.bypass(frame.position), shared: nil, own: ownFrame, plain: message)
                    sent[index, default: []].append(message)
                case .missed:
                    continue
                }
                // A reply between deltas, now and then: outside the stream.
                if Int.random(in: 0..<10, using: &random) == 0 {
                    let reply = Array(#"{"type":"error","code":"not_subscribed","message":"\#(seq)"}"#.utf8)
                    let replyFrame = try #require(own.compress(reply))
                    try clients[index].0.take(
                        clients[index].0.seat.outOfStream, shared: nil, own: replyFrame, plain: reply)
                    sent[index, default: []].append(reply)
                }
            }
        }
        for index in clients.indices {
            #expect(clients[index].0.received == sent[index] ?? [], "client joining at \(clients[index].joinsAt)")
        }
        // Disturbed now and then, and seated again at the next epoch each time: the shared
        // frames are a good part of what the clients got.
        let shared = clients.map(\.0.sharedFrames).reduce(0, +)
        #expect(shared > sent.values.map(\.count).reduce(0, +) / 4)
    }

    /// A seated client that misses one frame, at every position of an epoch (its first
    /// included), or has one queued there: it inflates everything it gets, is out until the
    /// next epoch, and from there gets the shared frames again.
    @Test(arguments: [Fate.missed, .queued])
    func leavingAtEveryPositionOfAnEpoch(fate: Fate) throws {
        let epoch = Int(SharedDeflateStream.epochLength)
        let messages = (0..<(3 * epoch)).map { Self.delta($0) }
        for leaveAt in epoch..<(2 * epoch) {
            let stream = SharedDeflateStream(windowBits: 15)
            let own = MessageDeflater(windowBits: 15)
            var client = Client(windowBits: 15)
            var sent: [[UInt8]] = []
            var choices: [CohortSeat.Choice] = []
            for (index, message) in messages.enumerated() {
                let frame = try #require(stream.compress(message))
                let ownFrame = try #require(own.compress(message))
                let choice: CohortSeat.Choice
                if index == leaveAt {
                    guard fate == .queued else { continue }  // missed: never sent
                    choice = client.seat.bypass(frame.position)
                } else {
                    choice = client.seat.write(at: frame.position)
                }
                choices.append(choice)
                try client.take(choice, shared: frame.payload, own: ownFrame, plain: message)
                sent.append(message)
            }
            #expect(client.received == sent, "left at \(leaveAt)")
            // Seated through the first epoch, out from the leave to the next epoch, seated after.
            let outUntil = 2 * epoch - (fate == .missed ? 1 : 0)
            #expect(choices[..<leaveAt].allSatisfy { $0 == .shared })
            #expect(choices[leaveAt..<outUntil].allSatisfy { $0 == .own }, "left at \(leaveAt)")
            #expect(choices[outUntil...].allSatisfy { $0 == .shared }, "left at \(leaveAt)")
        }
    }

    @Test func aClientTakesASeatOnlyAtAnEpochsFirstMessageAndKeepsItWhileInStep() throws {
        let stream = SharedDeflateStream(windowBits: 15)
        let epoch = Int(SharedDeflateStream.epochLength)
        var seat = CohortSeat()
        var choices: [CohortSeat.Choice] = []
        for seq in 0..<(2 * epoch) {
            let frame = try #require(stream.compress(Self.delta(seq)))
            // Joins after the first epoch began: waits for the second.
            if seq >= 3 { choices.append(seat.write(at: frame.position)) }
        }
        #expect(choices.prefix(epoch - 3) == ArraySlice(repeating: .own, count: epoch - 3))
        #expect(choices.suffix(epoch) == ArraySlice(repeating: .shared, count: epoch))
    }

    @Test func aQueuedOrMissedFrameEndsTheSeatUntilTheNextEpoch() throws {
        let stream = SharedDeflateStream(windowBits: 15)
        let epoch = Int(SharedDeflateStream.epochLength)
        var seat = CohortSeat()
        var frames = try (0..<(2 * epoch)).map { try #require(stream.compress(Self.delta($0))) }[...]
        #expect(seat.write(at: frames.removeFirst().position) == .shared)
        #expect(seat.write(at: frames.removeFirst().position) == .shared)
        // Waits in a queue: compressed on its own, and the seat is gone.
        #expect(seat.bypass(frames.removeFirst().position) == .own)
        #expect(!seat.isSeated)
        #expect(seat.write(at: frames.removeFirst().position) == .own)
        // Seated again at the next epoch, then a message missed: out again.
        while !frames.first!.position.startsEpoch { _ = seat.write(at: frames.removeFirst().position) }
        #expect(seat.write(at: frames.removeFirst().position) == .shared)
        frames.removeFirst()
        #expect(seat.write(at: frames.removeFirst().position) == .own)
        #expect(!seat.isSeated)
    }

    /// A client with two subscriptions: seated in one match's stream, it gets the other's
    /// deltas uncompressed (compressed, they would enter its decoder's window); once it leaves
    /// the first, it takes a seat in the second at that stream's next epoch.
    @Test func aClientWithTwoSubscriptionsIsSeatedInOneStreamAtATime() throws {
        let first = SharedDeflateStream(windowBits: 15)
        let second = SharedDeflateStream(windowBits: 15)
        let own = MessageDeflater(windowBits: 15)
        var client = Client(windowBits: 15)
        var sent: [[UInt8]] = []
        var secondChoices: [CohortSeat.Choice] = []
        let epoch = Int(SharedDeflateStream.epochLength)
        for seq in 0..<(2 * epoch) {
            if seq == epoch / 2 { client.seat.leave() }  // unsubscribed from the first match
            if seq < epoch / 2 {
                let message = Self.delta(seq, match: "first")
                let frame = try #require(first.compress(message))
                try client.take(
                    client.seat.write(at: frame.position), shared: frame.payload,
                    own: try #require(own.compress(message)), plain: message)
                sent.append(message)
            }
            let message = Self.delta(seq, match: "second")
            let frame = try #require(second.compress(message))
            let choice = client.seat.write(at: frame.position)
            secondChoices.append(choice)
            try client.take(choice, shared: frame.payload, own: try #require(own.compress(message)), plain: message)
            sent.append(message)
        }
        #expect(client.received == sent)
        #expect(secondChoices.prefix(epoch / 2) == ArraySlice(repeating: .plain, count: epoch / 2))
        #expect(secondChoices[epoch / 2..<epoch].allSatisfy { $0 == .own })
        #expect(secondChoices.suffix(epoch) == ArraySlice(repeating: .shared, count: epoch))
    }

    /// An epoch's first frame is what a fresh deflater without context gives: the gateway hands
    /// it to the clients that are not seated too, and deflates once less.
    @Test func anEpochsFirstFrameIsTheFrameWithoutContext() throws {
        let stream = SharedDeflateStream(windowBits: 12)
        let epoch = Int(SharedDeflateStream.epochLength)
        for seq in 0..<(2 * epoch + 1) {
            let message = Self.delta(seq)
            let frame = try #require(stream.compress(message))
            if frame.position.startsEpoch {
                #expect(frame.payload == MessageDeflater(windowBits: 12).compress(message))
            }
        }
    }

    /// What the cohort is for: with context, a delta costs a fraction of its bytes compressed
    /// on its own (the figures are in `Benchmarks/RESULTS.md`).
    @Test func framesWithContextAreSmallerThanFramesWithout() throws {
        let stream = SharedDeflateStream(windowBits: 15)
        let own = MessageDeflater(windowBits: 15)
        var (shared, alone) = (0, 0)
        for seq in 0..<256 {
            let message = Self.delta(seq)
            shared += try #require(stream.compress(message)).payload.count
            alone += try #require(own.compress(message)).count
        }
        #expect(shared * 2 < alone, "\(shared) B with context, \(alone) B without")
    }

    /// Streams are told apart: a position of one never passes for the next frame of another.
    @Test func aSeatInOneStreamIgnoresAnotherStreamsPositions() throws {
        let first = SharedDeflateStream(windowBits: 15)
        let second = SharedDeflateStream(windowBits: 15)
        var seat = CohortSeat()
        #expect(seat.write(at: try #require(first.compress(Self.delta(0))).position) == .shared)
        // The second stream's first frame has the same index as the first stream's next one.
        _ = try #require(second.compress(Self.delta(0)))
        let secondNext = try #require(second.compress(Self.delta(1)))
        #expect(seat.write(at: secondNext.position) == .plain)
        #expect(seat.write(at: try #require(first.compress(Self.delta(1))).position) == .shared)
    }
}

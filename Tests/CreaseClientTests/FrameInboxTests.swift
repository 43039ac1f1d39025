import Testing

@testable import CreaseClient

/// The client's inbox: frames in arrival order, a reader that waits for the next, a close, and a
/// deadline.
struct FrameInboxTests {
    @Test func framesAreReadInOrderAndAWaitingReaderGetsTheNext() async {
        let inbox = FrameInbox()
        inbox.push(.text("one"))
        inbox.push(.text("two"))
        #expect(inbox.buffered == 2)
        guard case .frame(.text("one")) = await inbox.next(timeout: .seconds(10)),
            case .frame(.text("two")) = await inbox.next(timeout: .seconds(10))
        else {
            Issue.record("frames out of order")
            return
        }
        async let waiting = inbox.next(timeout: .seconds(10))
        // The reader may or may not be waiting yet: either way it gets this frame.
        inbox.push(.text("three"))
        guard case .frame(.text("three")) = await waiting else {
            Issue.record("the waiting reader missed the frame")
            return
        }
        #expect(inbox.buffered == 0)
    }

    @Test func aClosedInboxGivesWhatItHeldThenClosed() async {
        let inbox = FrameInbox()
        inbox.push(.text("last"))
        inbox.finish()
        guard case .frame(.text("last")) = await inbox.next(timeout: .seconds(10)),
            case .closed = await inbox.next(timeout: .seconds(10))
        else {
            Issue.record("not the held frame, then closed")
            return
        }
    }

    @Test func aReaderGivesUpAtItsDeadline() async {
        let inbox = FrameInbox()
        guard case .timedOut = await inbox.next(timeout: .milliseconds(50)) else {
            Issue.record("no time-out")
            return
        }
        // A frame after the time-out waits for the next reader.
        inbox.push(.text("late"))
        #expect(inbox.buffered == 1)
    }
}

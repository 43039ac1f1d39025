import CreaseProtocol
import NIOCore
import NIOWebSocket

/// Turns a client's frames into messages, enforcing RFC 6455 and the gateway's limits.
///
/// A value-type state machine: each frame in, one action out. Every rule that closes a
/// connection (PROTOCOL.md §2, §2.4) lives here, so each is a unit test without a socket.
package struct InboundMessageAssembler {
    package enum Action: Equatable {
        /// Nothing to do yet (a fragment was buffered, or a pong arrived).
        case none
        /// A complete text message, valid UTF-8.
        case text(ByteBuffer)
        /// A complete binary message.
        case binary(ByteBuffer)
        /// A complete message sent compressed (RSV1, permessage-deflate): inflate it and hand the
        /// result to ``inflated(opcode:_:)``.
        case compressed(WebSocketOpcode, ByteBuffer)
        /// Answer with a pong carrying this payload.
        case ping(ByteBuffer)
        /// The peer's close frame: its code (nil when it sent none) and reason.
        case peerClosed(code: UInt16?, reason: String)
        /// Close the connection with this code.
        case fail(CloseCode, String)
    }

    package let maxMessageBytes: Int
    /// permessage-deflate was agreed: RSV1 on a message's first frame means "compressed".
    package let compressionNegotiated: Bool
    private var fragments: ByteBuffer?
    private var fragmentsOpcode: WebSocketOpcode = .text
    private var fragmentsCompressed = false
    /// Checks a fragmented plain text message as its frames arrive.
    private var fragmentsUTF8 = UTF8Validator()

    package init(maxMessageBytes: Int, compressionNegotiated: Bool = false) {
        self.maxMessageBytes = maxMessageBytes
        self.compressionNegotiated = compressionNegotiated
    }

    /// Bytes of a fragmented message being assembled (bounded by `maxMessageBytes`).
    package var bufferedBytes: Int { fragments?.readableBytes ?? 0 }

    package mutating func receive(_ frame: InboundFrame) -> Action {
        guard frame.masked else {
            return .fail(.protocolError, "client frames must be masked")
        }
        guard !frame.rsv2, !frame.rsv3 else {
            return .fail(.protocolError, "reserved bits set without a negotiated extension")
        }
        if frame.rsv1 {
            // RFC 7692 §6: RSV1 marks the first frame of a compressed data message, nothing else.
            guard compressionNegotiated else {
                return .fail(.protocolError, "RSV1 set without permessage-deflate negotiated")
            }
            guard frame.opcode == .text || frame.opcode == .binary else {
                return .fail(
                    .protocolError, "RSV1 set on a \(frame.opcode == .continuation ? "continuation" : "control") frame")
            }
        }
        switch frame.opcode {
        case .connectionClose, .ping, .pong:
            guard frame.fin else { return .fail(.protocolError, "fragmented control frame") }
            guard frame.length <= 125 else { return .fail(.protocolError, "control frame longer than 125 bytes") }
            return control(frame)
        case .text, .binary:
            guard fragments == nil else {
                return .fail(.protocolError, "new message started before the fragmented one finished")
            }
            guard frame.length <= maxMessageBytes else {
                return .fail(.messageTooBig, "message larger than \(maxMessageBytes) bytes")
            }
            if frame.fin {
                return complete(opcode: frame.opcode, frame.payload, compressed: frame.rsv1)
            }
            fragments = frame.payload
            fragmentsOpcode = frame.opcode
            fragmentsCompressed = frame.rsv1
            fragmentsUTF8 = UTF8Validator()
            if frame.opcode == .text, !frame.rsv1, !fragmentsUTF8.consume(fragments!.readableBytesView) {
                fragments = nil
                return .fail(.invalidPayload, "text message is not valid UTF-8")
            }
            return .none
        case .continuation:
            guard var buffer = fragments else {
                return .fail(.protocolError, "continuation frame without a message to continue")
            }
            guard buffer.readableBytes + frame.length <= maxMessageBytes else {
                fragments = nil
                return .fail(.messageTooBig, "message larger than \(maxMessageBytes) bytes")
            }
            fragments = nil  // drop our reference so the append below does not copy
            var data = frame.payload
            // Fail fast: the bad byte ends the message, whatever follows (RFC 6455 §8.1).
            if fragmentsOpcode == .text, !fragmentsCompressed, !fragmentsUTF8.consume(data.readableBytesView) {
                return .fail(.invalidPayload, "text message is not valid UTF-8")
            }
            buffer.writeBuffer(&data)
            if frame.fin {
                if fragmentsOpcode == .text, !fragmentsCompressed {
                    guard fragmentsUTF8.isComplete else {
                        return .fail(.invalidPayload, "text message is not valid UTF-8")
                    }
                    return .text(buffer)
                }
                return complete(opcode: fragmentsOpcode, buffer, compressed: fragmentsCompressed)
            }
            fragments = buffer
            return .none
        default:
            return .fail(.protocolError, "reserved opcode \(UInt8(webSocketOpcode: frame.opcode))")
        }
    }

    /// The outcome of inflating a ``Action/compressed(_:_:)`` message.
    package func inflated(opcode: WebSocketOpcode, _ result: Result<ByteBuffer, MessageInflater.Failure>) -> Action {
        switch result {
        case .success(let payload): complete(opcode: opcode, payload, compressed: false)
        case .failure(.tooLarge): .fail(.messageTooBig, "message inflates past \(maxMessageBytes) bytes")
        case .failure(.corrupt): .fail(.invalidPayload, "compressed message is not valid deflate data")
        }
    }

    private func complete(opcode: WebSocketOpcode, _ payload: ByteBuffer, compressed: Bool) -> Action {
        if compressed { return .compressed(opcode, payload) }
        if opcode == .binary { return .binary(payload) }
        guard UTF8Validator.isValid(payload.readableBytesView) else {
            return .fail(.invalidPayload, "text message is not valid UTF-8")
        }
        return .text(payload)
    }

    private func control(_ frame: InboundFrame) -> Action {
        switch frame.opcode {
        case .ping:
            return .ping(frame.payload)
        case .pong:
            return .none
        default:
            var data = frame.payload
            guard data.readableBytes > 0 else { return .peerClosed(code: nil, reason: "") }
            guard let code = data.readInteger(as: UInt16.self) else {
                return .fail(.protocolError, "close frame with a one-byte payload")
            }
            guard Self.isValidCloseCode(code) else {
                return .fail(.protocolError, "invalid close code \(code)")
            }
            guard UTF8Validator.isValid(data.readableBytesView) else {
                return .fail(.invalidPayload, "close reason is not valid UTF-8")
            }
            return .peerClosed(code: code, reason: String(decoding: data.readableBytesView, as: UTF8.self))
        }
    }

    /// RFC 6455 §7.4: codes a peer may send.
    static func isValidCloseCode(_ code: UInt16) -> Bool {
        switch code {
        case 1000...1003, 1007...1011, 1012...1014: true
        case 3000...4999: true
        default: false
        }
    }
}

import CreaseProtocol
import Foundation
import NIOCore
import NIOPosix
import NIOWebSocket
import Synchronization

/// A frame the server sent.
public enum ReceivedFrame: Sendable, Equatable {
    case text(String)
    case binary([UInt8])
    /// A close frame: its status code (nil when it carried none) and reason.
    case close(code: UInt16?, reason: String)
    case ping([UInt8])
    case pong([UInt8])

    /// The JSON object of a text frame.
    public var json: JSONValue? {
        guard case .text(let text) = self else { return nil }
        return try? JSONValue(parsing: text)
    }
}

/// The server's answer to the opening handshake.
public struct WebSocketHandshake: Sendable {
    public let status: Int
    public let headers: [(name: String, value: String)]
    public let body: String

    /// The first value of `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    init(_ response: HTTPConnection.Response) {
        status = response.status
        headers = response.headers
        body = response.bodyText
    }
}

/// A data frame exactly as it came off the wire (kept only when asked for).
public struct RawFrame: Sendable, Equatable {
    public let opcode: WebSocketOpcode
    public let rsv1: Bool
    /// The payload before any inflating.
    public let payload: [UInt8]
}

/// The permessage-deflate parameters the server answered (RFC 7692), as this client applies them.
public struct ClientDeflate: Sendable, Equatable {
    /// The window the server compresses with: messages are inflated with exactly this window.
    public var serverWindowBits = 15
    public var serverNoContextTakeover = false
    public var clientWindowBits = 15
    public var clientNoContextTakeover = false

    /// Reads a `Sec-WebSocket-Extensions` answer; nil when it holds no permessage-deflate.
    public init?(response: String?) {
        guard let response,
            let offer = ExtensionOffer.parse([response]).first(where: { $0.name == "permessage-deflate" })
        else { return nil }
        for (name, value) in offer.parameters {
            switch name {
            case "server_no_context_takeover": serverNoContextTakeover = true
            case "client_no_context_takeover": clientNoContextTakeover = true
            case "server_max_window_bits":
                guard let bits = value.flatMap({ Int($0) }), (8...15).contains(bits) else { return nil }
                serverWindowBits = bits
            case "client_max_window_bits":
                guard let bits = value.flatMap({ Int($0) }), (8...15).contains(bits) else { return nil }
                clientWindowBits = bits
            default: return nil
            }
        }
    }
}

public enum WebSocketClientError: Error, Sendable {
    /// The server answered the handshake with something other than 101.
    case handshakeRejected(WebSocketHandshake)
    case connectionClosed
    case timedOut
    case unexpected(ReceivedFrame)
}

/// A small RFC 6455 client on SwiftNIO: a real socket, a real handshake, masked frames.
///
/// Made for tests and the benchmark harness: it can also send deliberately malformed frames
/// (`sendFrame(... masked: false)`, reserved opcodes, RSV bits) and stop reading its socket to
/// play a stalled phone.
public final class WebSocketClient: Sendable {
    public let handshake: WebSocketHandshake
    /// permessage-deflate as the server agreed it; nil when it did not.
    public let deflate: ClientDeflate?
    private let inbox: FrameInbox
    private let channel: any Channel
    private let rawLog: RawFrameLog
    /// Compresses what ``sendCompressed(text:)`` sends, with the context rules the server set.
    private let deflater: Mutex<MessageDeflater?>

    private init(channel: any Channel, handshake: WebSocketHandshake, inbox: FrameInbox, rawLog: RawFrameLog) {
        self.channel = channel
        self.handshake = handshake
        self.inbox = inbox
        self.rawLog = rawLog
        let deflate = ClientDeflate(response: handshake.header("Sec-WebSocket-Extensions"))
        self.deflate = deflate
        self.deflater = Mutex(
            deflate.map { MessageDeflater(windowBits: $0.clientWindowBits, keepsContext: !$0.clientNoContextTakeover) })
    }

    /// The data frames received so far, before inflating (only with `recordRawFrames`).
    public var rawFrames: [RawFrame] { rawLog.frames }

    /// The next frame the server sent, in order. Throws `.connectionClosed` once the TCP
    /// connection is closed and every frame was read, `.timedOut` when none came in time.
    public func nextFrame(timeout: Duration = .seconds(10)) async throws(WebSocketClientError) -> ReceivedFrame {
        switch await inbox.next(timeout: timeout) {
        case .frame(let frame): return frame
        case .closed: throw .connectionClosed
        case .timedOut: throw .timedOut
        }
    }

    /// The next text or close frame, skipping pings and pongs; `timeout` bounds the whole wait
    /// (the server's heartbeat pings do not restart it).
    public func nextMessage(timeout: Duration = .seconds(10)) async throws(WebSocketClientError) -> ReceivedFrame {
        let deadline = ContinuousClock.now + timeout
        while true {
            let frame = try await nextFrame(timeout: max(deadline - ContinuousClock.now, .zero))
            switch frame {
            case .ping, .pong: continue
            default: return frame
            }
        }
    }

    /// The next text message as JSON, skipping control frames; throws on a close.
    public func nextJSON(timeout: Duration = .seconds(10)) async throws(WebSocketClientError) -> JSONValue {
        let frame = try await nextMessage(timeout: timeout)
        guard let json = frame.json else { throw .unexpected(frame) }
        return json
    }

    /// Frames received and not read yet.
    public var bufferedFrames: Int { inbox.buffered }

    /// Connects and performs the opening handshake.
    ///
    /// - Parameters:
    ///   - headers: extra request headers (e.g. `Sec-WebSocket-Extensions`).
    ///   - receiveBuffer: `SO_RCVBUF` in bytes, 0 for the kernel's (small values make a stalled
    ///     reader felt by the server quickly).
    ///   - answerPings: reply to pings automatically (turn off to play a dead peer).
    ///   - recordRawFrames: keep every data frame as it arrived, for ``rawFrames``.
    ///   - source: the local address to connect from (e.g. another loopback address, to play
    ///     another client machine); nil for the kernel's choice.
    ///
    /// When the server accepts a permessage-deflate offer (sent in `headers`), compressed frames
    /// are inflated with the window and context rules it answered.
    public static func connect(
        host: String,
        port: Int,
        path: String = "/v1/ws",
        headers: [(String, String)] = [],
        version: String = "13",
        receiveBuffer: Int = 0,
        answerPings: Bool = true,
        recordRawFrames: Bool = false,
        source: String? = nil,
        group: any EventLoopGroup
    ) async throws -> WebSocketClient {
        let inbox = FrameInbox()
        let rawLog = RawFrameLog(enabled: recordRawFrames)
        let handshakePromise = group.next().makePromise(of: WebSocketHandshake.self)
        var keyBytes = [UInt8](repeating: 0, count: 16)
        for index in keyBytes.indices { keyBytes[index] = UInt8.random(in: 0...255) }
        let key = Data(keyBytes).base64EncodedString()
        var request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        request += "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: \(version)\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        let requestBytes = Array(request.utf8)

        var bootstrap = ClientBootstrap(group: group)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
        if receiveBuffer > 0 {
            bootstrap = bootstrap.channelOption(.socketOption(.so_rcvbuf), value: SocketOptionValue(receiveBuffer))
        }
        if let source { bootstrap = bootstrap.bind(to: try SocketAddress(ipAddress: source, port: 0)) }
        let channel: any Channel
        do {
            channel = try await bootstrap.channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        HTTPUpgradeRequest(
                            request: requestBytes,
                            upgraded: { response in
                                let inflater = ClientDeflate(response: response.header("Sec-WebSocket-Extensions")).map
                                {
                                    MessageInflater(
                                        keepsContext: !$0.serverNoContextTakeover, windowBits: $0.serverWindowBits)
                                }
                                return [
                                    ByteToMessageHandler(WebSocketFrameDecoder(maxFrameSize: 1 << 24)),
                                    ClientFrameHandler(
                                        frames: inbox, answerPings: answerPings, inflater: inflater, rawLog: rawLog),
                                ]
                            },
                            completed: { result in
                                switch result {
                                case .success(let response) where response.status == 101:
                                    handshakePromise.succeed(WebSocketHandshake(response))
                                case .success(let response):
                                    inbox.finish()
                                    handshakePromise.fail(
                                        WebSocketClientError.handshakeRejected(WebSocketHandshake(response)))
                                case .failure(let error):
                                    inbox.finish()
                                    handshakePromise.fail(
                                        error as? ChannelError == .eof ? WebSocketClientError.connectionClosed : error)
                                }
                            }))
                }
            }.connect(host: host, port: port).get()
        } catch {
            handshakePromise.fail(error)  // never connected: no handler will complete it
            throw error
        }
        let handshake = try await handshakePromise.futureResult.get()
        return WebSocketClient(channel: channel, handshake: handshake, inbox: inbox, rawLog: rawLog)
    }

    /// Sends `text` as one compressed (RSV1) text frame; needs permessage-deflate agreed.
    public func sendCompressed(text: String) {
        let payload = deflater.withLock { $0?.compress(Array(text.utf8)) }
        guard let payload else { preconditionFailure("permessage-deflate was not agreed") }
        sendFrame(opcode: .text, payload: payload, rsv1: true)
    }

    /// Sends one client message as a masked text frame.
    public func send(_ message: ClientMessage) {
        sendFrame(opcode: .text, payload: message.encoded)
    }

    /// Sends `text` as one masked text frame.
    public func send(text: String) {
        sendFrame(opcode: .text, payload: Array(text.utf8))
    }

    /// Sends any frame, well-formed or not.
    public func sendFrame(
        opcode: WebSocketOpcode,
        payload: [UInt8],
        fin: Bool = true,
        rsv1: Bool = false,
        masked: Bool = true
    ) {
        let bytes = ClientFrame.encode(opcode: opcode, payload: payload, fin: fin, rsv1: rsv1, masked: masked)
        channel.writeAndFlush(bytes, promise: nil)
    }

    /// Sends bytes as they are (for frames no encoder would produce).
    public func sendRaw(_ bytes: [UInt8]) {
        channel.writeAndFlush(ByteBuffer(bytes: bytes), promise: nil)
    }

    /// Starts the closing handshake.
    public func close(code: UInt16 = 1000) {
        sendFrame(opcode: .connectionClose, payload: [UInt8(code >> 8), UInt8(code & 0xFF)])
    }

    /// Ends the TCP connection without a closing handshake.
    public func disconnect() async {
        try? await channel.close()
    }

    /// Stops or resumes reading the socket (a stalled reader lets the server's writes pile up).
    public func setReading(_ reading: Bool) async throws {
        try await channel.setOption(.autoRead, value: reading).get()
        if reading { channel.read() }
    }

    /// Whether the TCP connection is still open.
    public var isActive: Bool { channel.isActive }

    /// Completes when the TCP connection is closed.
    public func waitUntilClosed() async {
        try? await channel.closeFuture.get()
    }
}

/// Client frames (RFC 6455 §5.2), masked unless a test asks otherwise.
public enum ClientFrame {
    public static func encode(
        opcode: WebSocketOpcode, payload: [UInt8], fin: Bool = true, rsv1: Bool = false, masked: Bool = true
    ) -> ByteBuffer {
        var buffer = ByteBuffer()
        var first = UInt8(webSocketOpcode: opcode)
        if fin { first |= 0x80 }
        if rsv1 { first |= 0x40 }
        buffer.writeInteger(first)
        let maskBit: UInt8 = masked ? 0x80 : 0
        switch payload.count {
        case 0...125: buffer.writeInteger(maskBit | UInt8(payload.count))
        case 126...65_535:
            buffer.writeInteger(maskBit | 126)
            buffer.writeInteger(UInt16(payload.count))
        default:
            buffer.writeInteger(maskBit | 127)
            buffer.writeInteger(UInt64(payload.count))
        }
        if masked {
            let key = UInt32.random(in: 0...UInt32.max)
            buffer.writeInteger(key)
            buffer.reserveCapacity(minimumWritableBytes: payload.count)
            for (offset, byte) in payload.enumerated() {
                // The key's bytes in network order: byte 0 is its top byte.
                buffer.writeInteger(byte ^ UInt8(truncatingIfNeeded: key >> (24 - 8 * UInt32(offset & 3))))
            }
        } else {
            buffer.writeBytes(payload)
        }
        return buffer
    }
}

/// Sends the opening handshake, reads the answer, then hands the socket to frame decoding.
/// Yields decoded server frames into the client's stream; answers pings.
private final class ClientFrameHandler: ChannelInboundHandler {
    typealias InboundIn = WebSocketFrame
    typealias OutboundOut = ByteBuffer

    private let frames: FrameInbox
    private let answerPings: Bool
    private let inflater: MessageInflater?
    private let rawLog: RawFrameLog

    init(frames: FrameInbox, answerPings: Bool, inflater: MessageInflater?, rawLog: RawFrameLog) {
        self.frames = frames
        self.answerPings = answerPings
        self.inflater = inflater
        self.rawLog = rawLog
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        var payload = Array(frame.unmaskedData.readableBytesView)
        if frame.opcode == .text || frame.opcode == .binary {
            rawLog.append(RawFrame(opcode: frame.opcode, rsv1: frame.rsv1, payload: payload))
        }
        if frame.rsv1 {
            // A compressed message from a server that never agreed to it, or one that does not
            // inflate, is a protocol failure: surface it as a close the test can see.
            guard let inflater, case .success(let inflated) = inflater.decompress(payload, limit: 1 << 26) else {
                frames.push(.close(code: 1002, reason: "client: bad compressed frame"))
                context.close(promise: nil)
                return
            }
            payload = inflated
        }
        switch frame.opcode {
        case .text: frames.push(.text(String(decoding: payload, as: UTF8.self)))
        case .binary: frames.push(.binary(payload))
        case .ping:
            frames.push(.ping(payload))
            if answerPings {
                context.writeAndFlush(
                    wrapOutboundOut(ClientFrame.encode(opcode: .pong, payload: payload)), promise: nil)
            }
        case .pong: frames.push(.pong(payload))
        case .connectionClose:
            let code = payload.count >= 2 ? UInt16(payload[0]) << 8 | UInt16(payload[1]) : nil
            let reason = payload.count > 2 ? String(decoding: payload[2...], as: UTF8.self) : ""
            frames.push(.close(code: code, reason: reason))
        default: break
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        frames.finish()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        frames.finish()
        context.close(promise: nil)
    }
}

/// The raw data frames of one client, when a test asks for them.
final class RawFrameLog: Sendable {
    private let enabled: Bool
    private let storage = Mutex<[RawFrame]>([])

    init(enabled: Bool) { self.enabled = enabled }

    func append(_ frame: RawFrame) {
        guard enabled else { return }
        storage.withLock { $0.append(frame) }
    }

    var frames: [RawFrame] { storage.withLock { $0 } }
}

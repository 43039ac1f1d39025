import CHiredis
#if canImport(Glibc)
import Glibc
#endif

/// A reply from Redis, copied out of hiredis's memory.
public enum RedisReply: Sendable, Equatable {
    case string([UInt8])
    case status(String)
    case integer(Int64)
    case array([RedisReply])
    case null
    case error(String)

    public var bytes: [UInt8]? {
        if case .string(let bytes) = self { return bytes }
        return nil
    }

    public var text: String? { bytes.map { String(decoding: $0, as: UTF8.self) } }

    public var integer: Int64? {
        if case .integer(let value) = self { return value }
        return nil
    }

    public var elements: [RedisReply]? {
        if case .array(let elements) = self { return elements }
        return nil
    }
}

/// A Redis connection failed, or a command was refused.
public struct RedisError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// The connection is unusable (refused, dropped, protocol error): reconnect.
    public let connectionLost: Bool

    public init(_ description: String, connectionLost: Bool = false) {
        self.description = description
        self.connectionLost = connectionLost
    }
}

/// Where Redis is: `redis://host:port[/db]`.
public struct RedisEndpoint: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var database: Int

    public init(host: String, port: Int, database: Int = 0) {
        self.host = host
        self.port = port
        self.database = database
    }

    /// Parses `redis://host[:port][/db]`; nil when the URL is not of that form.
    public init?(url: String) {
        guard url.hasPrefix("redis://") else { return nil }
        var rest = Substring(url.dropFirst("redis://".count))
        var database = 0
        if let slash = rest.firstIndex(of: "/") {
            let path = rest[rest.index(after: slash)...]
            if !path.isEmpty {
                guard let value = Int(path), value >= 0 else { return nil }
                database = value
            }
            rest = rest[..<slash]
        }
        var port = 6379
        if let colon = rest.lastIndex(of: ":") {
            guard let value = Int(rest[rest.index(after: colon)...]), (1...65_535).contains(value) else { return nil }
            port = value
            rest = rest[..<colon]
        }
        guard !rest.isEmpty, !rest.contains("@") else { return nil }
        self.init(host: String(rest), port: port, database: database)
    }

    public var description: String { "redis://\(host):\(port)/\(database)" }
}

/// One blocking hiredis connection (RESP2).
///
/// Not thread-safe: one owner at a time (the subscriber thread, or a command pool thread
/// holding the lock). Binary safe: arguments and replies are byte arrays.
final class RedisConnection {
    private let context: UnsafeMutablePointer<redisContext>

    init(_ endpoint: RedisEndpoint, timeoutSeconds: Int = 2) throws(RedisError) {
        let timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        guard let context = redisConnectWithTimeout(endpoint.host, Int32(endpoint.port), timeout) else {
            throw RedisError("cannot allocate a Redis context")
        }
        if context.pointee.err != 0 {
            let message = RedisConnection.errorText(context)
            redisFree(context)
            throw RedisError("cannot connect to \(endpoint): \(message)", connectionLost: true)
        }
        self.context = context
        redisSetTimeout(context, timeout)
        if endpoint.database != 0 {
            let reply = try command(["SELECT", "\(endpoint.database)"])
            if case .error(let message) = reply { throw RedisError("SELECT \(endpoint.database): \(message)") }
        }
    }

    deinit {
        redisFree(context)
    }

    var fileDescriptor: Int32 { context.pointee.fd }

    /// Sends a command and waits for its reply.
    func command(_ arguments: [String]) throws(RedisError) -> RedisReply {
        try command(bytes: arguments.map { Array($0.utf8) })
    }

    func command(bytes arguments: [[UInt8]]) throws(RedisError) -> RedisReply {
        let raw = Self.withArgv(arguments) { count, argv, lengths in redisCommandArgv(context, count, argv, lengths) }
        guard let raw else { throw RedisError("Redis connection lost: \(Self.errorText(context))", connectionLost: true) }
        defer { freeReplyObject(raw) }
        return Self.convert(raw.assumingMemoryBound(to: redisReply.self))
    }

    /// Queues a command without waiting (the subscriber's SUBSCRIBE/UNSUBSCRIBE).
    func append(_ arguments: [String]) throws(RedisError) {
        let status = Self.withArgv(arguments.map { Array($0.utf8) }) { count, argv, lengths in
            redisAppendCommandArgv(context, count, argv, lengths)
        }
        guard status == REDIS_OK else { throw RedisError("Redis connection lost: \(Self.errorText(context))", connectionLost: true) }
    }

    /// Writes what `append` queued.
    func flush() throws(RedisError) {
        var done: Int32 = 0
        while done == 0 {
            guard redisBufferWrite(context, &done) == REDIS_OK else {
                throw RedisError("Redis connection lost: \(Self.errorText(context))", connectionLost: true)
            }
        }
    }

    /// Reads what the socket has and returns every complete reply in it.
    func readAvailable() throws(RedisError) -> [RedisReply] {
        guard redisBufferRead(context) == REDIS_OK else {
            throw RedisError("Redis connection lost: \(Self.errorText(context))", connectionLost: true)
        }
        var replies: [RedisReply] = []
        while true {
            var raw: UnsafeMutableRawPointer?
            guard redisGetReplyFromReader(context, &raw) == REDIS_OK else {
                throw RedisError("Redis protocol error: \(Self.errorText(context))", connectionLost: true)
            }
            guard let raw else { return replies }
            replies.append(Self.convert(raw.assumingMemoryBound(to: redisReply.self)))
            freeReplyObject(raw)
        }
    }

    private static func withArgv<T>(
        _ arguments: [[UInt8]],
        _ body: (Int32, UnsafeMutablePointer<UnsafePointer<CChar>?>, UnsafePointer<Int>) -> T
    ) -> T {
        let pointers = arguments.map { argument -> UnsafeMutablePointer<CChar> in
            let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: max(argument.count, 1))
            argument.withUnsafeBytes { raw in
                if let base = raw.baseAddress { UnsafeMutableRawPointer(pointer).copyMemory(from: base, byteCount: argument.count) }
            }
            return pointer
        }
        defer { pointers.forEach { $0.deallocate() } }
        var argv = pointers.map { UnsafePointer<CChar>?(UnsafePointer($0)) }
        let lengths = arguments.map(\.count)
        return argv.withUnsafeMutableBufferPointer { argvBuffer in
            lengths.withUnsafeBufferPointer { lengthBuffer in
                body(Int32(arguments.count), argvBuffer.baseAddress!, lengthBuffer.baseAddress!)
            }
        }
    }

    private static func convert(_ reply: UnsafeMutablePointer<redisReply>) -> RedisReply {
        let value = reply.pointee
        switch value.type {
        case REDIS_REPLY_STRING:
            return .string(value.str.map { Array(UnsafeRawBufferPointer(start: $0, count: value.len)) } ?? [])
        case REDIS_REPLY_STATUS:
            return .status(value.str.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: value.len), as: UTF8.self) } ?? "")
        case REDIS_REPLY_ERROR:
            return .error(value.str.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: value.len), as: UTF8.self) } ?? "")
        case REDIS_REPLY_INTEGER:
            return .integer(Int64(value.integer))
        case REDIS_REPLY_ARRAY:
            return .array((0..<value.elements).map { convert(value.element[$0]!) })
        default:
            return .null
        }
    }

    private static func errorText(_ context: UnsafeMutablePointer<redisContext>) -> String {
        withUnsafeBytes(of: context.pointee.errstr) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }
}

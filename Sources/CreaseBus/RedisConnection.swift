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
    /// Redis refused the credentials (`WRONGPASS`), or wants some and got none (`NOAUTH`):
    /// retrying cannot help, the operator must fix the configuration.
    public let authenticationFailed: Bool

    public init(_ description: String, connectionLost: Bool = false, authenticationFailed: Bool = false) {
        self.description = description
        self.connectionLost = connectionLost
        self.authenticationFailed = authenticationFailed
    }

    /// A write the slot's primary took but no replica confirmed within the wait: it survives
    /// only as long as that primary does, so it is not acknowledged.
    static func notReplicated(key: String, within milliseconds: Int) -> RedisError {
        RedisError("no replica confirmed the write of \(key) within \(milliseconds) ms (WAIT)")
    }
}

/// Who Crease is to Redis: `AUTH [username] password` on every connection it opens.
public struct RedisCredentials: Sendable, Equatable {
    /// An ACL user; nil authenticates as the default user (`requirepass`).
    public var username: String?
    public var password: String

    public init(username: String? = nil, password: String) {
        self.username = username
        self.password = password
    }
}

/// Where Redis is: `redis://[[user]:password@]host[:port][/db]`.
///
/// Its `description` never shows the password (it is what logs and errors print).
public struct RedisEndpoint: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var database: Int
    public var credentials: RedisCredentials?

    public init(host: String, port: Int, database: Int = 0, credentials: RedisCredentials? = nil) {
        self.host = host
        self.port = port
        self.database = database
        self.credentials = credentials
    }

    /// Parses `redis://[[user]:password@]host[:port][/db]`; nil when the URL is not of that form
    /// (``parse(_:)`` says why).
    public init?(url: String) {
        guard let endpoint = try? Self.parse(url) else { return nil }
        self = endpoint
    }

    /// Parses a Redis URL, or says what is wrong with it without repeating its password.
    ///
    /// The user and password may be percent-encoded (`%40` for `@`). `rediss://` (TLS) is refused
    /// with the remedy: the linked hiredis (Debian 12's 0.14) has no TLS.
    public static func parse(_ url: String) throws(RedisURLError) -> RedisEndpoint {
        if url.hasPrefix("rediss://") { throw .tlsUnsupported }
        guard url.hasPrefix("redis://") else { throw .malformed("expected redis://[[user]:password@]host[:port][/db]") }
        var rest = Substring(url.dropFirst("redis://".count))
        var credentials: RedisCredentials?
        if let at = rest.lastIndex(of: "@") {
            let userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
            guard let colon = userInfo.firstIndex(of: ":") else {
                throw .malformed(
                    "has a user but no password; write redis://user:password@host or redis://:password@host")
            }
            guard let user = Self.percentDecoded(userInfo[..<colon]),
                let password = Self.percentDecoded(userInfo[userInfo.index(after: colon)...])
            else { throw .malformed("has an invalid percent-escape in its user or password") }
            guard !password.isEmpty else { throw .malformed("has an empty password") }
            credentials = RedisCredentials(username: user.isEmpty ? nil : user, password: password)
        }
        var database = 0
        if let slash = rest.firstIndex(of: "/") {
            let path = rest[rest.index(after: slash)...]
            if !path.isEmpty {
                guard let value = Int(path), value >= 0 else {
                    throw .malformed("has database '\(path)'; expected a number")
                }
                database = value
            }
            rest = rest[..<slash]
        }
        var port = 6379
        if let colon = rest.lastIndex(of: ":") {
            guard let value = Int(rest[rest.index(after: colon)...]), (1...65_535).contains(value) else {
                throw .malformed("has an invalid port; expected 1 to 65535")
            }
            port = value
            rest = rest[..<colon]
        }
        guard !rest.isEmpty else { throw .malformed("has no host") }
        return RedisEndpoint(host: String(rest), port: port, database: database, credentials: credentials)
    }

    /// Connects once (and authenticates): start-up's check that the credentials work. Throws
    /// with `authenticationFailed` when Redis refuses them, `connectionLost` when it is down.
    public func checkConnection() throws(RedisError) {
        _ = try RedisConnection(self)
    }

    /// `host:port` without scheme or credentials (cluster seeds, `MOVED` targets).
    public var address: String { "\(host):\(port)" }

    public var description: String {
        let user = credentials.map { "\($0.username ?? ""):***@" } ?? ""
        return "redis://\(user)\(host):\(port)/\(database)"
    }

    private static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "%") {
                let first = utf8.index(after: index)
                guard first < utf8.endIndex, utf8.index(after: first) < utf8.endIndex,
                    let high = hexValue(utf8[first]), let low = hexValue(utf8[utf8.index(after: first)])
                else { return nil }
                bytes.append(high << 4 | low)
                index = utf8.index(first, offsetBy: 2)
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// Why a Redis URL cannot be used; never contains the URL's password.
public enum RedisURLError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    /// `rediss://`: this build's hiredis cannot speak TLS.
    case tlsUnsupported

    public var description: String {
        switch self {
        case .malformed(let reason): reason
        case .tlsUnsupported:
            "uses rediss:// (TLS), which the linked hiredis (Debian 12's 0.14) cannot speak; run a TLS sidecar "
                + "such as stunnel next to Crease and point it at the sidecar with redis:// (README: Redis over TLS)"
        }
    }
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
        try authenticate(endpoint)
        if endpoint.database != 0 {
            let reply = try command(["SELECT", "\(endpoint.database)"])
            if case .error(let message) = reply { throw RedisError("SELECT \(endpoint.database): \(message)") }
        }
    }

    deinit {
        redisFree(context)
    }

    /// `AUTH` with the endpoint's credentials, or a `PING` without: a Redis that wants a
    /// password says `NOAUTH` here, at connect, not later as a refused `SUBSCRIBE`.
    private func authenticate(_ endpoint: RedisEndpoint) throws(RedisError) {
        let reply: RedisReply
        if let credentials = endpoint.credentials {
            reply = try command(["AUTH"] + (credentials.username.map { [$0] } ?? []) + [credentials.password])
        } else {
            reply = try command(["PING"])
        }
        guard case .error(let message) = reply else { return }
        let refused =
            message.hasPrefix("WRONGPASS") || message.hasPrefix("NOAUTH") || message.hasPrefix("ERR AUTH")
            || message.contains("invalid password") || message.contains("invalid username")
        throw RedisError(
            refused
                ? "Redis at \(endpoint.address) refused the credentials: \(message)"
                : "Redis at \(endpoint.address): \(message)",
            authenticationFailed: refused)
    }

    var fileDescriptor: Int32 { context.pointee.fd }

    /// Sends a command and waits for its reply.
    func command(_ arguments: [String]) throws(RedisError) -> RedisReply {
        try command(bytes: arguments.map { Array($0.utf8) })
    }

    func command(bytes arguments: [[UInt8]]) throws(RedisError) -> RedisReply {
        let raw = Self.withArgv(arguments) { count, argv, lengths in redisCommandArgv(context, count, argv, lengths) }
        guard let raw else {
            throw RedisError("Redis connection lost: \(Self.errorText(context))", connectionLost: true)
        }
        defer { freeReplyObject(raw) }
        return Self.convert(raw.assumingMemoryBound(to: redisReply.self))
    }

    /// Queues a command without waiting (the subscriber's SUBSCRIBE/UNSUBSCRIBE).
    func append(_ arguments: [String]) throws(RedisError) {
        let status = Self.withArgv(arguments.map { Array($0.utf8) }) { count, argv, lengths in
            redisAppendCommandArgv(context, count, argv, lengths)
        }
        guard status == REDIS_OK else {
            throw RedisError("Redis connection lost: \(Self.errorText(context))", connectionLost: true)
        }
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
                if let base = raw.baseAddress {
                    UnsafeMutableRawPointer(pointer).copyMemory(from: base, byteCount: argument.count)
                }
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
            return .status(
                value.str.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: value.len), as: UTF8.self) }
                    ?? "")
        case REDIS_REPLY_ERROR:
            return .error(
                value.str.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: value.len), as: UTF8.self) }
                    ?? "")
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

import NIOHTTP1

/// The head of an HTTP/1.1 request read straight off a socket by the epoll transport, parsed
/// only as far as a WebSocket upgrade needs: the fast path of `TRANSPORT=epoll`.
///
/// The parser is deliberately narrow: it accepts `GET <origin-form> HTTP/1.1`, header lines of
/// token names and visible-ASCII values ended by CRLF, at most ``maxHeadBytes`` and
/// ``maxFields``, and nothing else. Anything it does not accept is not an error here: the
/// caller hands the connection, bytes and all, to SwiftNIO's full HTTP parser, which answers it
/// as on the NIO transport. So a client is never refused by this parser, only served by the
/// other one.
package struct UpgradeRequestHead: Equatable {
    /// The request target (path and query).
    package var target: String
    package var headers: HTTPHeaders
    /// Bytes of the head, through its blank line; what follows belongs to the WebSocket.
    package var length: Int

    package static let maxHeadBytes = 8_192
    package static let maxFields = 64

    package enum Parse: Equatable {
        case complete(UpgradeRequestHead)
        /// A valid beginning: more bytes may complete it.
        case incomplete
        /// Not something this parser serves (another method, HTTP/1.0, an odd byte, too big).
        case unsupported
    }

    /// The path of ``target``, without its query.
    package var path: Substring {
        target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    package static func parse(_ bytes: some RandomAccessCollection<UInt8>) -> Parse {
        let bytes = Array(bytes.prefix(maxHeadBytes + 1))
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        var headEnd: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                // Lines end with CRLF only; a bare LF is for the full parser.
                guard index > start, bytes[index - 1] == 0x0D else { return .unsupported }
                let line = bytes[start..<(index - 1)]
                if line.isEmpty {
                    headEnd = index + 1
                    break
                }
                lines.append(line)
                guard lines.count <= maxFields + 1 else { return .unsupported }
                start = index + 1
            } else if byte == 0x0D {
                guard index + 1 >= bytes.count || bytes[index + 1] == 0x0A else { return .unsupported }
            } else if byte != 0x09, byte < 0x20 || byte > 0x7E {
                return .unsupported  // control bytes and non-ASCII: the full parser's call
            }
            index += 1
        }
        guard let headEnd else {
            return bytes.count > maxHeadBytes
                ? .unsupported : requestLineIsValidSoFar(bytes) ? .incomplete : .unsupported
        }
        guard headEnd <= maxHeadBytes, let requestLine = lines.first, let target = Self.target(of: requestLine) else {
            return .unsupported
        }
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: 0x3A), colon > line.startIndex else { return .unsupported }
            let name = line[line.startIndex..<colon]
            guard name.allSatisfy(isTokenByte) else { return .unsupported }
            let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
            let trimmed = value.reversed().drop { $0 == 0x20 || $0 == 0x09 }.reversed()
            headers.add(name: String(decoding: name, as: UTF8.self), value: String(decoding: trimmed, as: UTF8.self))
        }
        return .complete(UpgradeRequestHead(target: target, headers: headers, length: headEnd))
    }

    /// `GET /… HTTP/1.1`, or nil.
    private static func target(of line: ArraySlice<UInt8>) -> String? {
        let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].elementsEqual("GET".utf8), parts[2].elementsEqual("HTTP/1.1".utf8),
            parts[1].first == 0x2F, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        else { return nil }
        return String(decoding: parts[1], as: UTF8.self)
    }

    /// Whether an unfinished head still starts like one this parser serves.
    private static func requestLineIsValidSoFar(_ bytes: [UInt8]) -> Bool {
        let method = Array("GET /".utf8)
        return bytes.prefix(method.count).elementsEqual(method.prefix(min(method.count, bytes.count)))
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true
        default: false
        }
    }

    /// The `101 Switching Protocols` response with `headers`.
    package static func switchingProtocols(_ headers: HTTPHeaders) -> [UInt8] {
        var text = "HTTP/1.1 101 Switching Protocols\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        return Array(text.utf8)
    }
}

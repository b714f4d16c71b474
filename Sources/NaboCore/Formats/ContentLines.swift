/// Content lines as iCalendar (RFC 5545, 3.1) and vCard (RFC 6350, 3.2) write them: at most 75
/// octets before each CRLF, longer lines continued on lines that start with a space. A cut never
/// falls inside a UTF-8 sequence, so no reader is ever handed half an "ø".
public enum ContentLines {
    public static let limit = 75

    /// TEXT values (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`.
    public static func escape(_ s: String) -> String {
        var out = ""
        var previousCR = false
        for c in s.unicodeScalars {
            defer { previousCR = c == "\r" }
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// One logical line as physical lines of at most `limit` octets, the continuation space included.
    public static func fold(_ line: String) -> [String] {
        let bytes = Array(line.utf8)
        var parts: [String] = []
        var start = 0
        while start < bytes.count {
            let room = parts.isEmpty ? limit : limit - 1
            var cut = min(start + room, bytes.count)
            // Back off to the first byte of a sequence; continuation bytes are 10xxxxxx.
            while cut < bytes.count, cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            parts.append((parts.isEmpty ? "" : " ") + String(decoding: bytes[start..<cut], as: UTF8.self))
            start = cut
        }
        return parts.isEmpty ? [""] : parts
    }

    /// Lines folded and ended with CRLF, as both formats require.
    public static func document(_ lines: [String]) -> String {
        lines.flatMap(fold).map { $0 + "\r\n" }.joined()
    }
}

/// The characters that make a terminal move its cursor, retitle its window or clear itself: C0
/// (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). Text can come from a sync folder or a
/// script, so the rules refuse them in typed values and whatever is shown to a person shows them
/// escaped, never raw.
public enum ControlCharacters {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Tab and newline are the two a long text (a visit's note) may hold.
    public static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == "\n"
    }

    /// Whether `text` holds no control character; tab and newline pass when `allowingLineBreaks`.
    public static func isClean(_ text: some StringProtocol, allowingLineBreaks: Bool = false) -> Bool {
        !needsEscaping(text, allowingLineBreaks: allowingLineBreaks, backslash: false)
    }

    /// The same for UTF-8 bytes as they lie in a file, such as a journal line from a sync folder.
    public static func isClean(utf8 bytes: UnsafeBufferPointer<UInt8>, allowingLineBreaks: Bool = false) -> Bool {
        !needsEscaping(bytes, allowingLineBreaks: allowingLineBreaks, backslash: false)
    }

    /// `text` as it may be shown: each control character written as `\u{1B}` (two hex digits) and
    /// each backslash doubled, so that a text that really holds `\u{1B}` shows as `\\u{1B}` and the
    /// escaped form reads back to exactly one text. With `keepingLineBreaks`, tab and newline stay.
    public static func escaped(_ text: some StringProtocol, keepingLineBreaks: Bool = false) -> String {
        guard needsEscaping(text, allowingLineBreaks: keepingLineBreaks, backslash: true) else { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                out += "\\\\"
            } else if isControl(scalar), !(keepingLineBreaks && isLineBreak(scalar)) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u{" + (hex.count < 2 ? "0" : "") + hex + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscaping(_ text: some StringProtocol, allowingLineBreaks: Bool, backslash: Bool) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ needsEscaping($0, allowingLineBreaks: allowingLineBreaks, backslash: backslash) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { needsEscaping($0, allowingLineBreaks: allowingLineBreaks, backslash: backslash) }
    }

    /// One pass over the bytes: C0 and DEL are single bytes, and C1 is 0xC2 followed by 0x80–0x9F,
    /// so no character needs decoding and printable ASCII costs one comparison.
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>, allowingLineBreaks: Bool, backslash: Bool) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            i += 1
            if b >= 0x20, b < 0x7F {
                if backslash, b == UInt8(ascii: "\\") { return true }
                continue
            }
            if b < 0x20 {
                if allowingLineBreaks, b == 0x09 || b == 0x0A { continue }
                return true
            }
            if b == 0x7F { return true }
            if b == 0xC2, i < n, bytes[i] >= 0x80, bytes[i] < 0xA0 { return true }
        }
        return false
    }
}

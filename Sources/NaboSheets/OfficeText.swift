/// Text as Office keeps it in XML: a character XML cannot hold (most control characters) is
/// written `_xHHHH_`, and an underscore that would read as the start of one is `_x005F_`.
enum OfficeText {
    static func decoded(_ s: String) -> String {
        guard s.contains("_x") else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if i + 6 < scalars.count, scalars[i] == "_", scalars[i + 1] == "x", scalars[i + 6] == "_",
               let code = UInt32(String(String.UnicodeScalarView(scalars[i + 2...i + 5])), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.append(scalar)
                i += 7
            } else {
                out.append(scalars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text as XML element content: markup characters as entities, and what XML 1.0 cannot
    /// hold, or what would read back as an escape, in Office's `_xHHHH_` form.
    static func xml(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(c)
            case "_" where i + 6 < scalars.count && scalars[i + 1] == "x" && scalars[i + 6] == "_"
                && scalars[i + 2...i + 5].allSatisfy({ $0.properties.isASCIIHexDigit }):
                out += "_x005F_"
            default:
                if c.value < 0x20 || (0xFFFE...0xFFFF).contains(c.value) {
                    let hex = String(c.value, radix: 16, uppercase: true)
                    out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }
}

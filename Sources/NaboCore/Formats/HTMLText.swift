/// Text placed in HTML, SVG and CSS. Report texts come from records workers typed and from files
/// others could have written, so every one is escaped where it lands: a `<script>` stays text.
enum HTMLText {
    /// `s` as element content or a quoted attribute value, valid in HTML and in XML alike: the five
    /// markup characters as entities, a control character in the shown `\u{1B}` form, and a
    /// noncharacter (which neither allows) as U+FFFD.
    static func escaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in shown(s).unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// `s` as a quoted CSS string: everything but letters, digits and the space as a hex escape, so
    /// no quote, backslash or `</style>` can end the string or the style sheet.
    static func cssString(_ s: String) -> String {
        var out = "\""
        for c in shown(s).unicodeScalars {
            if c == " " || (c.properties.isAlphabetic && c.value > 0x7F) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) {
                out.unicodeScalars.append(c)
            } else {
                out += "\\" + String(c.value, radix: 16) + " "
            }
        }
        return out + "\""
    }

    /// The text as it may be shown: control characters in their visible form, noncharacters replaced.
    static func shown(_ s: String) -> String {
        let text = ControlCharacters.isClean(s, allowingLineBreaks: true) ? s : ControlCharacters.escaped(s, keepingLineBreaks: true)
        guard text.unicodeScalars.contains(where: isNoncharacter) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isNoncharacter($0) ? "\u{FFFD}" : $0 }))
    }

    static func isNoncharacter(_ c: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(c.value) || c.value & 0xFFFE == 0xFFFE
    }
}

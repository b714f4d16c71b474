/// Which cell styles show a number as a date: Excel keeps a date as a day count and only the
/// style's number format says it is one.
struct DateStyles {
    /// Indexed by a cell's `s`: true when that style's number format is a date or time.
    let isDate: [Bool]

    init(_ styles: StylesXML?) {
        let custom = Dictionary((styles?.numFmts?.numFmt ?? []).map { ($0.numFmtId, $0.formatCode) }, uniquingKeysWith: { a, _ in a })
        isDate = (styles?.cellXfs?.xf ?? []).map { xf in
            let id = xf.numFmtId ?? 0
            if let code = custom[id] { return Self.isDateFormat(code) }
            return Self.builtInDates.contains(id)
        }
    }

    func isDate(style: Int) -> Bool { style >= 0 && style < isDate.count && isDate[style] }

    /// The built-in formats that are dates and times (m/d/yyyy, d-mmm-yy, h:mm, mm:ss, ...).
    static let builtInDates: Set<Int> = Set(14...22).union(45...47)

    /// A custom format is a date when it has a d, m or y outside quoted text, `[...]` (a colour,
    /// a locale or a condition), and characters escaped with `\`, `_` or `*`.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, skipNext = false
        for c in code.lowercased() {
            if skipNext { skipNext = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            if bracket { if c == "]" { bracket = false }; continue }
            switch c {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": skipNext = true
            case "d", "m", "y": return true
            default: break
            }
        }
        return false
    }
}

/// What the report's two charts share: a fixed coordinate width scaled to the column (the viewBox),
/// text measured by an estimate wide enough for DejaVu Sans, labels wrapped to lines, and the key.
/// Each chart is one SVG element that is well-formed XML on its own, with ids under its prefix.
struct ReportSVG {
    static let width = 440.0
    static let fontSize = 14.0
    static let lineHeight = 19.0
    static let font = "DejaVu Sans, Helvetica, Arial, sans-serif"

    /// The chart's own prefix for its ids ("chart-3"), so patterns never clash between charts.
    let prefix: String
    var parts: [String] = []
    var y = 0.0

    init(prefix: String) {
        self.prefix = prefix
    }

    /// The width a text needs, over-estimated so that nothing placed after it overlaps.
    static func textWidth(_ s: String) -> Double {
        Double(s.count) * fontSize * 0.64
    }

    /// Words wrapped into lines no wider than `width`; a word longer than a line is cut.
    static func wrap(_ s: String, width: Double) -> [String] {
        let perLine = max(4, Int(width / (fontSize * 0.64)))
        var lines: [String] = []
        var line = ""
        for word in s.split(whereSeparator: \.isWhitespace).map(String.init) {
            var rest = word
            while rest.count > perLine {
                if !line.isEmpty { lines.append(line); line = "" }
                lines.append(String(rest.prefix(perLine)))
                rest = String(rest.dropFirst(perLine))
            }
            if line.isEmpty { line = rest } else if line.count + 1 + rest.count <= perLine { line += " " + rest } else { lines.append(line); line = rest }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// A coordinate (never negative) with at most one decimal, the same on every machine.
    static func number(_ x: Double) -> String {
        let tenths = Int((max(0, x) * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : String(tenths / 10) + "." + String(tenths % 10)
    }

    func id(_ name: String) -> String { prefix + "-" + name }

    /// A text whose baseline sits so that its line's top is `top`.
    mutating func text(_ s: String, x: Double, top: Double, anchor: String = "start", attributes: String = "") {
        let a = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
        parts.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(top + Self.fontSize))\"\(a)\(attributes)>\(HTMLText.escaped(s))</text>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String) {
        parts.append("<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" fill=\"url(#\(id(fill)))\" stroke=\"#111\" stroke-width=\"0.75\"/>")
    }

    /// The key: "Key:" and a swatch in each fill beside its name, wrapping to as many lines as it needs.
    mutating func legend(_ items: [(fill: String, name: String)], language: Language) {
        let title = Message(nb: "Forklaring:", en: "Key:").text(language)
        var x = Self.textWidth(title) + 6
        text(title, x: 0, top: y, attributes: " font-weight=\"bold\"")
        for item in items {
            let w = 22 + Self.textWidth(item.name)
            if x > 0, x + w > Self.width { x = 0; y += Self.lineHeight + 4 }
            rect(x: x, y: y + 2, width: 16, height: 16, fill: item.fill)
            text(item.name, x: x + 21, top: y)
            x += w + 14
        }
        y += Self.lineHeight + 12
    }

    /// The finished chart, labelled by its caption for a screen reader (which reads the table after it).
    func svg(caption: String, patterns: [String]) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(y))\" width=\"100%\""
            + " role=\"img\" aria-labelledby=\"\(id("title"))\" font-family=\"\(Self.font)\" font-size=\"\(Self.number(Self.fontSize))\" fill=\"#111\">"
            + "<title id=\"\(id("title"))\">\(HTMLText.escaped(caption))</title>"
            + "<defs>" + patterns.joined() + "</defs>"
            + parts.joined() + "</svg>"
    }
}

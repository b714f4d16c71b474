/// A bar chart drawn across the column: each group's label on its own lines with the comparison at
/// the right, under it one bar per series from a common zero, each with its figure written after
/// it. A hidden figure draws no bar and shows its text ("<5") at zero.
enum ReportBarSVG {
    static let barHeight = 18.0

    static func svg(_ chart: ReportBarChart, prefix: String, language: Language) -> String {
        var c = ReportSVG(prefix: prefix)
        let fills = chart.series.indices.map { "s\($0)" }
        if chart.series.count > 1 || !(chart.series.first ?? "").isEmpty {
            c.legend(chart.series.indices.map { (fills[$0], chart.series[$0]) }, language: language)
        }
        let figures = chart.groups.flatMap(\.values)
        let top = figures.compactMap(\.value).max() ?? 0
        let widest = figures.map { ReportSVG.textWidth($0.text) }.max() ?? 0
        let room = max(ReportSVG.width / 2, ReportSVG.width - widest - 8)
        for group in chart.groups {
            let compared = group.comparison.isEmpty ? 0 : ReportSVG.textWidth(group.comparison) + 12
            let lines = ReportSVG.wrap(group.label, width: ReportSVG.width - compared)
            if !group.comparison.isEmpty {
                c.text(group.comparison, x: ReportSVG.width, top: c.y, anchor: "end", attributes: " font-style=\"italic\"")
            }
            for line in lines {
                c.text(line, x: 0, top: c.y, attributes: " font-weight=\"bold\"")
                c.y += ReportSVG.lineHeight
            }
            c.y += 3
            let start = c.y
            for (i, figure) in group.values.enumerated() {
                let length = top > 0 ? max(0, figure.value ?? 0) / top * room : 0
                if figure.value != nil, length > 0 {
                    c.rect(x: 0, y: c.y, width: length, height: barHeight, fill: fills[min(i, fills.count - 1)])
                }
                c.text(figure.text, x: length + 5, top: c.y + (barHeight - ReportSVG.fontSize) / 2 - 2)
                c.y += barHeight + 4
            }
            c.parts.append("<line x1=\"0.5\" y1=\"\(ReportSVG.number(start - 2))\" x2=\"0.5\" y2=\"\(ReportSVG.number(c.y - 2))\" stroke=\"#111\"/>")
            c.y += 12
        }
        return c.svg(caption: chart.caption, patterns: fills.indices.map { ReportPatterns.series($0, id: c.id(fills[$0])) })
    }
}

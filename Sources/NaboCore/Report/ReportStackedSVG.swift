/// Distributions as 100 % bars: each row's label with its number who answered at the right, under
/// it one bar split into the answers in the scale's order, each part labelled with its count where
/// the part is wide enough for it. A hidden row draws no bar.
enum ReportStackedSVG {
    static let barHeight = 24.0

    static func svg(_ chart: ReportStackedChart, prefix: String, language: Language) -> String {
        var c = ReportSVG(prefix: prefix)
        let fills = chart.categories.indices.map { "k\($0)" }
        c.legend(chart.categories.indices.map { (fills[$0], chart.categories[$0]) }, language: language)
        for row in chart.rows {
            let totalWidth = ReportSVG.textWidth(row.total) + 12
            c.text(row.total, x: ReportSVG.width, top: c.y, anchor: "end")
            for line in ReportSVG.wrap(row.label, width: ReportSVG.width - totalWidth) {
                c.text(line, x: 0, top: c.y, attributes: " font-weight=\"bold\"")
                c.y += ReportSVG.lineHeight
            }
            c.y += 3
            let sum = row.counts.reduce(0, +)
            if sum > 0 {
                var x = 0.0
                for (i, count) in row.counts.enumerated() where count > 0 && i < fills.count {
                    let w = Double(count) / Double(sum) * ReportSVG.width
                    c.rect(x: x, y: c.y, width: w, height: barHeight, fill: fills[i])
                    if ReportSVG.textWidth(String(count)) + 4 <= w {
                        c.text(String(count), x: x + w / 2, top: c.y + (barHeight - ReportSVG.fontSize) / 2 - 2, anchor: "middle",
                               attributes: " font-weight=\"bold\" stroke=\"#FFFFFF\" stroke-width=\"3\" paint-order=\"stroke\"")
                    }
                    x += w
                }
                c.y += barHeight
            }
            c.y += 14
        }
        return c.svg(caption: chart.caption, patterns: fills.indices.map { ReportPatterns.category($0, of: fills.count, id: c.id(fills[$0])) })
    }
}

/// Tables as HTML: the report's own tables, visible, in a wrapper that scrolls sideways on a phone
/// instead of widening the page; and each chart's figures as a table for a screen reader.
enum ReportHTMLTable {
    /// A visible table with its caption, column headers and figures right-aligned.
    static func table(_ t: ReportTable) -> String {
        "<div class=\"table-wrap\">" + markup(t.caption, header: t.header, rows: t.rows, numeric: t.numeric, classes: "") + "</div>"
    }

    /// The chart's numbers: a row per group, a column per series and the comparison where there is one.
    static func table(_ chart: ReportBarChart) -> String {
        let compares = !chart.comparisonLabel.isEmpty
        let rows = chart.groups.map { [$0.label] + $0.values.map(\.text) + (compares ? [$0.comparison] : []) }
        return markup(chart.caption, header: [""] + chart.series + (compares ? [chart.comparisonLabel] : []), rows: rows,
                      numeric: Set(1...max(1, chart.series.count)), classes: " class=\"sr-only\"")
    }

    /// The distribution's counts: a row per round and address, a column per answer and the number who answered.
    static func table(_ chart: ReportStackedChart) -> String {
        let rows = chart.rows.map { r in [r.label] + (r.counts.isEmpty ? chart.categories.map { _ in "" } : r.counts.map(String.init)) + [r.total] }
        return markup(chart.caption, header: [""] + chart.categories + ["n"], rows: rows,
                      numeric: Set(1...(chart.categories.count + 1)), classes: " class=\"sr-only\"")
    }

    /// The first column of a chart's table names its row, so it is a row header there.
    static func markup(_ caption: String, header: [String], rows: [[String]], numeric: Set<Int>, classes: String) -> String {
        let rowHeaders = !classes.isEmpty
        let align = { (i: Int) in numeric.contains(i) ? " class=\"num\"" : "" }
        var out = "<table\(classes)><caption>\(HTMLText.escaped(caption))</caption><thead><tr>"
        for (i, h) in header.enumerated() {
            out += h.isEmpty && i == 0 && rowHeaders ? "<td></td>" : "<th scope=\"col\"\(align(i))>\(HTMLText.escaped(h))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += i == 0 && rowHeaders ? "<th scope=\"row\">\(HTMLText.escaped(cell))</th>" : "<td\(align(i))>\(HTMLText.escaped(cell))</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }
}

/// The report as Markdown: the same chapters, each chart as the table of its figures. Every text
/// from the records is written literally, so a worker's `*` or `#` stays a character.
public enum ReportMarkdown {
    public static func markdown(_ doc: ReportDocument) -> String {
        var lines = ["# " + Markdown.literal(doc.title), "", "*" + Markdown.literal(doc.subtitle) + "*", ""]
        if doc.internalUse { lines += ["**" + Markdown.literal(doc.internalMark) + "**", ""] }
        for p in doc.preface { lines += [Markdown.literal(p), ""] }
        for chapter in doc.chapters {
            lines += ["## " + Markdown.literal(chapter.title), ""]
            for block in chapter.blocks { lines += self.block(block) + [""] }
        }
        if doc.internalUse { lines += ["**" + Markdown.literal(doc.internalMark) + "**", ""] }
        return lines.joined(separator: "\n")
    }

    static func block(_ block: ReportBlock) -> [String] {
        switch block {
        case .heading(let text): return ["### " + Markdown.literal(text)]
        case .paragraph(let text): return [Markdown.literal(text)]
        case .facts(let facts): return facts.map { "**" + Markdown.literal($0.label) + ":** " + Markdown.literal($0.text) + "  " }
        case .list(let items): return items.map { "- " + Markdown.literal($0) }
        case .caution(let text): return ["> **!** " + Markdown.literal(text)]
        case .table(let t): return table(t.caption, t.header, t.rows, numeric: t.numeric)
        case .bars(let c):
            let compares = !c.comparisonLabel.isEmpty
            let header = [""] + c.series + (compares ? [c.comparisonLabel] : [])
            let rows = c.groups.map { [$0.label] + $0.values.map(\.text) + (compares ? [$0.comparison] : []) }
            return table(c.caption, header, rows, numeric: Set(1...max(1, c.series.count)))
        case .stacked(let c):
            let header = [""] + c.categories + ["n"]
            let rows = c.rows.map { r in [r.label] + (r.counts.isEmpty ? c.categories.map { _ in "" } : r.counts.map(String.init)) + [r.total] }
            return table(c.caption, header, rows, numeric: Set(1...(c.categories.count + 1)))
        }
    }

    static func table(_ caption: String, _ header: [String], _ rows: [[String]], numeric: Set<Int>) -> [String] {
        guard !rows.isEmpty else { return ["*" + Markdown.literal(caption) + "*"] }
        // `literal` already escapes the pipe; line breaks would end the row.
        let cell = { (s: String) in Markdown.literal(String(s.map { $0.isNewline ? " " : $0 })) }
        return ["*" + Markdown.literal(caption) + "*", "",
                "| " + header.map(cell).joined(separator: " | ") + " |",
                "|" + header.indices.map { numeric.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|"]
            + rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
    }
}

/// The report as one self-contained HTML5 file: inline style and SVG charts, no script, nothing
/// fetched. It reads on a phone, prints to A4 with a chapter to a page, and every text is escaped.
public enum ReportHTML {
    /// The document as HTML; the same report gives the same bytes.
    public static func html(_ doc: ReportDocument) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(doc.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(HTMLText.escaped(doc.title))</title>\n<style>\n\(ReportStyle.css(doc))</style>\n</head>\n"
            + "<body\(doc.compact ? " class=\"compact\"" : "")>\n<main>\n<header>\n"
        if doc.internalUse { out += "<p class=\"internal\" role=\"note\">\(HTMLText.escaped(doc.internalMark))</p>\n" }
        out += "<h1>\(HTMLText.escaped(doc.title))</h1>\n<p class=\"subtitle\">\(HTMLText.escaped(doc.subtitle))</p>\n</header>\n"
        for p in doc.preface { out += "<p>\(HTMLText.escaped(p))</p>\n" }
        out += contents(doc)
        var charts = 0
        for chapter in doc.chapters {
            out += "<section aria-labelledby=\"\(HTMLText.escaped(chapter.id))\">\n<h2 id=\"\(HTMLText.escaped(chapter.id))\">\(HTMLText.escaped(chapter.title))</h2>\n"
            for block in chapter.blocks {
                out += self.block(block, charts: &charts, language: doc.language) + "\n"
            }
            out += "</section>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    /// The table of contents after the preface: one link per chapter.
    static func contents(_ doc: ReportDocument) -> String {
        guard !doc.chapters.isEmpty else { return "" }
        let title = Message(nb: "Innhold", en: "Contents").text(doc.language)
        return "<nav class=\"toc\" aria-label=\"\(HTMLText.escaped(title))\">\n<p class=\"toc-title\">\(HTMLText.escaped(title))</p>\n<ol>\n"
            + doc.chapters.map { "<li><a href=\"#\(HTMLText.escaped($0.id))\">\(HTMLText.escaped($0.title))</a></li>\n" }.joined()
            + "</ol>\n</nav>\n"
    }

    static func block(_ block: ReportBlock, charts: inout Int, language: Language) -> String {
        switch block {
        case .heading(let text): return "<h3>\(HTMLText.escaped(text))</h3>"
        case .paragraph(let text): return "<p>\(HTMLText.escaped(text))</p>"
        case .facts(let facts):
            return "<dl class=\"facts\">" + facts.map { "<div><dt>\(HTMLText.escaped($0.label))</dt><dd>\(HTMLText.escaped($0.text))</dd></div>" }.joined() + "</dl>"
        case .list(let items): return "<ul>" + items.map { "<li>\(HTMLText.escaped($0))</li>" }.joined() + "</ul>"
        case .caution(let text):
            let mark = Message(nb: "Merk:", en: "Note:").text(language)
            return "<div class=\"caution\" role=\"note\"><span class=\"caution-mark\">\(HTMLText.escaped(mark))</span> \(HTMLText.escaped(text))</div>"
        case .table(let t): return ReportHTMLTable.table(t)
        case .bars(let chart):
            charts += 1
            return figure(chart.caption, ReportBarSVG.svg(chart, prefix: "chart-\(charts)", language: language), ReportHTMLTable.table(chart))
        case .stacked(let chart):
            charts += 1
            return figure(chart.caption, ReportStackedSVG.svg(chart, prefix: "chart-\(charts)", language: language), ReportHTMLTable.table(chart))
        }
    }

    /// A chart with its caption shown above it and its figures as a table a screen reader reads.
    static func figure(_ caption: String, _ svg: String, _ table: String) -> String {
        "<figure class=\"chart\"><figcaption aria-hidden=\"true\">\(HTMLText.escaped(caption))</figcaption>\(svg)\(table)</figure>"
    }
}

/// The report's style sheet, inline so the file needs nothing beside it: a fluid column for a
/// phone that stops widening on a desktop, and print rules for A4 with the project and period in
/// every page's margin.
enum ReportStyle {
    static func css(_ doc: ReportDocument) -> String {
        screen + print + page(doc)
    }

    static let screen = """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; color: #111; background: #fff; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 1rem; line-height: 1.5; }
        main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.5rem 0 0.25rem; }
        h2 { font-size: 1.4rem; line-height: 1.25; margin: 2.5rem 0 0.75rem; padding-top: 0.75rem; border-top: 2px solid #111; }
        h3 { font-size: 1.15rem; line-height: 1.3; margin: 1.75rem 0 0.5rem; }
        h1, h2, h3, p, li, dt, dd, th, td, caption, figcaption { overflow-wrap: break-word; }
        p, dd, li, .caution { white-space: pre-line; }
        .subtitle { margin: 0 0 1rem; color: #333; }
        .internal { position: sticky; top: 0; z-index: 1; margin: 0 0 1rem; padding: 0.4rem 0.75rem; background: #fff; border: 3px double #111; font-weight: bold; text-align: center; }
        .toc { margin: 1.5rem 0; padding: 0.5rem 1rem; border: 1px solid #999; }
        .toc-title { margin: 0; font-weight: bold; }
        .toc ol { margin: 0.25rem 0 0; padding-left: 1.5rem; }
        a { color: #0b4f8a; }
        dl.facts { margin: 0.5rem 0 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0 0 0.5rem; }
        .caution { margin: 1rem 0; padding: 0.5rem 0.75rem; border: 2px solid #111; border-left-width: 0.5rem; background: #f2f2f2; }
        .caution-mark { font-weight: bold; }
        .table-wrap { margin: 1rem 0; overflow-x: auto; }
        table { border-collapse: collapse; font-size: 0.9rem; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
        th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #999; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #111; }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure.chart { margin: 1.5rem 0; }
        figure.chart figcaption { font-weight: bold; margin-bottom: 0.25rem; }
        figure.chart svg { display: block; width: 100%; max-width: 36rem; height: auto; }
        .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }

        """

    static let print = """
        @media print {
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2 { break-before: page; border-top: none; padding-top: 0; margin-top: 0; }
          .compact h2 { break-before: auto; margin-top: 1.5rem; }
          h2, h3, caption, figcaption { break-after: avoid; }
          figure.chart, tr, .caution, dl.facts > div { break-inside: avoid; }
          /* A chart taller than a page would leave its caption alone on the page before: it is scaled to fit one. */
          figure.chart svg { max-height: 225mm; }
          thead { display: table-header-group; }
          .table-wrap { overflow: visible; }
          .internal { position: static; }
          a { color: inherit; text-decoration: none; }
        }

        """

    /// The page's margins carry the title and period at the top and, on an internal report, the
    /// mark at the bottom beside the page number; the texts are CSS strings, escaped as such.
    static func page(_ doc: ReportDocument) -> String {
        let box = "font-family: \"DejaVu Sans\", Helvetica, Arial, sans-serif; font-size: 8.5pt; color: #333;"
        let top = "vertical-align: bottom; padding-bottom: 2mm; border-bottom: 0.5pt solid #666;"
        let mark = doc.internalUse ? "  @bottom-left { content: \(HTMLText.cssString(doc.internalMark)); \(box) font-weight: bold; color: #000; }\n" : ""
        return """
            @page {
              size: A4;
              margin: 22mm 17mm 20mm;
              @top-left { content: \(HTMLText.cssString(doc.title)); \(box) \(top) }
              @top-right { content: \(HTMLText.cssString(doc.subtitle)); \(box) \(top) text-align: right; }
            \(mark)  @bottom-right { content: counter(page) " / " counter(pages); \(box) }
            }

            """
    }
}

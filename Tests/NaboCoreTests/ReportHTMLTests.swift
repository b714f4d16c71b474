import Foundation
import NaboTestSupport
import Testing
@testable import NaboCore

/// The report as HTML: every text escaped, read without error by independent parsers, each chart
/// valid SVG with its figures as a table, and rendered by a real Chromium at a phone's and a
/// desktop's width and printed to A4 with the project, period and any internal mark on every page.
@Suite struct ReportHTMLTests {
    @Test func markupCharactersAndQuotesAreEscapedAndControlCharactersShown() {
        #expect(HTMLText.escaped(#"<script>alert(1)</script> & "a" 'b'"#) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;a&quot; &#39;b&#39;")
        #expect(HTMLText.escaped("Bomiljø æøå\nny linje") == "Bomiljø æøå\nny linje")
        #expect(HTMLText.escaped("a\u{1B}[2Jb") == "a\\u{1B}[2Jb")
        #expect(HTMLText.escaped("x\u{FFFE}y") == "x\u{FFFD}y")
    }

    @Test func aCSSStringEscapesAllButLettersDigitsAndSpaces() {
        #expect(HTMLText.cssString("Bø \"x\"</style>\\") == #""Bø \22 x\22 \3c \2f style\3e \5c ""#)
    }

    @Test func noTextBecomesMarkup() {
        let html = ReportHTML.html(ReportFixture.document())
        #expect(!html.contains("<script"))
        #expect(!html.contains("\"quotes\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;"))
    }

    @Test func anInternalReportSaysSoOnScreenAndInEveryPagesMargin() {
        let mark = ReportFixture.document().internalMark
        let html = ReportHTML.html(ReportFixture.document(internalUse: true))
        #expect(html.contains("<p class=\"internal\" role=\"note\">\(mark)</p>"))
        #expect(html.contains("@bottom-left { content: \(HTMLText.cssString(mark));"))
        let outside = ReportHTML.html(ReportFixture.document())
        #expect(!outside.contains(mark))
        #expect(!outside.contains(HTMLText.cssString(mark)))
    }

    @Test func theFixedWordsFollowTheReportsLanguage() {
        let nb = ReportHTML.html(ReportFixture.document())
        let en = ReportHTML.html(ReportFixture.document(language: .en))
        #expect(nb.contains("<html lang=\"nb\">") && nb.contains(">Innhold<") && nb.contains(">Forklaring:<") && nb.contains(">Merk:<"))
        #expect(en.contains("<html lang=\"en\">") && en.contains(">Contents<") && en.contains(">Key:<") && en.contains(">Note:<"))
    }

    @Test func aHiddenFigureDrawsNoBarButShowsItsText() {
        let chart = ReportBarChart(caption: "C", series: ["A"], groups: [.init(label: "G", values: [ReportValue("<5", nil)])])
        let svg = ReportBarSVG.svg(chart, prefix: "chart-1", language: .nb)
        // The key's swatch is the pattern's one use.
        #expect(svg.components(separatedBy: "fill=\"url(#chart-1-s0)\"").count == 2)
        #expect(svg.contains(">&lt;5</text>"))
        let stacked = ReportStackedSVG.svg(ReportStackedChart(caption: "S", categories: ["1", "2"], rows: [.init(label: "R", counts: [], total: "<5")]),
                                           prefix: "chart-2", language: .nb)
        #expect(stacked.components(separatedBy: "fill=\"url(#chart-2-k").count == 3)
        #expect(stacked.contains(">&lt;5</text>"))
    }

    @Test func everyChartIsFollowedByItsFiguresAsATable() {
        let html = ReportHTML.html(ReportFixture.document())
        #expect(html.contains("<table class=\"sr-only\"><caption>Boindeks per adresse (median, 0–100)</caption><thead><tr><td></td><th scope=\"col\" class=\"num\">Høst 2024</th><th scope=\"col\" class=\"num\">Høst 2025</th><th scope=\"col\">Endring</th></tr></thead>"))
        #expect(html.contains("<tr><th scope=\"row\">Østre gate 12</th><td class=\"num\">&lt;5</td><td class=\"num\">&lt;5</td><td>for få til å sammenligne</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Høst 2025 · Østre gate 12</th><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\">&lt;5</td></tr>"))
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.components(separatedBy: "<table class=\"sr-only\">").count - 1 == 3)
    }

    @Test func theSameReportGivesTheSameFile() {
        #expect(ReportHTML.html(ReportFixture.document()) == ReportHTML.html(ReportFixture.document()))
    }

    @Test(arguments: [false, true]) func independentParsersReadItWithoutErrorAndEverySVGAsXML(internalUse: Bool) throws {
        let doc = ReportFixture.document(internalUse: internalUse)
        let reading = try HTMLParsers.read(ReportHTML.html(doc))
        #expect(reading.html5libError == "")
        #expect(reading.scriptElements == 0)
        #expect(reading.externalReferences == [])
        #expect(reading.svgCount == 3)
        #expect(reading.svgErrors == [])
        #expect(reading.svgRoots == Array(repeating: "{http://www.w3.org/2000/svg}svg", count: 3))
        #expect(Set(reading.ids).count == reading.ids.count)
        #expect(reading.lang == "nb")
        #expect(reading.title == doc.title)
        #expect(reading.text.contains(ReportFixture.hostile))
        #expect(reading.text.contains("Ærfuglveien 3") && reading.text.contains("−48 %"))
        #expect(reading.text.contains(doc.internalMark) == internalUse)
    }

    @Test func theDemoReportReadsWithoutError() throws {
        let world = try World.demo()
        let periods = try #require(ReportOptions.project(world.replica, today: world.today))
        let doc = Report.document(world.replica, ReportOptions(period: periods.period, baseline: periods.baseline, language: .nb, today: world.today))
        let reading = try HTMLParsers.read(ReportHTML.html(doc))
        #expect(reading.html5libError == "")
        #expect(reading.svgErrors == [])
        #expect(reading.svgCount > 3)
        #expect(Set(reading.ids).count == reading.ids.count)
    }

    /// About 8 s on two cores: three Chromium runs and the pixel counts.
    @Test func chromiumDrawsItAtAPhonesAndADesktopsWidthAndPrintsEveryPageWithItsHeader() throws {
        let doc = ReportFixture.document(internalUse: true)
        let folder = TempFolder("report-html")
        let file = folder.sub("rapport.html")
        try Data(ReportHTML.html(doc).utf8).write(to: URL(fileURLWithPath: file))
        for (width, height) in [(390, 844), (1280, 900)] {
            let shot = try Pixels.summary(try Chromium.screenshot(file, width: width, height: height))
            #expect(shot.width == width && shot.height == height)
            #expect(shot.colours > 20, "a \(width) px screenshot of \(shot.colours) colours")
        }
        let pdf = try Chromium.pdf(file)
        let pages = try Poppler.pages(pdf)
        // The cover and the table of contents, then a page for each chapter.
        #expect(pages.count >= 1 + doc.chapters.count)
        for (i, page) in pages.enumerated() {
            #expect(try Pixels.summary(page).inkInBody > 100, "page \(i + 1) is blank")
        }
        let texts = try Poppler.texts(pdf)
        #expect(texts.count == pages.count)
        for (i, text) in texts.enumerated() {
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(words.contains("Bomiljø Tøyenåsen"), "page \(i + 1) lacks the project")
            #expect(words.contains("Prosjektperiode"), "page \(i + 1) lacks the period")
            #expect(words.contains("INTERNT"), "page \(i + 1) lacks the internal mark")
        }
    }
}

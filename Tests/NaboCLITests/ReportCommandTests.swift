import Foundation
import NaboTestSupport
import Testing

/// `nabo report` on the demo, as a coordinator runs it: the project's periods by default, a file
/// under a suggested name, the status for the next meeting, and the refusals of what cannot be.
@Suite struct ReportCommandTests {
    let store = CommandStore("nabo-report")

    func demo() throws {
        let made = try store.run(["demo"])
        #expect(made.status == 0, "\(made.stderr)")
    }

    @Test func theProjectsReportInMarkdownAndTheStatusSinceTheLastMeeting() throws {
        try demo()
        let report = try store.run(["report", "--format", "md", "--lang", "nb"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.hasPrefix("# Evaluering – Leie – et trygt alternativ\n"))
        #expect(report.stdout.contains("Prosjektperiode 22.11.2025–22.11.2026 · grunnlag 22.11.2024–21.11.2025"))
        for heading in ["## Mål og resultater", "## Hendelser per adresse", "## Kartleggingen", "## Medvirkning", "## Handlingsplanen og oppfølgingen", "## Hva tallene ikke kan si"] {
            #expect(report.stdout.contains("\n" + heading + "\n"), "\(heading)")
        }
        let status = try store.run(["report", "--status", "--lang", "en"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.hasPrefix("# Status – Leie – et trygt alternativ\n"))
        #expect(status.stdout.contains("## Done since the last meeting") && status.stdout.contains("## What residents asked for, and what they were told"))
    }

    @Test func aFolderGetsASuggestedNameAndAnInternalReportSaysSoOnItsPages() throws {
        try demo()
        let folder = store.folder.sub("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let written = try store.run(["report", "--format", "md", "--internal", "--output", folder, "--lang", "nb"])
        #expect(written.status == 0, "\(written.stderr)")
        let path = folder + "/evaluering-2026-11-22-internt.md"
        #expect(written.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == path)
        #expect(written.stderr.contains("ikke kryptert"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.components(separatedBy: "INTERNT – har navn og nøyaktige tall").count >= 3)
    }

    @Test func aGivenPeriodIsComparedWithAsManyDaysBeforeIt() throws {
        try demo()
        let report = try store.run(["report", "--format", "md", "--from", "2026-01-01", "--to", "2026-06-30", "--lang", "en"])
        #expect(report.status == 0, "\(report.stderr)")
        // 181 days, and the 181 days before them.
        #expect(report.stdout.contains("Project period 1 Jan 2026–30 Jun 2026 · baseline 4 Jul 2025–31 Dec 2025"))
    }

    @Test func whatCannotBeIsRefusedOnOneLine() throws {
        try demo()
        let cases: [([String], String)] = [
            (["report"], "Choose --format html or --format md."),
            (["report", "--format", "pdf"], "--format"),
            (["report", "--status", "--from", "2026-01-01"], "--status covers the time since the last work group meeting"),
            (["report", "--format", "md", "--from", "2026-06-01", "--to", "2026-01-01"], "cannot be before its first (--from)"),
            (["report", "--format", "md", "--from", "2026-01-01", "--baseline-from", "2025-06-01", "--baseline-to", "2026-02-01"],
             "The baseline period must end before the project period begins"),
            (["report", "--format", "md", "--address", "adr-nope"], "No address with id adr-nope."),
        ]
        for (arguments, message) in cases {
            let r = try store.run(arguments + ["--lang", "en"])
            #expect(r.status != 0 && r.stderr.contains(message), "\(arguments): \(r.stderr)")
            #expect(r.stdout.isEmpty, "\(arguments)")
        }
    }

    /// The demo's report as a coordinator hands it on: read by html5lib and lxml without error,
    /// every chart valid SVG, no resident named, and a real Chromium printing every page with ink.
    @Test func theDemosHTMLReportParsesNamesNoResidentAndPrints() throws {
        try demo()
        let file = store.folder.sub("rapport.html")
        let written = try store.run(["report", "--format", "html", "--output", file, "--lang", "nb"])
        #expect(written.status == 0, "\(written.stderr)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        let reading = try HTMLParsers.read(html)
        #expect(reading.html5libError == "")
        #expect(reading.scriptElements == 0 && reading.externalReferences == [])
        #expect(reading.svgCount > 20 && reading.svgErrors == [])
        #expect(reading.text.contains("Hva tallene ikke kan si"))
        let names = try JSONSerialization.jsonObject(with: Data(store.run(["list", "residents", "--json"]).stdout.utf8)) as? [[String: Any]] ?? []
        #expect(names.count == 14)
        for name in names.compactMap({ $0["name"] as? String }) { #expect(!html.contains(name), "\(name)") }
        let phone = try Pixels.summary(try Chromium.screenshot(file, width: 390, height: 844))
        #expect(phone.colours > 20)
        let pages = try Poppler.pages(try Chromium.pdf(file))
        #expect(pages.count > 6)
        for (i, page) in pages.enumerated() { #expect(try Pixels.summary(page).inkInBody > 100, "page \(i + 1) is blank") }
    }
}

import Foundation
import NaboTestSupport
import Testing

/// `:rapport` in the built `nabo` in tmux at 120x40: the box shows the demo project's periods,
/// `f` makes it Markdown and Enter writes the file into the documents folder, the same text
/// `nabo report --format md` writes, naming no resident.
@Suite(.serialized) struct ReportEndToEndTests {
    let folder = TempFolder("nabo-e2e-report")
    var data: String { folder.sub("store") }

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": "", "NABO_TODAY": "2026-11-22", "XDG_DOCUMENTS_DIR": folder.sub("docs")]
    }

    @Test func theReportIsWrittenIntoTheDocumentsFolder() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: environment).status == 0)
        try FileManager.default.createDirectory(atPath: folder.sub("docs"), withIntermediateDirectories: true)
        let tmux = try Tmux(columns: 120, rows: 40, command: [Binary.nabo, "--data", data, "--lang", "nb"], environment: environment, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Hjem")
        try tmux.send(":")
        try tmux.type("rapport")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Prosjektperiode: 22.11.2025–22.11.2026")
        try tmux.send("f")
        try tmux.waitFor(text: "evaluering-2026-11-22.md")
        try tmux.send("Enter")
        try tmux.waitFor(text: "(ikke kryptert)")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let path = folder.sub("docs") + "/evaluering-2026-11-22.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let command = try Binary.run(["report", "--format", "md", "--lang", "nb", "--data", data], environment: environment)
        #expect(text == command.stdout)
        #expect(text.hasPrefix("# Evaluering – Leie – et trygt alternativ"))
        let residents = try Binary.run(["list", "residents", "--json", "--data", data], environment: environment)
        let names = (try JSONSerialization.jsonObject(with: Data(residents.stdout.utf8)) as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.count == 14 && !names.contains { text.contains($0) })
    }
}

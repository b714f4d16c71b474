import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// `:import FILE` in the interface: the command asks the runner for a preview, the preview waits
/// for an answer, and the answer imports or not; its box as text at both sizes.
@Suite struct ImportPreviewTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    /// A sheet of two new units at a new address and one unit refused, planned against the demo as
    /// the runner plans it.
    static func preview() throws -> ImportPreview {
        let sheet = """
            Gateadresse;Husnr;Postnr;Poststed;H-nummer;Rom;Status
            Tindveien;4;3214;Sandefjord;H0101;2;Ledig
            Tindveien;4;3214;Sandefjord;H0102;3;Ledig
            Tindveien;4;3214;Sandefjord;H12O1;3;Ledig
            """
        let replica = try DemoReplica.make()
        let context = Context(device: "laptop", author: "Test", now: 1_790_000_000_000, nextSeq: UInt32(replica.operationCount + 1),
                              utcOffset: { _, _ in 60 })
        let outcome = try StockImport.plan(rows: try CSVReader.read(Array(sheet.utf8)).rows, replica: replica, context: context)
        return ImportPreview(path: "~/boliger.csv", file: "boliger.csv", lines: outcome.summary(file: "boliger.csv", dryRun: true),
                             refused: outcome.refusals.count, changes: !outcome.ops.isEmpty)
    }

    func typed(_ text: String, on state: inout AppState) -> [AppEffect] {
        demo.reduce(&state, .commandLineOpened)
        for character in text { demo.reduce(&state, .commandTyped(character)) }
        return demo.reduce(&state, .commandSubmitted)
    }

    var start: AppState { AppState(language: .nb, isDemo: true) }

    @Test func theCommandAsksTheRunnerToReadTheSheetNamedWithSpacesAndQuotes() {
        var state = start
        #expect(typed("importer \"~/Mine ark/boliger.csv\"", on: &state) == [.previewImport(path: "~/Mine ark/boliger.csv")])
        #expect(state == start)
        #expect(typed("import", on: &state) == [])
        #expect(state.message == StatusMessage(.error, AppText.importUsage))
    }

    @Test func aPreviewWaitsForItsAnswerAndYesImportsIt() throws {
        let preview = try Self.preview()
        var state = start
        demo.reduce(&state, .importing(.previewed(preview)))
        var expected = start
        expected.importPreview = preview
        expected.message = StatusMessage(.warning, ImportText.question(preview))
        #expect(state == expected)
        #expect(ImportText.answer(preview).en == "y imports the rest as one change (u undoes it) and writes the 1 refused row to a file beside the sheet, to correct.")
        // Keys go to the answer: `j` is yes here, not a move down.
        #expect(AppKeys.action(for: .character("j"), in: state) == .importing(.confirmed))
        #expect(AppKeys.action(for: .character("x"), in: state) == nil)
        #expect(demo.reduce(&state, .importing(.confirmed)) == [.importSheet(path: "~/boliger.csv")])
        expected = start
        expected.awaitingSave = .importing
        #expect(state == expected)
        let done = Message(nb: "Importerte boliger.csv: laget 1 adresse, 2 boliger; endret ingen. u angrer.", en: "")
        demo.reduce(&state, .saved(done))
        #expect(state == { var s = start; s.message = StatusMessage(.success, done); return s }())
    }

    @Test func noImportsNothingAndAnUnchangedSheetIsNotPreviewed() throws {
        let preview = try Self.preview()
        var state = start
        demo.reduce(&state, .importing(.previewed(preview)), .importing(.scrolled(rows: 3)))
        #expect(state.importPreview?.firstLine == 3)
        demo.reduce(&state, .importing(.scrolled(rows: 40)))
        #expect(state.importPreview?.firstLine == preview.lines.count - 1)
        #expect(demo.reduce(&state, .importing(.cancelled)) == [])
        #expect(state == { var s = start; s.message = StatusMessage(.info, ImportText.cancelled); return s }())

        let same = ImportPreview(path: "b.csv", file: "b.csv", lines: [], refused: 0, changes: false)
        demo.reduce(&state, .importing(.previewed(same)))
        #expect(state == { var s = start; s.message = StatusMessage(.info, StockImport.nothingToChange); return s }())
    }

    @Test func theBoxAtBothSizes() throws {
        let preview = try Self.preview()
        for (language, size, name) in [(Language.nb, TerminalSize.minimum, "import-preview-80x24-nb"),
                                       (.en, ScreenSnapshotTests.large, "import-preview-120x40-en")] {
            var state = AppState(language: language, isDemo: true)
            state.places.append(Place(.addresses))
            demo.reduce(&state, [.importing(.previewed(preview))], size: size, now: nil)
            assertSnapshot(AppView.render(state, directory: demo.directory, size: size), named: name)
        }
    }
}

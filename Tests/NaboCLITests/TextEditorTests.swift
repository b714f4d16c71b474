import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboCLI

/// `$EDITOR` for long notes, with a scripted editor: the text goes out and comes back, the file
/// is the user's alone while it exists, and nothing is left behind.
@Suite struct TextEditorTests {
    /// A shell script standing in for the editor: it records the file's mode and appends a line.
    func editor(in folder: TempFolder, exit status: Int = 0) throws -> String {
        let path = folder.sub("editor.sh")
        let script = """
            #!/bin/sh
            stat -c %a "$1" > "\(folder.sub("mode"))"
            dirname "$1" | xargs stat -c %a > "\(folder.sub("folder-mode"))"
            dirname "$1" | xargs dirname > "\(folder.sub("folder-place"))"
            echo "Lagt til i editoren" >> "$1"
            exit \(status)
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        return path
    }

    @Test func theEditorsTextComesBackAndNoTemporaryFileIsLeft() throws {
        let folder = TempFolder()
        let temporary = folder.sub("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let environment = ["EDITOR": try editor(in: folder), "TMPDIR": temporary, "PATH": "/usr/bin:/bin"]

        var edited: String?
        do throws(Message) {
            edited = try TextEditor.edit("Første linje", environment: environment)
        } catch {
            Issue.record("refused: \(error)")
        }
        #expect(edited == "Første linje\nLagt til i editoren\n")
        #expect(try String(contentsOfFile: folder.sub("mode"), encoding: .utf8) == "600\n")
        #expect(try String(contentsOfFile: folder.sub("folder-mode"), encoding: .utf8) == "700\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }

    @Test func theFileGoesUnderTheRuntimeFolderBeforeTheTemporaryOne() throws {
        let folder = TempFolder()
        let runtime = folder.sub("run"), temporary = folder.sub("tmp")
        for f in [runtime, temporary] { try FileManager.default.createDirectory(atPath: f, withIntermediateDirectories: true) }
        let environment = ["EDITOR": try editor(in: folder), "XDG_RUNTIME_DIR": runtime, "TMPDIR": temporary, "PATH": "/usr/bin:/bin"]
        do throws(Message) { _ = try TextEditor.edit("x", environment: environment) } catch { Issue.record("refused: \(error)") }
        #expect(try String(contentsOfFile: folder.sub("folder-place"), encoding: .utf8) == runtime + "\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: runtime) == [])
    }

    @Test func windowsLineEndsComeBackAsNewlines() throws {
        let folder = TempFolder()
        let path = folder.sub("crlf-editor.sh")
        try "#!/bin/sh\nprintf 'Første linje\\r\\nAndre linje\\r\\n' > \"$1\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        var edited: String?
        do throws(Message) {
            edited = try TextEditor.edit("", environment: ["EDITOR": path, "TMPDIR": folder.path, "PATH": "/usr/bin:/bin"])
        } catch {
            Issue.record("refused: \(error)")
        }
        #expect(edited == "Første linje\nAndre linje\n")
    }

    @Test func aFailingEditorChangesNothingAndStillLeavesNoFile() throws {
        let folder = TempFolder()
        let temporary = folder.sub("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let environment = ["VISUAL": try editor(in: folder, exit: 1), "EDITOR": "/bin/false", "TMPDIR": temporary, "PATH": "/usr/bin:/bin"]
        var refusal: Message?
        do throws(Message) {
            _ = try TextEditor.edit("tekst", environment: environment)
        } catch {
            refusal = error
        }
        #expect(refusal?.en.contains("exited with an error") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }

    @Test func withoutAnEditorItSaysSo() {
        var refusal: Message?
        do throws(Message) {
            _ = try TextEditor.edit("tekst", environment: ["EDITOR": ""])
        } catch {
            refusal = error
        }
        #expect(refusal?.nb.contains("$EDITOR") == true)
    }
}

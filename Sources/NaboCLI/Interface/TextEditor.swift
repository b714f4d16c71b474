import Foundation
import NaboCore
import NaboStore

/// Lends a text to the user's `$VISUAL` or `$EDITOR` and takes back what they saved.
///
/// Visit notes are personal data and the editor needs them plain: the file lives outside the data
/// folder, in a directory made for this edit alone (0700) under `$XDG_RUNTIME_DIR`, which is the
/// user's own and in memory on most systems, else the temporary folder, and is deleted whatever happens.
enum TextEditor {
    /// The text as the editor left it, with LF line ends. `environment` names the editor and where
    /// the file goes.
    static func edit(_ text: String, environment: [String: String]) throws(Message) -> String {
        guard let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
            throw Message(nb: "Verken $VISUAL eller $EDITOR er satt; skriv teksten her i skjemaet.",
                          en: "Neither $VISUAL nor $EDITOR is set; write the text here in the form.")
        }
        let root = [environment["XDG_RUNTIME_DIR"], environment["TMPDIR"]].compactMap { $0 }
            .first { !$0.isEmpty && FileManager.default.fileExists(atPath: $0) } ?? "/tmp"
        // mkdtemp replaces the six trailing X's with a unique name.
        var template = Array((root + "/nabo-edit-" + String(repeating: "X", count: 6)).utf8CString)
        guard let made = mkdtemp(&template) else { throw failed }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/note.txt"
        // A text file ends with a line break; without one, a line an editor adds joins the last.
        let contents = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        do throws(Files.Failure) { try Files.replaceAtomically(file, Array(contents.utf8)) } catch { throw failed }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor variable may carry arguments ("code --wait"), so the shell splits it.
        process.arguments = ["-c", editor + " \"$1\"", "sh", file]
        process.environment = environment
        do {
            try process.run()
        } catch {
            throw Message(nb: "Kunne ikke starte «\(editor)».", en: "Could not start “\(editor)”.")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Message(nb: "«\(editor)» avsluttet med feil; teksten er ikke endret.", en: "“\(editor)” exited with an error; the text is unchanged.")
        }
        guard let data = FileManager.default.contents(atPath: file), let edited = String(data: data, encoding: .utf8) else { throw failed }
        // An editor set to Windows line ends saves CRLF; the rules refuse a carriage return, and
        // the worker only meant new lines.
        return edited.replacingOccurrences(of: "\r\n", with: "\n")
    }

    static let failed = Message(nb: "Kunne ikke lage en midlertidig fil til redigeringen.", en: "Could not make a temporary file for editing.")
}

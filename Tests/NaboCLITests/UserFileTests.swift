import Foundation
import NaboTestSupport
import Testing

/// The files a worker names or keeps (a passphrase file, a form, a notice template) are read as
/// untrusted: bounded, and a pipe or a device never keeps a command waiting where a file is meant.
@Suite(.serialized) struct UserFileTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] {
        ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "XDG_CONFIG_HOME": tmp.sub("config"), "LANG": "en_GB.UTF-8"]
    }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    @Test func aPassphraseFileIsReadBoundedAndMayBeAPipe() throws {
        let endless = try nabo("init", "--worker", "Kari Test", "--kdf-cost", "10", "--passphrase-file", "/dev/zero")
        #expect(endless.status == 1)
        #expect(endless.stderr == "nabo: Could not read the passphrase file /dev/zero.\n")

        let pipe = tmp.sub("passphrase.fifo")
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe) {
                handle.write(Data("correct horse battery\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let piped = try nabo("init", "--worker", "Kari Test", "--kdf-cost", "10", "--passphrase-file", pipe, "--json")
        #expect(piped.status == 0, "\(piped.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [String: Any])
        #expect(answer["encrypted"] as? Bool == true)
    }

    @Test func aFormFileAboveAJournalLineIsRefused() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let r = try nabo("add", "form", "--file", "/dev/zero")
        #expect(r.status == 1)
        #expect(r.stderr == "nabo: Could not read /dev/zero: the file is larger than 1048576 bytes.\n")
    }

    @Test func aTemplateThatIsNotAPlainFileIsRefused() throws {
        #expect(try nabo("demo").status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(try nabo("list", "dugnads", "--json").stdout.utf8)) as? [[String: Any]])
        let id = try #require(list.first?["id"] as? String)
        let templates = tmp.sub("config") + "/nabo/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        #expect(mkfifo(templates + "/notice.en.md", 0o600) == 0)
        let r = try nabo("export", "dugnad", id, "--format", "notice", "--lang", "en")
        #expect(r.status == 1)
        #expect(r.stderr == "nabo: Could not read \(templates)/notice.en.md: it is not a plain file.\n")
    }
}

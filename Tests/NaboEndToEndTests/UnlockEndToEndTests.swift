import Foundation
import NaboTestSupport
import Testing

/// An encrypted data folder opened in a real terminal: the interface asks for the passphrase
/// without echo before it starts, says plainly when it is wrong, and asks again.
@Suite(.serialized) struct UnlockEndToEndTests {
    let folder = TempFolder("nabo-unlock")

    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("xdg"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "LANG": "C.UTF-8", "TERM": "tmux-256color", "NO_COLOR": ""]
    }

    @Test func theInterfaceAsksForThePassphraseAndTakesItWithoutEcho() throws {
        let data = folder.sub("data")
        let pass = folder.sub("pass")
        try "riktig hest batteri\n".write(toFile: pass, atomically: true, encoding: .utf8)
        let made = try Binary.run(["init", "--worker", "Kari Test", "--data", data, "--passphrase-file", pass, "--kdf-cost", "10"],
                                  environment: environment)
        #expect(made.status == 0)
        #expect(try Binary.run(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord",
                                "--data", data, "--passphrase-file", pass], environment: environment).status == 0)
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--data", data, "--lang", "en"], environment: environment,
                            folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Passphrase (or recovery key):")
        try tmux.type("feil passord")
        try tmux.send("Enter")
        let wrong = try tmux.waitFor(text: "That passphrase does not open this data folder")
        #expect(!wrong.contains("feil passord"))
        try tmux.waitFor("the second prompt") { $0.components(separatedBy: "Passphrase (or recovery key):").count == 3 }
        try tmux.type("riktig hest batteri")
        try tmux.send("Enter")
        let home = try tmux.waitFor(text: "Visits due")
        #expect(!home.contains("riktig hest"))
        try tmux.send("q")
    }

    @Test func theFirstStartAsksAgainForWhatIsMissingThenMakesAnEncryptedFolderAndShowsTheRecoveryKeyOnce() throws {
        let data = folder.sub("first")
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--data", data, "--lang", "en"], environment: environment,
                            folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Create it now? [y/N]")
        try tmux.type("y")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Your name")
        // An empty name, or a passphrase too short, is asked again: what was answered before stands.
        try tmux.send("Enter")
        try tmux.waitFor(text: "The name cannot be empty")
        try tmux.waitFor("the name asked again") { $0.components(separatedBy: "Your name").count == 3 }
        try tmux.type("Kari Test")
        try tmux.send("Enter")
        try tmux.waitFor(text: "New passphrase:")
        for passphrase in ["kort", "fire ord er nok"] {
            try tmux.type(passphrase)
            try tmux.send("Enter")
            try tmux.waitFor(text: "Type it once more:")
            try tmux.type(passphrase)
            try tmux.send("Enter")
            if passphrase == "kort" { try tmux.waitFor(text: "at least 8 characters long. Try again.") }
        }
        // The new folder's keys are derived with a deliberately slow KDF, slower still on a busy machine.
        let shown = try tmux.waitFor(text: "Press Enter once the key is written down", timeout: 60)
        #expect(shown.contains("Recovery key"))
        #expect(!shown.contains("fire ord"))
        try tmux.send("Enter")
        // The new store is empty: home says how to begin, not that a search found nothing.
        let home = try tmux.waitFor(text: "No addresses yet: a on the addresses adds one")
        #expect(!home.contains("No matches"))
        try tmux.send("q")
        _ = try tmux.waitForExit()
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/store.json"))) as? [String: Any]
        #expect(manifest?["encrypted"] as? Bool == true)
    }

    @Test func aCopiedFolderIsSetUpWithAPassphraseAskedAgainWhenWrong() throws {
        let data = folder.sub("copy")
        let pass = folder.sub("pass")
        try "riktig hest batteri\n".write(toFile: pass, atomically: true, encoding: .utf8)
        // Made under another laptop's state folder: on this one the copy is not set up.
        var elsewhere = environment
        elsewhere["XDG_STATE_HOME"] = folder.sub("other-laptop")
        #expect(try Binary.run(["init", "--worker", "Ola Test", "--data", data, "--passphrase-file", pass, "--kdf-cost", "10"],
                               environment: elsewhere).status == 0)
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--data", data, "--lang", "en"], environment: environment,
                            folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "Set it up now? [y/N]")
        try tmux.type("y")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Your name")
        try tmux.type("Kari Test")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Passphrase (or recovery key):")
        try tmux.type("feil passord")
        try tmux.send("Enter")
        try tmux.waitFor(text: "That passphrase does not open this data folder")
        try tmux.waitFor("the passphrase asked again") { $0.components(separatedBy: "Passphrase (or recovery key):").count == 3 }
        try tmux.type("riktig hest batteri")
        try tmux.send("Enter")
        try tmux.waitFor(text: "No addresses yet")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

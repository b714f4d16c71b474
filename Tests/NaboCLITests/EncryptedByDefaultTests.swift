import Foundation
import NaboTestSupport
import Testing

/// `nabo init` encrypts unless told `--plain`, and never makes a store it cannot lock.
@Suite struct EncryptedByDefaultTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "LANG": "en_GB.UTF-8", "NABO_PASSPHRASE_FILE": ""] }

    /// Without a controlling terminal (`setsid`), as from a script or a cron job.
    func detached(_ args: [String], environment: [String: String] = [:]) throws -> Binary.Result {
        try Binary.run(args, environment: env.merging(environment) { _, b in b }, through: ["/usr/bin/setsid", "-w"])
    }

    @Test func initEncryptsWithThePassphraseFileAndPrintsTheRecoveryKeyOnce() throws {
        let pass = tmp.sub("pass")
        try "a long passphrase\n".write(toFile: pass, atomically: true, encoding: .utf8)
        let made = try detached(["init", "--worker", "Kari Test", "--data", data, "--passphrase-file", pass, "--kdf-cost", "10", "--json"])
        #expect(made.status == 0, "\(made.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(made.stdout.utf8)) as? [String: Any])
        #expect(answer["encrypted"] as? Bool == true)
        #expect((answer["recoveryKey"] as? String)?.isEmpty == false)
        // Opening it again needs the passphrase, and shows no recovery key.
        #expect(try detached(["list", "units", "--data", data]).status != 0)
        let listed = try detached(["list", "units", "--data", data], environment: ["NABO_PASSPHRASE_FILE": pass])
        #expect(listed.status == 0, "\(listed.stderr)")
    }

    @Test func initWithNoTerminalAndNoPassphraseFileIsRefusedAndMakesNothing() throws {
        let r = try detached(["init", "--worker", "Kari Test", "--data", data])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--passphrase-file"))
        #expect(!FileManager.default.fileExists(atPath: data + "/store.json"))
    }

    @Test func aPlainStoreSaysSoWhenItIsMade() throws {
        let r = try detached(["init", "--worker", "Kari Test", "--plain", "--data", data])
        #expect(r.status == 0)
        #expect(r.stdout.contains("not encrypted"))
        #expect(try detached(["init", "--worker", "Kari Test", "--plain", "--encrypt", "--data", tmp.sub("other")]).status != 0)
    }

    @Test func demoAndGenArePlainUnlessAskedToEncrypt() throws {
        let pass = tmp.sub("pass")
        try "a long passphrase\n".write(toFile: pass, atomically: true, encoding: .utf8)
        #expect(try detached(["demo", "--data", tmp.sub("plain")]).status == 0)
        #expect(try journals(tmp.sub("plain")).contains("Ørjan"))
        #expect(try detached(["demo", "--encrypt", "--passphrase-file", pass, "--kdf-cost", "10", "--data", tmp.sub("sealed")]).status == 0)
        #expect(try !journals(tmp.sub("sealed")).contains("Ørjan"))
        #expect(try detached(["list", "residents", "--data", tmp.sub("sealed"), "--passphrase-file", pass]).stdout.contains("Ørjan"))
        // The plain demo folder is not turned by asking again; nabo encrypt does that.
        #expect(try detached(["demo", "--encrypt", "--passphrase-file", pass, "--data", tmp.sub("plain")]).stderr.contains("nabo encrypt"))
        let gen = try detached(["gen", "--encrypt", "--passphrase-file", pass, "--kdf-cost", "10", "--data", tmp.sub("gen"), "--units", "20", "--residents", "30", "--visits", "200"])
        #expect(gen.status == 0, "\(gen.stderr)")
        #expect(try !journals(tmp.sub("gen")).contains("\"type\""))
        #expect(try detached(["check", "--data", tmp.sub("gen"), "--passphrase-file", pass]).status == 0)
    }

    func journals(_ folder: String) throws -> String {
        try FileManager.default.contentsOfDirectory(atPath: folder + "/journal").map {
            try String(contentsOfFile: folder + "/journal/" + $0, encoding: .utf8)
        }.joined()
    }

    @Test func encryptThenJoinFromTheCommandLine() throws {
        let pass = tmp.sub("pass"), usb = tmp.sub("usb"), other = tmp.sub("other")
        try "a long passphrase\n".write(toFile: pass, atomically: true, encoding: .utf8)
        let ola = ["XDG_STATE_HOME": tmp.sub("state-ola")]
        #expect(try detached(["init", "--worker", "Kari Test", "--plain", "--data", data]).status == 0)
        #expect(try detached(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord", "--data", data]).status == 0)
        #expect(try detached(["sync", usb, "--data", data]).status == 0)
        try FileManager.default.copyItem(atPath: usb, toPath: other)
        #expect(try detached(["init", "--worker", "Ola Test", "--data", other], environment: ola).status == 0)

        let turned = try detached(["encrypt", "--data", data, "--passphrase-file", pass, "--kdf-cost", "10", "--json"])
        #expect(turned.status == 0, "\(turned.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(turned.stdout.utf8)) as? [String: Any])
        #expect((answer["recoveryKey"] as? String)?.isEmpty == false)
        let checked = try detached(["check", "--data", data, "--passphrase-file", pass, "--folder", usb]).stdout
        #expect(checked.contains(" in \(usb) ") && checked.contains("not encrypted"), "\(checked)")
        let synced = try detached(["sync", usb, "--data", data, "--passphrase-file", pass])
        #expect(synced.stdout.contains("now is"))
        #expect(try detached(["check", "--data", data, "--passphrase-file", pass, "--folder", usb]).status == 0)

        let refused = try detached(["sync", usb, "--data", other], environment: ola)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("nabo encrypt --join"))
        let joined = try detached(["encrypt", "--join", usb, "--data", other, "--passphrase-file", pass], environment: ola)
        #expect(joined.status == 0, "\(joined.stderr)")
        #expect(try detached(["list", "addresses", "--data", other, "--passphrase-file", pass], environment: ola).stdout.contains("Runarveien"))
        #expect(try !journals(other).contains("Runarveien"))
    }

    /// A copied encrypted folder is joined without reading its journals, and only with its passphrase.
    @Test func joiningACopiedEncryptedFolderNeedsItsPassphrase() throws {
        let pass = tmp.sub("pass"), wrong = tmp.sub("wrong"), copy = tmp.sub("copy")
        try "a long passphrase\n".write(toFile: pass, atomically: true, encoding: .utf8)
        try "not the passphrase\n".write(toFile: wrong, atomically: true, encoding: .utf8)
        #expect(try detached(["init", "--worker", "Kari Test", "--data", data, "--passphrase-file", pass, "--kdf-cost", "10"]).status == 0)
        #expect(try detached(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord",
                              "--data", data, "--passphrase-file", pass]).status == 0)
        try FileManager.default.copyItem(atPath: data, toPath: copy)
        try? FileManager.default.removeItem(atPath: copy + "/snapshot.bin")
        let ola = ["XDG_STATE_HOME": tmp.sub("state-ola")]
        let refused = try detached(["init", "--worker", "Ola Test", "--data", copy, "--passphrase-file", wrong], environment: ola)
        #expect(refused.status != 0)
        #expect(!FileManager.default.fileExists(atPath: tmp.sub("state-ola") + "/nabo/devices.json"))
        let joined = try detached(["init", "--worker", "Ola Test", "--data", copy, "--passphrase-file", pass, "--json"], environment: ola)
        #expect(joined.status == 0, "\(joined.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(joined.stdout.utf8)) as? [String: Any])
        #expect(answer["encrypted"] as? Bool == true && answer["worker"] as? String == "Ola Test" && answer["recoveryKey"] == nil)
        #expect(try detached(["list", "addresses", "--data", copy, "--passphrase-file", pass], environment: ola).stdout.contains("Runarveien"))
        #expect(try detached(["add", "address", "--street", "Olaveien", "--number", "2", "--postcode", "3216", "--city", "Sandefjord",
                              "--data", copy, "--passphrase-file", pass], environment: ola).status == 0)
        #expect(try detached(["check", "--data", copy, "--passphrase-file", pass], environment: ola).status == 0)
    }
}

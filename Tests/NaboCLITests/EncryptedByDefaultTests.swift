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
        let made = try detached(["init", "--worker", "Kari Test", "--data", data, "--passphrase-file", pass, "--json"])
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
}

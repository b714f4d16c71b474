import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// `nabo encrypt` on a store whose other laptops are still plain, `nabo encrypt --join` for them,
/// and the sync folders in between: sealed as they are met, converging with nothing lost.
@Suite struct TurningEncryptedTests {
    let pass = "riktig hest batteri"
    let secrets = ["Åse Kvålsvik", "+4740000123", "Runarveien"]

    func streets(_ s: Store) -> Set<String> { Set(s.replica.records("address").compactMap { $0.string("street") }) }

    /// The files under `folder` that hold any form of a secret.
    func readable(under folder: String) -> [String] {
        HostileLines.files(under: folder).filter { file in
            guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { return false }
            return secrets.contains { s in EncryptedStoreTests.forms(of: s).contains { data.range(of: Data($0)) != nil } }
        }
    }

    func expectNothingReadable(under folder: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(readable(under: folder) == [], sourceLocation: sourceLocation)
    }

    @Test func encryptingOneLaptopThenJoiningTheOtherConvergesWithNothingLostOrLeft() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialise("Kari Test")
        _ = try addAddress(a, "Runarveien")
        _ = try a.commit(.add(.resident, Edit(values: ["name": "Åse Kvålsvik", "phone": "+47 400 00 123"])), now: fixedDate)
        _ = try a.sync(with: usb)
        let b = try Laptop(tmp, "b").initialise(copying: usb, "Ola Test")
        _ = try addAddress(b, "Beveien")
        _ = try b.sync(with: usb)
        _ = try a.sync(with: usb)
        try a.saveSnapshot()
        a.setAside(Array("Åse Kvålsvik".utf8), from: "old.jsonl")

        #expect(readable(under: a.folder).count >= 3, "the journal, the snapshot and damaged/ hold the names in clear")
        try a.encrypt(Store.NewKeys(passphrase: pass, kdf: .fastForTests))
        #expect(a.recoveryKey != nil)
        #expect(a.isEncrypted)
        expectNothingReadable(under: a.folder)
        #expect(try Laptop(tmp, "a").open(passphrase: pass, readOnly: true).replica.records("address").count == 2)

        // B, still plain, goes on working and syncing; then A meets the folder and seals it.
        _ = try addAddress(b, "Cveien")
        _ = try b.sync(with: usb)
        let turned = try a.sync(with: usb)
        #expect(turned.turned)
        #expect(turned.received == 1)
        #expect(turned.damage.isEmpty)
        #expect(Store.plainLines(inSyncFolder: usb) == 0)
        expectNothingReadable(under: usb)
        expectNothingReadable(under: a.folder)

        do {
            _ = try b.sync(with: usb)
            Issue.record("a plain laptop synced with an encrypted folder")
        } catch {
            #expect(error.en.contains("nabo encrypt --join \(usb)"))
        }
        #expect(throws: Store.wrongPassphrase) { try b.join(usb, passphrase: "feil passord") }
        #expect(!b.isEncrypted)

        let joined = try b.join(usb, passphrase: pass)
        #expect(joined.damage.isEmpty)
        #expect(b.isEncrypted)
        #expect(b.keyring?.keys.map(\.id) == a.keyring?.keys.map(\.id))
        expectNothingReadable(under: b.folder)

        // Each laptop sealed B's old lines on its own (other nonces): still one operation each.
        _ = try addAddress(b, "Dveien")
        for s in [b, a, b] {
            let report = try s.sync(with: usb)
            #expect(report.damage.isEmpty)
        }
        #expect(streets(a) == ["Runarveien", "Beveien", "Cveien", "Dveien"])
        #expect(streets(b) == streets(a))
        #expect(a.damage.isEmpty && b.damage.isEmpty)
        let reopened = try Laptop(tmp, "b").open(passphrase: pass, readOnly: true)
        #expect(streets(reopened) == streets(a))
        #expect(reopened.damage.isEmpty && reopened.plainLines == 0)
    }

    @Test func encryptingAgainSealsWhatAStoppedRunLeftInClear() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        do { _ = try addAddress(try laptop.initialiseEncrypted(passphrase: pass), "Runarveien") }
        try HostileLines.plant(laptop.data, "plaindev.jsonl", [HostileLines.line("plaindev:1")])
        let s = try laptop.open(passphrase: pass)
        #expect(s.plainLines == 1)
        try s.encrypt(Store.NewKeys(passphrase: ""))
        #expect(s.plainLines == 0)
        #expect(s.recoveryKey == nil)
        let again = try Laptop(tmp, "a").open(passphrase: pass, readOnly: true)
        #expect(again.plainLines == 0)
        #expect(again.replica.records("address").count == 2)
        #expect(again.damage.isEmpty)
    }
}

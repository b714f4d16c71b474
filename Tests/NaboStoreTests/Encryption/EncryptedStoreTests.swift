import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// An encrypted store: sealed on the laptop and in every copy it makes, opened by any valid
/// passphrase or the recovery key, and nothing of a person readable without one.
@Suite struct EncryptedStoreTests {
    let pass = "riktig hest batteri"

    /// An encrypted laptop holding one address, closed again (its lock released).
    func closedLaptopWithAnAddress(_ tmp: TempFolder) throws -> Laptop {
        let laptop = Laptop(tmp, "a")
        _ = try addAddress(try laptop.initialiseEncrypted(passphrase: pass), "Runarveien")
        return laptop
    }

    /// History opens sealed lines: it once searched them as plain text and found nothing.
    @Test func historyReadsTheSealedLines() throws {
        let tmp = TempFolder()
        let s = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        let id = try addAddress(s, "Runarveien")
        try s.commit(.set(.address, id: id, Edit(values: ["street": "Runarvegen"])), now: fixedDate.addingTimeInterval(60))
        let h = try s.history("address", id)
        #expect(h.count == 2)
        #expect(h.map(\.author) == ["Kari Test", "Kari Test"])
        #expect(h[1].writes == [FieldWrite("street", "Runarvegen", replaces: [h[0].id])])
    }

    func addResident(_ s: Store, _ name: String, phone: String) throws {
        _ = try s.commit(.add(.resident, Edit(values: ["name": name, "phone": phone])), now: fixedDate)
    }

    @Test func aWrongPassphraseOpensNothingAndChangesNothing() throws {
        let tmp = TempFolder()
        let laptop = try closedLaptopWithAnAddress(tmp)
        let before = HostileLines.files(under: laptop.data).map { ($0, (try? Data(contentsOf: URL(fileURLWithPath: laptop.data + "/" + $0))) ?? Data()) }
        #expect(throws: Store.wrongPassphrase) { try laptop.open(passphrase: "feil passord") }
        #expect(throws: Message.self) { try laptop.open() }
        let after = HostileLines.files(under: laptop.data).map { ($0, (try? Data(contentsOf: URL(fileURLWithPath: laptop.data + "/" + $0))) ?? Data()) }
        #expect(before.map(\.0) == after.map(\.0))
        #expect(before.map(\.1) == after.map(\.1))
        let s = try laptop.open(passphrase: pass)
        #expect(s.replica.records("address").compactMap { $0.string("street") } == ["Runarveien"])
    }

    @Test func theRecoveryKeyOpensAndSetsANewPassphrase() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let recovery: String
        do {
            let s = try laptop.initialiseEncrypted(passphrase: pass)
            recovery = try #require(s.recoveryKey)
            _ = try addAddress(s, "Runarveien")
        }
        #expect(recovery.count == 39)
        let typed = recovery.lowercased().replacingOccurrences(of: "-", with: " ")
        let s = try laptop.open(passphrase: typed)
        try s.addSlot(name: "Kari Test", secret: "nytt passord her", kdf: .fastForTests)
        #expect(s.replica.records("address").count == 1)
        #expect(s.slots().filter { !$0.recovery }.count == 2)
    }

    @Test func nothingOfTheDemosPeopleIsReadableInAnyFileOnTheLaptopOrTheSticks() throws {
        let tmp = TempFolder()
        let a = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        let ctx = try a.context(now: fixedDate)
        try a.append(DemoData.ops(on: a.replica, context: ctx))
        // Every name, phone number and note the demo holds about a person.
        let secrets = Set(a.replica.records("resident").flatMap { [$0.string("name"), $0.string("phone")] }
            + a.replica.records("visit").flatMap { [$0.string("note"), $0.string("agreed")] }
            + a.replica.records("input").map { $0.string("text") }).compactMap { $0 }.filter { $0.count >= 6 }
        #expect(secrets.count >= 20)
        for f in ["usb", "shared"] { _ = try a.sync(with: tmp.sub(f)) }
        try a.saveSnapshot()
        a.setAside(Array(secrets.sorted()[0].utf8), from: "test.jsonl")
        for folder in [a.folder, tmp.sub("usb"), tmp.sub("shared")] {
            for file in HostileLines.files(under: folder) {
                guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
                for s in secrets {
                    for needle in Self.forms(of: s) {
                        #expect(data.range(of: Data(needle)) == nil, "\(file) holds \(s)")
                    }
                }
            }
        }
        // And it all reads back.
        let again = try Laptop(tmp, "a").open(passphrase: pass, readOnly: true)
        #expect(again.replica.records("resident").count == a.replica.records("resident").count)
        #expect(again.damage.isEmpty)
    }

    /// A text as it could stand in a file: UTF-8 in both normal forms, JSON escapes, UTF-16, base64.
    static func forms(of s: String) -> [[UInt8]] {
        var out: [[UInt8]] = [Array(s.utf8), Array(s.decomposedStringWithCanonicalMapping.utf8)]
        out.append(Array(s.unicodeScalars.map { $0.isASCII ? String($0) : String(format: "\\u%04x", $0.value) }.joined().utf8))
        out.append(Array(s.data(using: .utf16LittleEndian)!))
        out.append(Array(s.data(using: .utf16BigEndian)!))
        out.append(Array(Data(s.utf8).base64EncodedString().dropLast(4).utf8))
        return out.filter { $0.count >= 6 }
    }

    @Test func twoLaptopsThatEachAddAWorkerWhileApartBothKnowBoth() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        _ = try a.sync(with: usb)
        let b = try Laptop(tmp, "b").initialise(copying: usb, "Ola Test", passphrase: pass)
        try a.addSlot(name: "Per", secret: "pers passord", kdf: .fastForTests)
        try b.addSlot(name: "Siri", secret: "siris passord", kdf: .fastForTests)
        _ = try addAddress(b, "Beveien")
        for s in [a, b, a] { _ = try s.sync(with: usb) }
        #expect(Set(a.slots().map(\.name)) == Set(b.slots().map(\.name)))
        #expect(Set(a.slots().map(\.name)).isSuperset(of: ["Per", "Siri", "Kari Test"]))
        // Each new worker's passphrase opens the other laptop's copy.
        let copy = Laptop(tmp, "c")
        _ = try copy.initialise(copying: Laptop(tmp, "a").data, "Siri", passphrase: "siris passord")
        #expect(try Laptop(tmp, "c").open(passphrase: "pers passord", readOnly: true).replica.records("address").count == 1)
    }

    @Test func aRotationWhileOneLaptopIsAwayReachesItWhenItSyncs() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        _ = try a.sync(with: usb)
        let b = try Laptop(tmp, "b").initialise(copying: usb, "Ola Test", passphrase: pass)
        try a.rotate()
        _ = try addAddress(a, "Etter rotasjon")
        _ = try addAddress(b, "Borte")
        _ = try a.sync(with: usb)
        let report = try b.sync(with: usb)
        #expect(report.sealedForOtherKeys == 0)
        _ = try a.sync(with: usb)
        for s in [a, b] {
            #expect(Set(s.replica.records("address").compactMap { $0.string("street") }) == ["Etter rotasjon", "Borte"])
        }
        #expect(b.keyring?.keys.count == 2)
    }

    @Test func aRemovedWorkersPassphraseOpensNoCopyMadeAfterTheRotation() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        let per = try a.addSlot(name: "Per", secret: "pers passord", kdf: .fastForTests)
        try a.removeSlot(per)
        _ = try addAddress(a, "Etter")
        _ = try a.sync(with: usb)
        #expect(throws: Store.wrongPassphrase) { try Laptop(tmp, "b").initialise(copying: usb, "Per", passphrase: "pers passord") }
        #expect(a.slots().map(\.name).contains("Per") == false)
    }

    @Test func aFlippedByteAMovedLineAndAForeignLineAreSetAside() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        _ = try addAddress(a, "Runarveien")
        _ = try a.sync(with: usb)
        let other = try Laptop(tmp, "o").initialiseEncrypted(passphrase: pass)
        _ = try addAddress(other, "Fremmedveien")
        let own = try String(contentsOfFile: a.journalFolder + "/" + a.identity!.device + ".jsonl", encoding: .utf8)
        let sealed = own.split(separator: "\n").last!
        let foreign = try String(contentsOfFile: other.journalFolder + "/" + other.identity!.device + ".jsonl", encoding: .utf8).split(separator: "\n").last!
        var flipped = Array(sealed.utf8)
        flipped[flipped.count - 10] = flipped[flipped.count - 10] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        let moved = sealed.replacingOccurrences(of: "\"op\":\"\(a.identity!.device):", with: "\"op\":\"movedxx:")
        try HostileLines.plant(usb, "forged.jsonl", [String(decoding: flipped, as: UTF8.self).replacingOccurrences(of: a.identity!.device, with: "flipdev"),
                                                     moved, String(foreign).replacingOccurrences(of: other.identity!.device, with: "foreign")])
        let report = try a.sync(with: usb)
        #expect(report.received == 0)
        #expect(report.damage.count == 3)
        #expect(report.damage.allSatisfy { $0.kind == .tampered || $0.kind == .sealedForOtherKeys })
        #expect(a.replica.records("address").count == 1)
    }

    @Test func aFolderOfAnotherStoreIsRefusedInPlainWords() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        _ = try a.sync(with: usb)
        let other = try Laptop(tmp, "p").initialiseEncrypted(passphrase: pass)
        #expect(throws: Message.self) { try other.sync(with: usb) }
        do { _ = try other.sync(with: usb) } catch { #expect(error.en.contains("belongs to a different Nabo store")) }
    }

    @Test func plainLinesLeftInAnEncryptedStoreAreCounted() throws {
        let tmp = TempFolder()
        let laptop = try closedLaptopWithAnAddress(tmp)
        try HostileLines.plant(laptop.data, "plaindev.jsonl", [HostileLines.line("plaindev:1")])
        let s = try laptop.open(passphrase: pass, readOnly: true)
        #expect(s.plainLines == 1)
        #expect(s.replica.records("address").count == 2)
    }

    @Test func aPlainLineForgedUnderASealedLinesIdLosesToIt() throws {
        let tmp = TempFolder()
        let usb = tmp.sub("usb")
        let a = try Laptop(tmp, "a").initialiseEncrypted(passphrase: pass)
        let id = try addAddress(a, "Runarveien")
        _ = try a.sync(with: usb)
        let op = try #require(a.replica.record("address", id)?.register("street")?.winner.version).seq
        let forged = HostileLines.line("\(a.identity!.device):\(op)", id: id, street: "Falskveien")
        try HostileLines.plant(usb, "forged.jsonl", [forged])
        let report = try a.sync(with: usb)
        #expect(report.damage.contains { $0.kind == .conflictingCopy })
        #expect(a.replica.record("address", id)?.string("street") == "Runarveien")
        let again = try Laptop(tmp, "a").open(passphrase: pass, readOnly: true)
        #expect(again.replica.record("address", id)?.string("street") == "Runarveien")
    }
}

import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// A folder a file-sync engine carries: each file has one writer, so the engine never has two
/// laptops' versions of one file to keep as conflict copies; those it keeps are read and removed.
@Suite struct SyncEngineTests {
    /// Kari's and Ola's laptops, known to each other through a stick, and a Syncthing folder.
    struct Team {
        let tmp = TempFolder()
        let kari: Store
        let ola: Store
        var usb: String { tmp.sub("usb") }
        /// The sync folder inside the folder Syncthing shares, which holds `.stfolder`.
        var carried: String { tmp.sub("syncthing/nabo") }

        init() throws {
            kari = try Laptop(tmp, "kari").initialise("Kari Test")
            _ = try addAddress(kari, "Runarveien")
            _ = try kari.sync(with: tmp.sub("usb"))
            ola = try Laptop(tmp, "ola").initialise(copying: tmp.sub("usb"), "Ola Test")
            try FileManager.default.createDirectory(atPath: tmp.sub("syncthing/.stfolder"), withIntermediateDirectories: true)
        }

        func journal(_ s: Store) -> String { carried + "/journal/" + s.identity!.device + ".jsonl" }
    }

    @Test func aLaptopWritesOnlyItsOwnJournalOnceTheFolderHoldsAnyOfAnother() throws {
        let team = try Team()
        _ = try addAddress(team.ola, "Midtåsveien")
        let first = try team.ola.sync(with: team.carried)
        // Kari's journal was missing from the folder altogether: written once, whole.
        #expect(first.ownJournalOnly)
        #expect(journalFiles(team.carried) == [team.kari.identity!.device + ".jsonl", team.ola.identity!.device + ".jsonl"].sorted())
        let karis = try Data(contentsOf: URL(fileURLWithPath: team.journal(team.kari)))
        // Kari's next change reaches Ola by the stick; Ola leaves Kari's journal in the folder to Kari.
        _ = try addAddress(team.kari, "Fjellveien")
        _ = try team.kari.sync(with: team.usb)
        #expect(try team.ola.sync(with: team.usb).received == 1)
        _ = try addAddress(team.ola, "Sjøveien")
        let second = try team.ola.sync(with: team.carried)
        #expect(second.sent == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: team.journal(team.kari))) == karis)
    }

    @Test func nabosHalfWrittenFilesAreKeptOutOfTheEngineWhereTheFolderIsItsOwn() throws {
        let team = try Team()
        let own = team.tmp.sub("shared")
        try FileManager.default.createDirectory(atPath: own + "/.stfolder", withIntermediateDirectories: true)
        #expect(try team.kari.sync(with: own).ownJournalOnly)
        #expect(try String(contentsOfFile: own + "/.stignore", encoding: .utf8).contains("(?d).nabo-tmp.*"))
        // A folder below another's marker, or with an ignore list of its own, is left as it is.
        try "*.bak\n".write(toFile: own + "/.stignore", atomically: true, encoding: .utf8)
        _ = try team.kari.sync(with: own)
        #expect(try String(contentsOfFile: own + "/.stignore", encoding: .utf8) == "*.bak\n")
        _ = try team.kari.sync(with: team.carried)
        #expect(!FileManager.default.fileExists(atPath: team.carried + "/.stignore"))
        #expect(!FileManager.default.fileExists(atPath: team.tmp.sub("syncthing/.stignore")))
    }

    @Test func askedForAnyFolderTheSameHolds() throws {
        let team = try Team()
        _ = try team.ola.sync(with: team.usb, ownJournalOnly: true)
        let karis = try Data(contentsOf: URL(fileURLWithPath: team.usb + "/journal/" + team.kari.identity!.device + ".jsonl"))
        _ = try addAddress(team.kari, "Fjellveien")
        _ = try team.kari.sync(with: team.tmp.sub("stick2"))
        #expect(try team.ola.sync(with: team.tmp.sub("stick2")).received == 1)
        let report = try team.ola.sync(with: team.usb, ownJournalOnly: true)
        #expect(report.ownJournalOnly)
        #expect(try Data(contentsOf: URL(fileURLWithPath: team.usb + "/journal/" + team.kari.identity!.device + ".jsonl")) == karis)
    }

    @Test func aConflictCopyIsReadAndRemovedOnceTheJournalsHoldItsChanges() throws {
        let team = try Team()
        _ = try team.kari.sync(with: team.carried)
        _ = try team.ola.sync(with: team.carried)
        // Syncthing kept Kari's newer journal as a conflict copy and the older one under its name.
        _ = try addAddress(team.kari, "Fjellveien")
        let copy = team.carried + "/journal/" + team.kari.identity!.device + ".sync-conflict-20261203-101010-ABCDEFG.jsonl"
        try FileManager.default.copyItem(atPath: team.kari.journalFolder + "/" + team.kari.identity!.device + ".jsonl", toPath: copy)
        let ola = try team.ola.sync(with: team.carried)
        #expect(ola.received == 1)
        // Ola holds Kari's change, but the folder's journals do not yet: the copy stays for Kari.
        #expect(ola.conflictCopiesRemoved == 0)
        #expect(FileManager.default.fileExists(atPath: copy))
        let kari = try team.kari.sync(with: team.carried)
        #expect((kari.sent, kari.conflictCopiesRemoved) == (1, 1))
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(try team.ola.sync(with: team.carried).received == 0)
        #expect(Digest.of(team.kari.replica) == Digest.of(team.ola.replica))
    }

    @Test func theEnginesTemporaryFilesAndOldVersionsAreNeverRead() throws {
        let team = try Team()
        _ = try team.kari.sync(with: team.carried)
        _ = try addAddress(team.kari, "Fjellveien")
        let karis = try Data(contentsOf: URL(fileURLWithPath: team.kari.journalFolder + "/" + team.kari.identity!.device + ".jsonl"))
        let journal = team.carried + "/journal/"
        for name in [".syncthing.\(team.kari.identity!.device).jsonl.tmp", "~syncthing~\(team.kari.identity!.device).jsonl.tmp"] {
            try karis.write(to: URL(fileURLWithPath: journal + name))
        }
        try FileManager.default.createDirectory(atPath: team.tmp.sub("syncthing/.stversions/nabo/journal"), withIntermediateDirectories: true)
        try karis.write(to: URL(fileURLWithPath: team.tmp.sub("syncthing/.stversions/nabo/journal/") + team.kari.identity!.device + ".jsonl"))
        let report = try team.ola.sync(with: team.carried)
        #expect(report.received == 0)
        #expect(report.damage.isEmpty)
        #expect(team.ola.replica.records("address").count == 1)
    }
}

import Foundation
import NaboTestSupport
import Testing

/// `nabo sync` with a folder named once: set, used with no folder, forgotten.
@Suite struct SyncCommandTests {
    @Test func aNamedFolderIsSyncedAtOnceUsedWithNoFolderAndForgotten() throws {
        let store = CommandStore("sync-named")
        #expect(try store.initialise())
        let folder = store.folder.sub("usb")
        #expect(try store.run(["sync"]).stderr.contains("No sync folder is named. Name one with nabo sync --set FOLDER"))
        let set = try store.run(["sync", "--set", folder, "--lang", "en"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("Sync folder: \(folder). The interface syncs with it on its own."))
        #expect(FileManager.default.fileExists(atPath: folder + "/store.json"))
        let state = try String(contentsOfFile: store.folder.sub("state") + "/nabo/sync-folders.json", encoding: .utf8)
        #expect(state.contains(folder))
        _ = try store.id(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"])
        let again = try store.run(["sync", "--json"])
        #expect(again.stdout.contains("\"sent\": 1"), "\(again.stdout) \(again.stderr)")
        #expect(again.stdout.contains("\"ownJournalOnly\": false"))
        let unset = try store.run(["sync", "--unset", "--lang", "nb"])
        #expect(unset.stdout.contains("Nabo synkroniserer ikke lenger med \(folder) av seg selv."))
        #expect(try store.run(["sync"]).status != 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/store.json"))
    }

    @Test func ownJournalOnlyIsKeptWithTheNamedFolder() throws {
        let store = CommandStore("sync-engine")
        #expect(try store.initialise())
        let folder = store.folder.sub("shared")
        #expect(try store.run(["sync", "--set", folder, "--own-journal-only"]).status == 0)
        #expect(try store.run(["sync", "--json"]).stdout.contains("\"ownJournalOnly\": true"))
    }

    @Test func aFolderThatCannotBeSyncedIsNotNamed() throws {
        let store = CommandStore("sync-refused")
        #expect(try store.initialise())
        let file = store.folder.sub("a-file")
        try "not a folder".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try store.run(["sync", "--set", file]).status != 0)
        #expect(!FileManager.default.fileExists(atPath: store.folder.sub("state") + "/nabo/sync-folders.json"))
        #expect(try store.run(["sync", "--unset", "--set", file]).status != 0)
    }
}

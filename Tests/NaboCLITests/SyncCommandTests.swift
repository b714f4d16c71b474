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

/// `nabo sync --watch` keeps a closed laptop up to date, and leaves syncing to an open interface.
@Suite(.serialized) struct SyncWatchTests {
    @Test func aJournalDroppedIntoTheFolderIsTakenInWithinSeconds() throws {
        let kari = CommandStore("watch-kari")
        #expect(try kari.initialise())
        let usb = kari.folder.sub("usb")
        #expect(try kari.run(["sync", "--set", usb]).status == 0)
        let ola = CommandStore("watch-ola")
        try FileManager.default.copyItem(atPath: usb, toPath: ola.data)
        #expect(try ola.run(["init", "--worker", "Ola Test", "--plain"]).status == 0)

        let watcher = Process()
        watcher.executableURL = URL(fileURLWithPath: Binary.nabo)
        watcher.arguments = ["sync", "--watch", "--data", kari.data]
        watcher.environment = ProcessInfo.processInfo.environment.merging(kari.environment) { $1 }
        watcher.standardOutput = FileHandle.nullDevice
        watcher.standardError = FileHandle.nullDevice
        try watcher.run()
        // Killed, not asked: a test runner's children may inherit SIGTERM ignored, and a watcher
        // ended anywhere leaves the folders as a crash would, which the next open repairs.
        defer {
            kill(watcher.processIdentifier, SIGKILL)
            watcher.waitUntilExit()
        }
        let address = try ola.id(["add", "address", "--street", "Fjellveien", "--number", "2", "--postcode", "3216", "--city", "Sandefjord"])
        #expect(try ola.run(["sync", usb]).status == 0)
        // The watcher answers within 2 s of the change; the deadline leaves room for a machine
        // busy with the rest of the suite, where one run took longer than 5 s.
        let deadline = Date().addingTimeInterval(15)
        var seen = false
        while !seen, Date() < deadline {
            usleep(200_000)
            seen = try kari.run(["list", "addresses", "--json"]).stdout.contains(address)
        }
        #expect(seen, "the watcher did not take in the address within 15 s")
        // Commands still write between its syncs.
        #expect(try kari.run(["add", "address", "--street", "Sjøveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"]).status == 0)
    }
}

import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// The key lines are read through `keyslots.cache`: only what was written since is scanned, and a
/// damaged or planted cache costs nothing but time.
@Suite struct KeySlotCacheTests {
    let pass = "riktig hest batteri"

    @Test func aReopenedFolderFindsEveryKeyThroughTheCacheAndNewOnesAfterIt() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        do { _ = try laptop.initialiseEncrypted(passphrase: pass) }
        do {
            let s = try laptop.open(passphrase: pass)
            try s.addSlot(name: "Per", secret: "pers passord", kdf: .fastForTests)
        }
        let cache = laptop.data + "/" + KeySlotCache.name
        #expect(FileManager.default.fileExists(atPath: cache))
        let cached = KeySlotCache.read(laptop.data)
        #expect(cached.lines.count >= 3)
        // A slot added after the cache was written is found by reading the journal's new end.
        do {
            let s = try laptop.open(passphrase: "pers passord")
            try s.addSlot(name: "Siri", secret: "siris passord", kdf: .fastForTests)
        }
        #expect(try Set(laptop.open(passphrase: "siris passord", readOnly: true).slots().map(\.name)).isSuperset(of: ["Kari Test", "Per", "Siri"]))
    }

    @Test func aDamagedCacheIsPassedOverAndTheJournalsAreReadWhole() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        do { _ = try laptop.initialiseEncrypted(passphrase: pass) }
        do { _ = try laptop.open(passphrase: pass) }
        let cache = laptop.data + "/" + KeySlotCache.name
        for garbage in ["{\"journals\":{\"x.jsonl\":[99999999,1]}}\nnot a key line\n", "\u{0}\u{1}", String(repeating: "[", count: 10_000)] {
            try garbage.write(toFile: cache, atomically: true, encoding: .utf8)
            let s = try laptop.open(passphrase: pass, readOnly: true)
            #expect(s.slots().map(\.name).contains("Kari Test"))
        }
    }
}

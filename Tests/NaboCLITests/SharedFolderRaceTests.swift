import Foundation
import NaboTestSupport
import Testing

/// Two laptops syncing into one shared folder at the same moment, again and again: whatever the
/// order their renames land in, nothing either saved is lost from the folder or from each other.
@Suite(.serialized) struct SharedFolderRaceTests {
    @Test func twoLaptopsSyncingAtOnceLoseNothing() throws {
        let kari = CommandStore("race-kari")
        #expect(try kari.initialise())
        let shared = kari.folder.sub("shared")
        #expect(try kari.run(["sync", shared]).status == 0)
        let ola = CommandStore("race-ola")
        try FileManager.default.copyItem(atPath: shared, toPath: ola.data)
        #expect(try ola.run(["init", "--worker", "Ola Test", "--plain"]).status == 0)
        var made: Set<String> = []
        for round in 1...5 {
            for (laptop, street) in [(kari, "Kariveien"), (ola, "Olaveien")] {
                made.insert(try laptop.id(["add", "address", "--street", street, "--number", "\(round)", "--postcode", "3216", "--city", "Sandefjord"]))
            }
            // Both started before either is waited for.
            let syncs = try [kari, ola].map { laptop in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: Binary.nabo)
                p.arguments = ["sync", shared, "--data", laptop.data]
                p.environment = ProcessInfo.processInfo.environment.merging(laptop.environment) { $1 }
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                try p.run()
                return p
            }
            for p in syncs {
                p.waitUntilExit()
                #expect(p.terminationStatus == 0)
            }
        }
        // Once more each, in turn, as the next automatic syncs would.
        for laptop in [kari, ola, kari] { #expect(try laptop.run(["sync", shared]).status == 0) }
        let newcomer = CommandStore("race-new")
        try FileManager.default.copyItem(atPath: shared, toPath: newcomer.data)
        #expect(try newcomer.run(["init", "--worker", "Ny Test", "--plain"]).status == 0)
        for laptop in [kari, ola, newcomer] {
            let held = try laptop.run(["list", "addresses", "--json"]).stdout
            for id in made { #expect(held.contains(id), "\(laptop.data) lacks \(id)") }
        }
    }
}

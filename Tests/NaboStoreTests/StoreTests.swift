import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

@Suite struct StoreTests {
    @Test func whatIsCommittedIsThereAfterReopening() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let id: String
        do {
            let s = try laptop.initialise()
            id = try addAddress(s, "Runarveien")
            try s.commit(.set(.address, id: id, Edit(values: ["letter": "a"])), now: fixedDate)
        }
        let s = try laptop.open()
        #expect(s.replica.live("address", id)?["letter"] == "A")
        #expect(s.replica.operationCount == 2)
        #expect(s.damage.isEmpty)
    }

    @Test func filesAreForTheOwnerOnly() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let s = try laptop.initialise()
        _ = try addAddress(s, "Runarveien")
        func mode(_ p: String) throws -> Int { (try FileManager.default.attributesOfItem(atPath: p)[.posixPermissions] as? Int) ?? -1 }
        #expect(try mode(laptop.data) == 0o700)
        #expect(try mode(laptop.data + "/journal") == 0o700)
        #expect(try mode(laptop.data + "/store.json") == 0o600)
        for f in journalFiles(laptop.data) { #expect(try mode(laptop.data + "/journal/" + f) == 0o600) }
    }

    @Test func aRejectedChangeWritesNothing() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let s = try laptop.initialise()
        _ = try addAddress(s, "Runarveien")
        let before = try Data(contentsOf: URL(fileURLWithPath: laptop.data + "/journal/" + journalFiles(laptop.data)[0]))
        #expect(throws: Message.self) { try s.commit(.add(.unit, Edit(values: ["address": "adr-none", "number": "H0101"])), now: fixedDate) }
        #expect(throws: Message.self) { try s.commit(.add(.resident, Edit(values: ["name": "Ola", "movedIn": "2026-02-31"])), now: fixedDate) }
        let after = try Data(contentsOf: URL(fileURLWithPath: laptop.data + "/journal/" + journalFiles(laptop.data)[0]))
        #expect(before == after)
    }

    @Test func aTornLastLineIsSetAsideAndTheStoreStillOpens() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let id: String
        let journal: String
        do {
            let s = try laptop.initialise()
            id = try addAddress(s, "Runarveien")
            journal = laptop.data + "/journal/" + journalFiles(laptop.data)[0]
        }
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: journal))
        h.seekToEndOfFile()
        h.write(Data(#"{"v":1,"op":"x:2","t":12,"by":"K","type":"addr"#.utf8))
        try h.close()
        let s = try laptop.open()
        #expect(s.damage.map(\.kind) == [.tornLine])
        #expect(s.replica.live("address", id) != nil)
        let aside = try FileManager.default.contentsOfDirectory(atPath: laptop.data + "/damaged")
        #expect(aside.count == 1)
        // The next append starts on a clean line and everything reads back.
        let second = try addAddress(s, "Midtåsveien")
        let again = try laptop.open(readOnly: true)
        #expect(again.damage.isEmpty)
        #expect(again.replica.live("address", second) != nil)
    }

    @Test func aSecondWriterWaitsItsTurnAndReadersAreWelcome() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let holder = StoreHolder(try laptop.initialise())
        _ = try addAddress(holder.store!, "Runarveien")
        let reader = try laptop.open(readOnly: true)
        #expect(reader.replica.records("address").count == 1)
        // A script's second add waits, says so once, and goes in when the first writer closes.
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { holder.store = nil }
        let r = try Binary.run(["add", "address", "--street", "Storgata", "--number", "2", "--postcode", "3210", "--city", "Sandefjord",
                                "--data", laptop.data], environment: ["XDG_STATE_HOME": laptop.state, "LANG": "en_GB.UTF-8"])
        #expect(r.status == 0)
        #expect(r.stderr == "nabo: Waiting for another Nabo that is using this data folder …\n")
        #expect(try laptop.open(readOnly: true).replica.records("address").count == 2)
    }

    @Test func aSecondWriterGivesUpAfterTenSeconds() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let s = try laptop.initialise()
        _ = try addAddress(s, "Runarveien")
        let r = try Binary.run(["add", "address", "--street", "Storgata", "--number", "2", "--postcode", "3210", "--city", "Sandefjord",
                                "--data", laptop.data], environment: ["XDG_STATE_HOME": laptop.state, "LANG": "en_GB.UTF-8"])
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n") == ["nabo: Waiting for another Nabo that is using this data folder …",
                                                    "nabo: Another Nabo is still using this data folder after 10 seconds. Close it first, then try again."])
        #expect(s.replica.records("address").count == 1)
        #expect(try laptop.open(readOnly: true).replica.records("address").count == 1)
    }

    @Test func aCopiedFolderIsANewDeviceWithItsOwnJournal() throws {
        let tmp = TempFolder()
        let a = Laptop(tmp, "a")
        do {
            let s = try a.initialise()
            _ = try addAddress(s, "Runarveien")
        }
        let b = Laptop(tmp, "b")
        try FileManager.default.createDirectory(atPath: tmp.sub("b"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: a.data, toPath: b.data)
        #expect(throws: Message.self) { try b.open().commit(.add(.address, Edit(values: ["street": "X", "number": "1", "postcode": "3216", "city": "Y"])), now: fixedDate) }
        let sb = try b.initialise("Ola Test")
        _ = try addAddress(sb, "Midtåsveien")
        #expect(journalFiles(b.data).count == 2)
        #expect(sb.replica.records("address").count == 2)
    }

    @Test func aJournalThatWentBackInTimeIsRecoveredFromTheSyncFolder() throws {
        let tmp = TempFolder()
        let a = Laptop(tmp, "a")
        let usb = tmp.sub("usb")
        let name: String
        do {
            let s = try a.initialise()
            _ = try addAddress(s, "Runarveien")
            _ = try s.sync(with: usb)
            _ = try addAddress(s, "Midtåsveien")
            _ = try s.sync(with: usb)
            name = journalFiles(a.data)[0]
        }
        // An old backup of the journal is put back over the current one.
        let path = a.data + "/journal/" + name
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        try (lines[0] + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        // A reader sees the gap and says so; the device finds its lines on the USB stick it used.
        let reader = try a.open(readOnly: true)
        #expect(reader.missingOwnOperations == 2...2)
        #expect(throws: Message.self) { try reader.context(now: fixedDate) }
        let s = try a.open()
        #expect(s.missingOwnOperations == nil)
        #expect(s.replica.records("address").count == 2)
        _ = try addAddress(s, "Storgata")
        #expect(try a.open(readOnly: true).replica.records("address").count == 3)
    }

    @Test func historyListsEveryChangeWithWhoAndWhen() throws {
        let tmp = TempFolder()
        let s = try Laptop(tmp, "a").initialise()
        let id = try addAddress(s, "Runarveien")
        try s.commit(.set(.address, id: id, Edit(values: ["street": "Runarvegen"])), now: fixedDate.addingTimeInterval(60))
        let h = try s.history("address", id)
        #expect(h.count == 2)
        #expect(h.map(\.author) == ["Kari Test", "Kari Test"])
        #expect(h[1].writes == [FieldWrite("street", "Runarvegen", replaces: [h[0].id])])
    }

    /// A person's export reads the histories of many records at once; a record whose id appears
    /// only inside another record's value is not taken for that record.
    @Test func historiesOfSeveralRecordsComeFromOnePass() throws {
        let tmp = TempFolder()
        let s = try Laptop(tmp, "a").initialise()
        let first = try addAddress(s, "Runarveien"), second = try addAddress(s, "Midtåsveien"), other = try addAddress(s, "Storgata")
        try s.commit(.set(.address, id: second, Edit(values: ["street": "Midtåsvegen"])), now: fixedDate.addingTimeInterval(60))
        // A text that holds `{"id":"<first>"}` is about `other`, not about `first`.
        try s.commit(.set(.address, id: other, Edit(values: ["city": "{\"id\":\"\(first)\"}"])), now: fixedDate.addingTimeInterval(120))
        let found = try s.histories(of: [RecordRef(.address, first), RecordRef(.address, second)])
        #expect(found[RecordRef(.address, first)]?.count == 1)
        #expect(found[RecordRef(.address, second)]?.map { $0.writes.first?.value } == [.string("Midtåsveien"), .string("Midtåsvegen")])
        #expect(found[RecordRef(.address, other)] == nil)
    }
}

/// Holds an open store so another thread can close it (dropping its lock) while a test waits.
final class StoreHolder: @unchecked Sendable {
    var store: Store?
    init(_ store: Store) { self.store = store }
}

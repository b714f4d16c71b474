import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// The draft of what is being typed: sealed like the rest of an encrypted store, never in the
/// journals a sync copies, and set aside rather than offered when it cannot be opened.
@Suite struct DraftFileTests {
    let note = Array("{\"note\":\"Bekymret for naboen i 3. etasje\"}".utf8)

    @Test func anEncryptedStoresDraftIsSealedAndReadsBack() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let store = try laptop.initialiseEncrypted()
        try store.writeDraft(note)
        let bytes = try #require(FileManager.default.contents(atPath: laptop.data + "/draft"))
        #expect(bytes.range(of: Data("Bekymret".utf8)) == nil)
        #expect(store.readDraft() == note)
        // Only the journals travel: nothing of the draft is in them.
        for file in HostileLines.files(under: store.journalFolder) {
            let journal = try Data(contentsOf: URL(fileURLWithPath: store.journalFolder + "/" + file))
            #expect(journal.range(of: Data("Bekymret".utf8)) == nil)
        }
        store.removeDraft()
        #expect(store.readDraft() == nil)
    }

    @Test func aDraftThatCannotBeOpenedIsSetAsideNotOffered() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let store = try laptop.initialiseEncrypted()
        try Data("NABOSEA2 not really sealed".utf8).write(to: URL(fileURLWithPath: laptop.data + "/draft"))
        #expect(store.readDraft() == nil)
        #expect(!FileManager.default.fileExists(atPath: laptop.data + "/draft"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: laptop.data + "/damaged").contains { $0.hasPrefix("draft.") })
    }
}

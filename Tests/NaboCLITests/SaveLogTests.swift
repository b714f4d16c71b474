import Foundation
import NaboCore
import NaboStore
import NaboTestSupport
import Testing
@testable import NaboCLI

@Suite struct SaveLogTests {
    @Test func undoTakesBackTheLastSaveAndKeepsBothInHistory() throws {
        let tmp = TempFolder()
        let store = try Store.initialise(tmp.sub("data"), worker: "Kari Test", stateHome: tmp.sub("state"))
        var log = SaveLog()
        let done = Message(nb: "Adressen er lagret.", en: "The address is saved.")
        #expect(try log.save(.add(.address, Edit(values: ["street": "Runarveien", "number": "1", "postcode": "3216", "city": "Sandefjord"])),
                             done: done, in: store, now: Date()) == done)
        let id = try #require(store.replica.records("address").first?.id)
        try log.save(.set(.address, id: id, Edit(values: ["letter": "B"])), done: done, in: store, now: Date())
        let undone = try log.undo(in: store, now: Date())
        #expect(undone.en == "Undone: “The address is saved.” no longer holds.")
        #expect(store.replica.live("address", id)?["letter"] == .null)
        _ = try log.undo(in: store, now: Date())
        #expect(store.replica.live("address", id) == nil)
        #expect(throws: Message.self) { try log.undo(in: store, now: Date()) }
        #expect(SaveLog.firstSentence("The visit is deleted. u undoes that.") == "The visit is deleted.")
        #expect(try store.history("address", id).count == 4)
    }
}

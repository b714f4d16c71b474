import Foundation
import NaboTestSupport
import Testing

/// A read-only command on a store whose snapshot is missing answers, exits, and leaves the
/// snapshot to a process of its own, which writes it soon after; the next command starts from it.
@Suite struct DetachedSnapshotTests {
    let store = CommandStore("nabo-detached-snapshot")

    @Test func aReadOnlyCommandLeavesTheSnapshotToAProcessOfItsOwn() throws {
        #expect(try store.run(["gen", "--units", "40", "--residents", "80", "--visits", "3000", "--years", "1"]).status == 0)
        let snapshot = store.data + "/snapshot.bin"
        try? FileManager.default.removeItem(atPath: snapshot)
        let listed = try store.run(["list", "residents", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let residents = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(residents.count == 80)
        // The output was read to its end when the command exited: the child writing holds none of it.
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: snapshot), Date() < deadline { usleep(50_000) }
        #expect(FileManager.default.fileExists(atPath: snapshot))
        let again = try store.run(["list", "residents", "--json"])
        #expect(again.stdout == listed.stdout)
        #expect(try store.run(["check"]).status == 0)
    }
}

import Foundation
import NaboTestSupport
import Testing

/// `nabo gen` writes every record type the project keeps, so the benchmark store has them.
@Suite struct GenCommandTests {
    let store = CommandStore("nabo-gen")

    @Test func aYearOfTheWorkGroupHasAMeetingAMonthWithDecisionsThePlanAndNotices() throws {
        let gen = try store.run(["gen", "--units", "40", "--residents", "60", "--visits", "200", "--years", "1"])
        #expect(gen.status == 0, "\(gen.stderr)")
        func list(_ type: String) throws -> [[String: Any]] {
            try #require(try JSONSerialization.jsonObject(with: Data(try store.run(["list", type, "--json"]).stdout.utf8)) as? [[String: Any]])
        }
        let meetings = try list("meetings"), items = try list("agenda-items")
        #expect(meetings.count == 12)
        #expect(items.count >= 36 && items.count <= 60)
        #expect(items.filter { $0["standing"] as? Bool == true }.count == 12)
        #expect(items.contains { $0["parked"] as? Bool == true })
        #expect(try list("measures").contains { $0["agendaItem"] is String })
        let activities = try list("activities")
        #expect(activities.contains { $0["done"] is String } && activities.contains { $0["done"] is NSNull })
        #expect(try list("notices").count == 12)
        #expect(try store.run(["check"]).status == 0)
    }
}

import NaboTestSupport
import Testing
@testable import NaboCore

@Suite struct DueTests {
    /// Three residents: one whose agreed next visit has passed, one whose follow-up frequency has run
    /// out, one who is not due; and one who moved out. Attempts where nobody was home are not visits:
    /// they neither move the due date nor drop the agreed one, and those since the last visit count.
    @Test func dueListsMostOverdueFirstWithTheReason() throws {
        var r = Replica()
        var ctx = Fixed.context()
        func add(_ type: EntityType, _ values: [String: String], sets: [String: [String]] = [:]) throws -> String {
            let ops = try Planner.plan(.add(type, Edit(values: values, additions: sets)), in: r, context: ctx)
            ops.forEach { r.apply($0) }
            ctx.nextSeq += 1
            return ops[0].entity
        }
        let a = try add(.address, ["street": "Runarveien", "number": "1", "postcode": "3216", "city": "Sandefjord"])
        let u = try add(.unit, ["address": a, "number": "H0101"])
        let late = try add(.resident, ["name": "Ørjan Ødegård", "unit": u])
        let plan = try add(.resident, ["name": "Cabdullaahi Maxamed", "unit": u])
        let fine = try add(.resident, ["name": "张伟", "unit": u])
        let gone = try add(.resident, ["name": "Kari Nordvik", "unit": u, "movedOut": "2026-10-01"])
        _ = try add(.visit, ["date": "2026-11-01", "note": "x", "next": "2026-11-15"], sets: ["residents": [late]])
        _ = try add(.visit, ["date": "2026-10-20", "kind": "not-at-home"], sets: ["residents": [late]])
        _ = try add(.visit, ["date": "2026-11-10", "kind": "not-at-home", "next": "2026-11-12"], sets: ["residents": [late]])
        _ = try add(.visit, ["date": "2026-11-18", "kind": "not-at-home"], sets: ["residents": [late]])
        _ = try add(.visit, ["date": "2026-11-01", "note": "x"], sets: ["residents": [plan]])
        _ = try add(.followUp, ["resident": plan, "frequency": "14"])
        _ = try add(.visit, ["date": "2026-11-20", "note": "x", "next": "2026-12-01"], sets: ["residents": [fine]])
        _ = try add(.visit, ["date": "2026-09-01", "note": "x", "next": "2026-09-10"], sets: ["residents": [gone]])
        let due = Due.list(in: r, today: ctx.today)
        let lateDue = DueVisit(resident: late, due: CalendarDate("2026-11-15")!, daysOverdue: 7, lastVisit: CalendarDate("2026-11-01"), reason: .agreedNext,
                               attempts: 2, lastAttempt: CalendarDate("2026-11-18"))
        let planDue = DueVisit(resident: plan, due: CalendarDate("2026-11-15")!, daysOverdue: 7, lastVisit: CalendarDate("2026-11-01"), reason: .frequency)
        #expect(due == [late, plan].sorted().map { $0 == late ? lateDue : planDue })
        // The retry the last attempt planned is the week's planned visit.
        #expect(Due.latestVisits(in: r)[late] == LastContact(visit: CalendarDate("2026-11-01"), next: CalendarDate("2026-11-15"), attempts: 2,
                                                             lastAttempt: CalendarDate("2026-11-18"), retry: nil))
        #expect(AttemptWords.since(2, lastVisit: "1 Nov").en == "2 attempts, not reached since 1 Nov")
        #expect(AttemptWords.since(1, lastVisit: nil).nb == "1 forsøk, aldri truffet")
    }

    /// The due list's order, laid out from residents in id order with a few out of order after
    /// them, is the plain sort's: most overdue first, then by id; a head not in order is sorted plainly.
    @Test func mostOverdueFirstIsThePlainSortsOrder() {
        var g = SplitMix64(seed: 5)
        let day = CalendarDate("2026-11-22")!
        for round in 0..<40 {
            let ids = (0..<Int(g.next() % 300)).map { _ in "res-\(String(g.next() % 100_000, radix: 36))" }
            let unique = Array(Set(ids))
            let list = unique.map { id in
                DueVisit(resident: id, due: day, daysOverdue: Int(g.next() % (round % 2 == 0 ? 5 : 4_000)), lastVisit: nil, reason: .agreedNext)
            }
            let sortedHead = round % 5 == 4 ? list.count : Int(g.next() % UInt64(list.count + 1))
            var given = Array(list.prefix(sortedHead))
            if round % 7 != 6 { given.sort { $0.resident < $1.resident } }
            given += list.dropFirst(sortedHead)
            let plain = given.sorted { ($0.daysOverdue, $1.resident) > ($1.daysOverdue, $0.resident) }
            #expect(Due.mostOverdueFirst(given, inIDOrder: sortedHead).map(\.resident) == plain.map(\.resident), "round \(round)")
        }
    }
}

import NaboTestSupport
import Testing
@testable import NaboCore

/// The indicators on a small fixture, each figure worked out by hand: two addresses, two months
/// of which the first is cut at the 15th, a deleted event that does not count.
@Suite struct IndicatorsTests {
    func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    @Test func eachCountFallsInItsPeriodAtItsAddress() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let b = try w.address("Runarveien", "3")
        let kari = try w.resident("Kari Nordvik", at: a)
        let ola = try w.resident("Ola Nordmann", at: b)
        let unit = try #require(w.replica.liveResident(kari)?.unit)
        try w.add(.event, ["kind": "neighbour-complaint", "resident": kari, "date": "2026-10-31"])
        try w.add(.event, ["kind": "neighbour-complaint", "unit": unit, "date": "2026-11-01"])
        try w.add(.event, ["kind": "neighbour-complaint", "address": a, "date": "2026-11-15"])
        let gone = try w.add(.event, ["kind": "neighbour-complaint", "address": a, "date": "2026-11-02"])
        try w.commit(.delete(.event, id: gone))
        try w.add(.event, ["kind": "rent-arrears", "resident": ola, "date": "2026-11-03"])
        try w.add(.event, ["kind": "police", "address": a, "date": "2026-10-14"])
        try w.add(.visit, ["residents": kari, "date": "2026-11-02T10:00", "note": "Prat"])
        try w.add(.visit, ["residents": kari, "date": "2026-11-05T10:00", "kind": "not-at-home"])
        try w.add(.visit, ["residents": ola, "date": "2026-10-20T10:00", "kind": "phone"])
        try w.add(.input, ["resident": kari, "text": "Lys i kjelleren", "date": "2026-11-01", "outcome": "acted-on", "answeredOn": "2026-11-11"])
        try w.add(.input, ["resident": kari, "text": "Benk", "date": "2026-11-04", "outcome": "declined", "reason": "Ingen plass", "answeredOn": "2026-11-08"])
        try w.add(.measure, ["address": a, "title": "Ny lås", "due": "2026-10-15", "status": "ordered"])
        try w.add(.measure, ["address": a, "title": "Vaske trappen", "status": "done"])

        let periods = IndicatorPeriod(from: day("2026-10-15"), to: day("2026-11-22")).split(by: .month)
        #expect(periods == [IndicatorPeriod(from: day("2026-10-15"), to: day("2026-10-31"), label: "2026-10"),
                            IndicatorPeriod(from: day("2026-11-01"), to: day("2026-11-22"), label: "2026-11")])
        let table = Indicators(w.replica, periods: periods, today: w.today)
        func values(_ address: String, _ key: String) -> [Double?] { table.rows.first { $0.address == address && $0.key == key }!.values }
        #expect(values(a, "neighbour-complaint") == [1, 2])
        #expect(values(a, "police") == [0, 0])
        #expect(values(a, "rent-arrears") == [0, 0])
        #expect(values(b, "rent-arrears") == [0, 1])
        #expect(values(a, "visits") == [0, 1] && values(a, "attempts") == [0, 1] && values(a, "residents-followed-up") == [0, 1])
        #expect(values(b, "visits") == [1, 0] && values(b, "residents-followed-up") == [1, 0])
        #expect(values(a, "inputs-received") == [0, 2] && values(a, "inputs-acted-on") == [0, 1] && values(a, "inputs-told-back") == [0, 2])
        #expect(values(a, "days-to-tell-back") == [nil, 7])
        #expect(values(a, "measures-done") == [0, 1] && values(a, "measures-late") == [1, 1] && values(a, "waiting-on-byggdrift") == [0, 1])
        #expect(values(b, "survey-index") == [nil, nil])
        #expect(table.rows.count == 2 * (EventKind.allCases.count + Indicator.allCases.count))

        let only = Indicators(w.replica, periods: periods, addresses: [b], today: w.today)
        #expect(Set(only.rows.map(\.address)) == [b])
    }

    @Test func theProjectGivesTheBaselineAndTheProjectPeriods() throws {
        var w = World()
        #expect(Indicators.defaultPeriods(w.replica, today: w.today) == [IndicatorPeriod(from: day("2025-11-23"), to: day("2026-11-22"))])
        try w.commit(.add(.project, Edit(values: ["start": "2026-01-01", "baselineStart": "2025-01-01", "end": "2027-06-30"])))
        #expect(Indicators.defaultPeriods(w.replica, today: w.today) == [IndicatorPeriod(from: day("2025-01-01"), to: day("2025-12-31")),
                                                                        IndicatorPeriod(from: day("2026-01-01"), to: day("2026-11-22"))])
        #expect(throws: Message.self) { try w.commit(.add(.project, Edit(values: ["start": "2026-02-01"]))) }
        #expect(IndicatorPeriod(from: day("2025-11-20"), to: day("2026-02-03")).split(by: .quarter).map(\.label) == ["2025-Q4", "2026-Q1"])
    }
}

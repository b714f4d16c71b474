import Foundation
import NaboCore
@testable import NaboCLI
import NaboStore
import NaboTestSupport
import NaboTUI
import Testing

/// The answers `nabo list` gives by streaming the snapshot's records (decoded, or read where they lie and copied) and by narrowing with the
/// visit index equal the answers read from the whole table, on a generated store whose snapshot
/// has later work (new visits, edits of old ones) laid over it.
@Suite struct ListAnswerTests {
    let folder = TempFolder("nabo-list-answers")

    func generatedStore() throws -> Store {
        let data = folder.sub("data"), state = folder.sub("state")
        var gen: SyntheticStore
        let base: SyntheticStore.Base
        do {
            let store = try Store.initialise(data, worker: "Generator", stateHome: state)
            let device = try #require(store.identity?.device)
            gen = SyntheticStore(seed: 7, device: device, author: "Generator", startDay: CalendarDate(year: 2025, month: 1, day: 6)!)
            gen.skip(to: (store.identity?.lastSeq ?? 0) + 1)
            base = try gen.base(units: 60, residents: 90) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
            try gen.fieldwork(3_000, base: base, days: 300) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
        }
        // Follow-up plans with a frequency, one of them ended, for the due list read from the snapshot.
        do {
            let store = try Store(data, stateHome: state)
            let residents = store.replica.records(EntityType.resident.rawValue).map(\.id).sorted()
            for (n, resident) in residents.prefix(12).enumerated() {
                var values = ["resident": resident, "frequency": String(7 + n), "started": "2025-02-0\(1 + n % 9)", "content": "Samtale"]
                if n == 3 { values["ended"] = "2025-06-01" }
                _ = try store.commit(.add(.followUp, Edit(values: values)), now: Date(timeIntervalSince1970: 1_740_000_000))
            }
        }
        try Store(data, stateHome: state).saveSnapshot()
        // Later work folds over the snapshot's tables, as in a store used since its last snapshot.
        let store = try Store(data, stateHome: state)
        try gen.fieldwork(600, base: base, days: 400) { (ops) throws(Message) in try store.appendBulk(ops) }
        return store
    }

    func text(_ records: some Sequence<Record>, _ type: EntityType) -> [String: String] {
        Dictionary(uniqueKeysWithValues: records.map { r in
            var w = JSONWriter()
            w.object(RecordJSON.pairs(r, type))
            return (r.id, w.text)
        })
    }

    @Test func streamedAndIndexedAnswersEqualTheWholeTables() throws {
        let store = try generatedStore()
        let replica = store.replica
        for type in EntityType.allCases {
            var streamed: [Record] = []
            var places: [Replica.RecordPlace] = []
            replica.forEachRecord(type.rawValue) { place, r in
                streamed.append(r)
                places.append(place)
            }
            let whole = text(replica.records(type.rawValue), type)
            #expect(text(streamed, type) == whole, "\(type)")
            #expect(text(places.compactMap { replica.record(type.rawValue, at: $0) }, type) == whole, "\(type) fetched again by place")
        }
        // The due list, which decodes only the fields its rule reads, equals the one from the journals alone.
        let today = CalendarDate(year: 2026, month: 1, day: 15)!
        let cold = try Store(folder.sub("data"), stateHome: folder.sub("state"), readOnly: true, useSnapshot: false).replica
        let due = Due.list(in: replica, today: today)
        #expect(due == Due.list(in: cold, today: today))
        #expect(due.count > 10)
        #expect(due.contains { $0.reason == .frequency })
        let visits = Array(replica.records(EntityType.visit.rawValue))
        #expect(visits.count > 3_000)
        // Every visit, as the export lists it from the records read where they lie, in the order
        // and with the text the whole table gives.
        let every = try ListQuery(.visit, filters: [], today: CalendarDate(year: 2026, month: 11, day: 22)!).places(in: replica)
        let sorted = visits.filter { !$0.isDeleted }.sorted { RecordText.listsBefore($0, $1, .visit) }
        var raw = RawRecord()
        let exported = every.map { place in
            var w = JSONWriter()
            _ = replica.writeJSON(.visit, at: place, raw: &raw, into: &w)
            return w.text
        }
        #expect(exported == sorted.map { r in text([r], .visit)[r.id]! })
        var rng = SplitMix64(seed: 11)
        let days = Set(visits.compactMap { $0.date("date") }).sorted()
        let residents = Set(visits.flatMap { $0.members("residents") }).sorted()
        var asked: [[String]] = (0..<25).map { _ in ["--date", days[Int(rng.next() % UInt64(days.count))].iso] }
        asked += (0..<25).map { _ in ["--resident", residents[Int(rng.next() % UInt64(residents.count))]] }
        asked.append(["--date", "2019-01-01"])
        asked.append(["--resident", "res-nobody"])
        asked.append(["--resident", residents[0], "--date", days[days.count / 2].iso])
        var found = 0
        for args in asked {
            let filter = try ListFilter(.visit, args, options: ListChoice.options)
            let ids = try #require(ListCandidates.ids(.visit, filter, deleted: false, in: replica), "\(args)")
            let indexed = Set(ids.compactMap { replica.record(EntityType.visit.rawValue, $0) }.filter { !$0.isDeleted && filter.matches($0) }.map(\.id))
            let scanned = Set(visits.filter { !$0.isDeleted && filter.matches($0) }.map(\.id))
            #expect(indexed == scanned, "\(args)")
            found += scanned.count
        }
        #expect(found > 100)
    }

    /// The plan's CSV written a row at a time, each measure fetched again from where it lies, is
    /// the whole table's CSV, filtered and searched as the board does.
    @Test func thePlanWrittenRowByRowIsTheWholeTablesCSV() throws {
        let replica = try generatedStore().replica
        let today = CalendarDate(year: 2026, month: 11, day: 22)!
        let dialect = CSVDialect(separator: ";", byteOrderMark: true)
        let address = try #require(replica.records(EntityType.measure.rawValue).compactMap { Measure($0).address }.first)
        var sizes: [Int] = []
        for (filter, query) in [(PlanFilter(), ""), (PlanFilter(lateOnly: true), ""), (PlanFilter(address: address), ""), (PlanFilter(), "lås")] {
            let whole = PlanExport.csv(PlanSearch.filter(filter.measures(in: replica, today: today), query: query, in: replica),
                                       replica: replica, language: .nb).text(dialect)
            var streamed = ""
            PlanCSV.write(replica, filter: filter, words: SearchQuery.words(query), today: today, language: .nb, dialect: dialect) { streamed += $0 }
            #expect(streamed == whole, "\(filter) \(query)")
            sizes.append(whole.split(separator: "\r\n").count)
        }
        #expect(sizes[0] > 50)
        #expect(sizes.allSatisfy { $0 > 1 })
    }
}

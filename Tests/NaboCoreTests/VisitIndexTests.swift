import Testing
@testable import NaboCore

/// The visit index stands in for the visits at start-up, so whatever way it was made (from the
/// records, read back from a snapshot, or a snapshot's index with later changes laid over it) it
/// must say what the records say.
@Suite struct VisitIndexTests {
    /// Every fact the index keeps, position by position, in words a failed test can show.
    func facts(_ index: VisitIndex) -> [String] {
        index.entries.indices.map { p in
            let e = index.entries[p]
            return [index.id(at: p), e.day.map { "\($0)" } ?? "-", e.minutes.map(String.init) ?? "-",
                    e.next.map { "\($0)" } ?? "-", index.unit(of: p) ?? "-",
                    index.residents(of: p).sorted().joined(separator: "+")].joined(separator: " ")
        }
    }

    /// Who has which visits, by id, as the resident and unit lookups answer.
    func lookups(_ index: VisitIndex, _ replica: Replica) -> [String] {
        let residents = replica.records("resident").map(\.id).sorted()
        let units = replica.records("unit").map(\.id).sorted()
        return residents.map { r in r + ": " + index.visits(ofResident: r).map(index.id(at:)).sorted().joined(separator: ",") }
            + units.map { u in u + ": " + index.visits(ofUnit: u).map(index.id(at:)).sorted().joined(separator: ",") }
    }

    /// A few addresses and residents, and visits on scattered days and times (some without a time,
    /// some with two residents, some with a next visit agreed), from a fixed seed.
    func world(visits: Int, seed: UInt64) throws -> World {
        var w = World()
        var g = SplitMix64(seed: seed)
        let address = try w.address("Runarveien", "1")
        var residents: [String] = []
        for name in ["Kari Nordvik", "Ola Nordmann", "Nguyễn Thị Minh Khai", "张伟", "Ørjan Ødegård"] {
            residents.append(try w.resident(name, at: address))
        }
        for _ in 0..<visits {
            let day = 1 + Int.random(in: 0..<28, using: &g)
            var date = "2026-10-" + (day < 10 ? "0" : "") + String(day)
            if Bool.random(using: &g) { date += "T1" + String(Int.random(in: 0..<10, using: &g)) + ":30" }
            var who = [residents.randomElement(using: &g)!]
            if Int.random(in: 0..<4, using: &g) == 0 { who.append(residents.randomElement(using: &g)!) }
            var values = ["resident": Set(who).sorted().joined(separator: ","), "date": date, "note": "Prat."]
            if Bool.random(using: &g) { values["next"] = "2026-12-" + String(10 + Int.random(in: 0..<10, using: &g)) }
            // Some are attempts where nobody was home, which are not visits.
            if Int.random(in: 0..<4, using: &g) == 0 { values["kind"] = "not-at-home" }
            try w.add(.visit, values)
        }
        return w
    }

    @Test func theIndexReadBackFromASnapshotIsTheOneMadeFromTheRecords() throws {
        let w = try world(visits: 60, seed: 7)
        let fresh = VisitIndex(w.replica.records("visit"))
        #expect(fresh.count == 60)
        let warm = try w.replica.throughSnapshot()
        #expect(facts(warm.visitIndex) == facts(fresh))
        #expect(lookups(warm.visitIndex, warm) == lookups(fresh, w.replica))
        // Every entry agrees with its record.
        for p in fresh.entries.indices {
            let record = try #require(w.replica.record("visit", fresh.id(at: p)))
            #expect(fresh.position(of: record.id) == p)
            #expect(fresh.unit(of: p) == record.string("unit"))
            #expect(Set(fresh.residents(of: p)) == Set(record.members("residents")))
        }
        #expect(fresh.position(of: "vis-nobody") == nil)
    }

    /// The index is read when first asked for, after the snapshot was opened; one that does not
    /// read (its residents' count made impossible) is made again from the visits, not trusted.
    @Test func anIndexThatDoesNotReadIsMadeAgainFromTheVisits() throws {
        let w = try world(visits: 30, seed: 3)
        let fresh = VisitIndex(w.replica.records("visit"))
        let stored = w.replica.snapshotVisitIndex().count
        let warm = try w.replica.throughSnapshot { bytes in
            // The index comes last, its length first.
            let index = bytes.count - stored + 8
            bytes.replaceSubrange(index..<(index + 4), with: [0xFF, 0xFF, 0xFF, 0xFF])
        }
        #expect(facts(warm.visitIndex) == facts(fresh))
        #expect(lookups(warm.visitIndex, warm) == lookups(fresh, w.replica))
    }

    @Test func changesLaidOverASnapshotsIndexGiveTheIndexOfTheRecords() throws {
        var w = try world(visits: 40, seed: 11)
        var warm = try w.replica.throughSnapshot()
        let ids = w.replica.records("visit").map(\.id).sorted()
        let resident = try #require(w.replica.records("resident").map(\.id).sorted().last)
        // A changed date and residents, a deleted visit, a deleted and restored one, and new ones.
        var changes: [Change] = [
            .set(.visit, id: ids[3], Edit(values: ["date": "2026-11-20T09:15", "next": "2027-01-04"])),
            .set(.visit, id: ids[5], Edit(values: ["resident": resident])),
            .delete(.visit, id: ids[8]),
            .delete(.visit, id: ids[12]),
            .restore(.visit, id: ids[12]),
        ]
        for day in ["2026-11-01", "2026-11-02T08:00"] {
            changes.append(.add(.visit, Edit(values: ["resident": resident, "date": day, "note": "Ny."])))
        }
        for change in changes {
            for op in try w.commit(change) { warm.apply(op) }
        }
        let cold = VisitIndex(w.replica.records("visit"))
        #expect(cold.count == 41)
        #expect(facts(warm.visitIndex) == facts(cold))
        #expect(lookups(warm.visitIndex, warm) == lookups(cold, w.replica))
        #expect(facts(w.replica.visitIndex) == facts(cold))
        // And what is written again reads back the same.
        #expect(facts(try warm.throughSnapshot().visitIndex) == facts(cold))
    }

    @Test func theNewestAreThePrefixOfAllNewestFirst() throws {
        let index = VisitIndex(try world(visits: 120, seed: 3).replica.records("visit"))
        let all = index.newestFirst(Array(index.entries.indices))
        for k in [0, 1, 5, 50, 120, 500] {
            #expect(index.newest(k) == Array(all.prefix(k)))
        }
        // Newest first means by day and time, then by id.
        for (a, b) in zip(all, all.dropFirst()) {
            #expect(index.entries[a].sortKey >= index.entries[b].sortKey)
        }
    }

    @Test func eachResidentsLatestVisitsAgreeWithAScanOfTheRecords() throws {
        let w = try world(visits: 80, seed: 5)
        let index = VisitIndex(w.replica.records("visit"))
        // The latest day per resident of a visit that reached them; on a day with two visits the
        // later appointment stands. Attempts where nobody was home are counted after it.
        let visits = w.replica.records("visit").filter { !$0.isDeleted }
        let isAttempt = { (v: Record) in v.string("kind") == "not-at-home" }
        #expect(visits.contains(where: isAttempt) && visits.contains { !isAttempt($0) })
        var expected: [String: (date: CalendarDate, next: CalendarDate?)] = [:]
        for visit in visits where !isAttempt(visit) {
            guard let date = visit.string("date").flatMap({ CalendarDate($0.prefix(10)) }) else { continue }
            let next = visit.string("next").flatMap { CalendarDate($0) }
            func day(_ d: CalendarDate?) -> Int { d?.dayNumber ?? .min }
            for r in visit.members("residents") {
                if let known = expected[r], known.date > date || (known.date == date && day(known.next) >= day(next)) { continue }
                expected[r] = (date, next)
            }
        }
        // Date and time as minutes; an attempt in the same minute as the visit came after it.
        func moment(_ v: Record) -> Int? {
            guard let text = v.string("date"), let date = CalendarDate(text.prefix(10)) else { return nil }
            let time = text.count > 10 ? (Int(text.dropFirst(11).prefix(2)) ?? 0) * 60 + (Int(text.dropFirst(14).prefix(2)) ?? 0) : 0
            return date.dayNumber * 1440 + time
        }
        var reached: [String: Int] = [:]
        for visit in visits where !isAttempt(visit) {
            for r in visit.members("residents") { reached[r] = max(reached[r] ?? .min, moment(visit) ?? .min) }
        }
        var attempts: [String: Int] = [:]
        for visit in visits where isAttempt(visit) {
            guard let at = moment(visit) else { continue }
            for r in visit.members("residents") where at >= reached[r] ?? .min { attempts[r, default: 0] += 1 }
        }
        let latest = Due.latestVisits(in: w.replica)
        #expect(latest.all.map(\.resident).sorted() == Set(expected.keys).union(attempts.keys).sorted())
        for (r, visit) in expected {
            #expect(latest[r]?.visit == visit.date)
            #expect(latest[r]?.next == visit.next)
        }
        for (r, contact) in latest.all { #expect(contact.attempts == attempts[r] ?? 0) }
    }
}

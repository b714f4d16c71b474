import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The derived tables and indexes the screens read, on the demo data.
@Suite struct DirectoryTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    var directory: Directory { demo.directory }

    @Test func addressesSortByStreetAndCountWhatIsDue() {
        #expect(directory.addresses.map(\.title) == ["Midtåsveien 22", "Runarveien 1", "Runarveien 3"])
        let runarveien = demo.address("Runarveien 1")
        #expect(runarveien.place == "3216 Sandefjord")
        #expect([runarveien.unitCount, runarveien.letCount, runarveien.vacantCount] == [8, 6, 1])
        // The attic, locks, doorbells and fuse boxes are done there; the storage rooms are late.
        #expect([runarveien.openMeasures, runarveien.lateMeasures, runarveien.dueResidents] == [4, 1, 1])
        #expect(runarveien.flags == [.storageRoom])
        #expect(directory.openMeasures == 15)
        #expect(directory.lateMeasures == 6)
    }

    @Test func residentsSortAsNorwegianOrdersLetters() {
        let names = directory.residents.map(\.name)
        #expect(names.first == "Ahmad Rahimi")
        // æ, ø, å come after z; accented letters sort with their base letter.
        #expect(names.suffix(2) == ["Ørjan Ødegård", "张伟"])
        #expect(names.firstIndex(of: "Leif Åsheim")! < names.firstIndex(of: "Marta Fernández")!)
    }

    @Test func indexesLeadFromAddressToUnitToResidentToVisits() {
        let runarveien = demo.address("Runarveien 1")
        #expect(directory.units(at: runarveien.id).map { directory.units[$0].number } == ["H0101", "H0102", "H0103", "H0104", "H0201", "H0202", "H0203", "H0204"])
        let unit = demo.unit("H0101", at: "Runarveien 1")
        #expect(unit.occupants == "Ørjan Ødegård")
        #expect(directory.residents(of: unit.id) == [demo.residentIndex("Ørjan Ødegård")])
        let orjan = demo.resident("Ørjan Ødegård")
        let visits = directory.visits(of: orjan.id).map(directory.visit(at:))
        // Every two weeks for a year, four times not at home and tried again.
        #expect(visits.count == 28)
        #expect(visits.filter { $0.kind == "not-at-home" }.count == 4)
        #expect(visits.first?.agreed == "Sender søknad om bytte sammen.")
        #expect(orjan.nextVisit == DemoReplica.today.adding(days: 13))
        #expect(!orjan.isDue)
        #expect(directory.home(ofUnit: orjan.unit) == "Runarveien 1, H0101")
    }

    /// From a snapshot, where the passes over residents, units and measures decode only the fields
    /// they read and the visit index is read on the second core, the directory is the one built
    /// from the records.
    @Test func aDirectoryFromTheSnapshotIsTheOneFromTheRecords() throws {
        var replica = try DemoReplica.make()
        // A measure done now, so that the month's count of done measures is not zero.
        let open = try #require(replica.records("measure").first { !$0.isDeleted && !Measure($0).isDone })
        for op in try Planner.plan(.set(.measure, id: open.id, Edit(values: ["status": "done"])), in: replica, context: Fixed.context(seq: 10_000)) {
            replica.apply(op)
        }
        let fresh = Directory(replica: replica, today: DemoReplica.today)
        let warm = Directory(replica: try replica.throughSnapshot(), today: DemoReplica.today)
        #expect(fresh.doneRecently >= 1)
        #expect(warm.addresses == fresh.addresses)
        #expect(warm.units == fresh.units)
        #expect(warm.residents == fresh.residents)
        #expect(warm.dueResidents == fresh.dueResidents)
        #expect(warm.due == fresh.due)
        #expect(warm.planned == fresh.planned)
        #expect(warm.recentVisits.map(warm.visitIndex.id(at:)) == fresh.recentVisits.map(fresh.visitIndex.id(at:)))
        #expect([warm.openMeasures, warm.lateMeasures, warm.waitingOnByggdrift, warm.doneRecently]
                == [fresh.openMeasures, fresh.lateMeasures, fresh.waitingOnByggdrift, fresh.doneRecently])
        #expect(warm.measures.map(\.id) == fresh.measures.map(\.id))
        #expect(warm.openInputs.map(\.id) == fresh.openInputs.map(\.id))
    }

    /// Two visits on one day, the earlier in the day agreeing the later date: the later appointment
    /// stands, for the resident's screens as for the due list (`Due.latestVisits`), so the two agree.
    @Test func aResidentsNextVisitIsTheOneTheDueListCountsFrom() throws {
        var replica = try DemoReplica.make()
        let orjan = demo.resident("Ørjan Ødegård")
        let today = DemoReplica.today, yesterday = today.adding(days: -1)
        for (seq, time, next) in [(10_000, "09:00", 20), (10_001, "15:00", 16)] as [(UInt32, String, Int)] {
            let edit = Edit(values: ["date": yesterday.text(.nb) + " " + time, "kind": "home-visit", "note": "Kort besøk",
                                     "next": today.adding(days: next).text(.nb)], replacements: ["residents": [orjan.id]])
            for op in try Planner.plan(.add(.visit, edit), in: replica, context: Fixed.context(seq: seq)) { replica.apply(op) }
        }
        let directory = Directory(replica: replica, today: today)
        let row = try #require(directory.residentByID[orjan.id])
        #expect(Due.latestVisits(in: replica)[orjan.id]?.next == today.adding(days: 20))
        #expect(directory.residents[row].nextVisit == today.adding(days: 20))
        #expect(directory.residents[row].lastVisit == yesterday)
        #expect(!directory.residents[row].isDue)
    }

    @Test func dueResidentsAreThoseWhoseNextVisitHasComeLongestOverdueFirst() {
        let due = directory.dueResidents.map { directory.residents[$0] }
        #expect(due.map(\.name) == ["Kari Nordvik", "Leif Åsheim"])
        #expect(due.allSatisfy { $0.isDue })
        #expect(due.map { $0.nextVisit! } == due.map { $0.nextVisit! }.sorted())
    }

    @Test func recentVisitsAreNewestFirstWithTheirTime() {
        let recent = directory.recentVisits.map(directory.visit(at:))
        #expect(recent.count == Directory.recentVisitCount)
        #expect(directory.visitIndex.count == 286)
        let days = recent.compactMap(\.day)
        #expect(days == days.sorted(by: >))
        #expect(recent.first?.time == "14:00")
        #expect(recent.first { $0.kind == "not-at-home" }?.day == DemoReplica.today.adding(days: -3))
    }

    @Test func aMovedOutResidentIsHistoryOfTheUnit() throws {
        let context = Fixed.context(seq: 1000)
        let unit = demo.unit("H0101", at: "Runarveien 1")
        var replica = try DemoReplica.make()
        let change = Change.add(.resident, Edit(values: ["name": "Tidligere Beboer", "unit": unit.id, "movedIn": "2020-01-01", "movedOut": "2025-10-01"]))
        for op in try Planner.plan(change, in: replica, context: context) { replica.apply(op) }
        let directory = Directory(replica: replica, today: DemoReplica.today)
        let former = try #require(directory.residents.firstIndex { $0.name == "Tidligere Beboer" })
        #expect(!directory.residents[former].livesThere)
        let orjan = try #require(directory.residents.firstIndex { $0.name == "Ørjan Ødegård" })
        #expect(directory.residents(of: unit.id) == [orjan, former])
        #expect(directory.unit(unit.id)?.occupants == "Ørjan Ødegård")
    }
}

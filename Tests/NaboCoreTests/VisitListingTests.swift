import Testing
@testable import NaboCore

/// Every visit streams in the order the snapshot stores (`VisitListing`), with the visits changed
/// since merged in: that order must be the whole table sorted by the listing's rule, however the
/// replica was made.
@Suite struct VisitListingTests {
    /// The visits' ids as the whole table sorts them: by key, then by id as the snapshot orders ids.
    func sorted(_ replica: Replica, deleted: Bool) -> [String] {
        replica.records("visit").filter { deleted || !$0.isDeleted }
            .sorted { a, b in VisitListing.key(a) != VisitListing.key(b) ? VisitListing.key(a) < VisitListing.key(b) : IDOrder.precedes(a.id, b.id) }
            .map(\.id)
    }

    func streamed(_ replica: Replica, deleted: Bool) -> [String] {
        var ids: [String] = []
        replica.forEachVisitListed(deleted: deleted) { place in ids.append(replica.record("visit", at: place)?.id ?? "?") }
        return ids
    }

    /// Visits on few days, so many share a day or a minute and their ids decide.
    func world() throws -> World {
        var w = World()
        var g = SplitMix64(seed: 19)
        let address = try w.address("Runarveien", "1")
        let resident = try w.resident("Kari Nordvik", at: address)
        for n in 0..<80 {
            var date = "2026-10-0" + String(1 + Int.random(in: 0..<3, using: &g))
            if n % 2 == 0 { date += "T10:" + (Bool.random(using: &g) ? "00" : "30") }
            try w.add(.visit, ["resident": resident, "note": "Prat.", "date": date])
        }
        return w
    }

    @Test func theStoredOrderAndTheChangesSinceListAsTheWholeTableSorts() throws {
        var w = try world()
        var warm = try w.replica.throughSnapshot()
        #expect(streamed(warm, deleted: false) == sorted(w.replica, deleted: false))
        let ids = w.replica.records("visit").map(\.id).sorted()
        // Dates moved, a deletion and a restore, and new visits that tie with old ones.
        var changes: [Change] = [
            .set(.visit, id: ids[3], Edit(values: ["date": "2026-10-02T10:00"])),
            .set(.visit, id: ids[4], Edit(values: ["date": "2026-09-01"])),
            .delete(.visit, id: ids[8]),
            .delete(.visit, id: ids[12]),
            .restore(.visit, id: ids[12]),
        ]
        for day in ["2026-10-01", "2026-10-02T10:00", "2026-09-30", "2026-10-09"] {
            changes.append(.add(.visit, Edit(values: ["resident": w.replica.records("resident").first!.id, "date": day, "note": "Ny."])))
        }
        for change in changes {
            for op in try w.commit(change) { warm.apply(op) }
        }
        for deleted in [false, true] {
            let whole = sorted(w.replica, deleted: deleted)
            #expect(whole.count == (deleted ? 84 : 83))
            #expect(streamed(warm, deleted: deleted) == whole)
            #expect(streamed(w.replica, deleted: deleted) == whole, "without a snapshot")
            // Written again with the changes, and again with none since (the order copied over).
            let again = try warm.throughSnapshot()
            #expect(streamed(again, deleted: deleted) == whole)
            #expect(streamed(try again.throughSnapshot(), deleted: deleted) == whole)
        }
    }
}

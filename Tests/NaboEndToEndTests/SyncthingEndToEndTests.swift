import Foundation
import NaboTestSupport
import Testing

/// Five laptops whose sync folders five real Syncthing instances carry, run with the built `nabo`:
/// for three rounds all five change the same records at the same moment, one instance is down for
/// a round. Every change reaches every laptop, no file is written by two laptops (so Syncthing keeps
/// no conflict copy), and the one field all five changed at once is one conflict, five values side by side.
@Suite(.serialized) struct SyncthingEndToEndTests {
    static let workers = ["Demo Medarbeider", "Ane Prøvesen", "Bo Testrud", "Cia Eksempel", "Dag Fiktiv"]
    static let statuses = ["not-started", "to-assess", "waiting", "ordered", "in-progress", "done"]
    static let rounds = 1...3

    @Test(.timeLimit(.minutes(3))) func fiveLaptopsChangeTheSameRecordsAtOnceAndEveryChangeArrives() throws {
        let began = Date()
        let tmp = TempFolder("syncthing")
        let cluster = try SyncthingCluster(count: 5, under: tmp.sub("syncthing"))
        defer { cluster.stopAll() }
        let laptops = cluster.folders.indices.map { SyncthingLaptop(number: $0 + 1, root: tmp.path, syncFolder: cluster.folders[$0]) }
        for i in laptops.indices { try cluster.start(i) }

        try laptops[0].nabo("demo")
        _ = try laptops[0].sync()
        try cluster.waitUntilConverged(timeout: 30)
        for (laptop, worker) in zip(laptops, Self.workers).dropFirst() { try laptop.join(worker: worker) }
        try settle(laptops, cluster)

        let dugnads = try #require(try laptops[0].json("list", "dugnads") as? [[String: Any]])
        let dugnad = try #require(dugnads.last { ($0["attended"] as? [String])?.isEmpty == true && !(($0["invited"] as? [String]) ?? []).isEmpty })
        let dugnadID = try #require(dugnad["id"] as? String)
        let invited = try #require(dugnad["invited"] as? [String])
        let measures = try #require(try laptops[0].json("list", "measures") as? [[String: Any]])
        let measure = try #require(measures.first { $0["status"] as? String == "to-assess" }?["id"] as? String)
        // The five statuses the measure is not in, so every laptop's move is a change.
        let moves = Self.statuses.filter { $0 != "to-assess" }
        let status: @Sendable (Int, Int) -> String = { round, i in moves[(i + round - 1) % moves.count] }
        // Other residents in each round but the last, where all five tick the same one at once.
        try #require(invited.count > (Self.rounds.upperBound - 1) * laptops.count)
        let tick: @Sendable (Int, Int) -> String = { round, i in
            invited[(round - 1) * laptops.count + (round == Self.rounds.upperBound ? 0 : i)]
        }

        var notes: [String: String] = [:]
        var lastChange = began, converged = began
        for round in Self.rounds {
            // Instance 5 misses round 2: its laptop works and syncs into a folder no one carries.
            if round == 2 { cluster.stop(4) }
            if round == 3 { try cluster.start(4) }
            let written = try Concurrently.map(laptops.count) { i in
                let laptop = laptops[i]
                let note = "Runde \(round) fra laptop \(laptop.number)"
                let visit = try laptop.nabo("add", "visit", "--resident", invited[i % invited.count], "--date", "2026-11-1\(round)", "--note", note)
                try laptop.nabo("set", "dugnad", dugnadID, "--attended", tick(round, i))
                try laptop.nabo("set", "measure", measure, "--status", status(round, i))
                return (visit.trimmingCharacters(in: .whitespacesAndNewlines), note, try laptop.sync())
            }
            lastChange = Date()
            for (visit, note, synced) in written {
                notes[visit] = note
                #expect(synced.ownJournalOnly)
            }
            converged = try settle(laptops, cluster)
            if round == 2 {
                #expect(try visitNotes(laptops[0])[written[4].0] == nil, "Laptop 5's visit arrived while its Syncthing was stopped")
            }
        }

        for what in ["addresses", "units", "residents", "visits", "measures", "dugnads", "tenancies", "conflicts"] {
            let lists = try laptops.map { try $0.nabo("list", what, "--json") }
            #expect(Set(lists).count == 1, "The laptops list different \(what)")
        }
        let held = try visitNotes(laptops[0])
        #expect(notes.count == laptops.count * Self.rounds.count)
        for (visit, note) in notes.sorted(by: { $0.key < $1.key }) { #expect(held[visit] == note, "Visit \(visit) (\(note)) was lost") }

        let ticked = try #require(try laptops[0].json("show", "dugnad", dugnadID) as? [String: Any])
        let allTicks = Self.rounds.flatMap { round in laptops.indices.map { tick(round, $0) } }
        #expect(Set(ticked["attended"] as? [String] ?? []) == Set(allTicks))

        let conflicts = try #require(try laptops[0].json("list", "conflicts") as? [[String: Any]])
        #expect(conflicts.count == 1, "\(conflicts)")
        let conflict = try #require(conflicts.first)
        #expect(conflict["type"] as? String == "measure" && conflict["id"] as? String == measure && conflict["field"] as? String == "status")
        let values = (conflict["values"] as? [[String: Any]] ?? []).map { "\($0["author"] as? String ?? "?"): \($0["value"] as? String ?? "?")" }
        let lastMoves = laptops.indices.map { "\(Self.workers[$0]): \(status(Self.rounds.upperBound, $0))" }
        #expect(values.sorted() == lastMoves.sorted())

        let copies = cluster.folders.flatMap { folder in
            (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.contains(".sync-conflict-") }.map { folder + "/" + $0 }
        }
        #expect(copies.isEmpty, "Syncthing's conflict copies are left: \(copies)")

        let settling = converged.timeIntervalSince(lastChange), total = Date().timeIntervalSince(began)
        print(String(format: "Syncthing, five laptops: every laptop held every change %.1f s after the last one, %.1f s after the test began.", settling, total))
    }

    /// Syncthing carries the folders and every laptop syncs, again, until a pass in which no laptop
    /// receives or writes anything: then every laptop holds what every running instance carries.
    /// Returns when the last pass that brought anything ended.
    @discardableResult
    func settle(_ laptops: [SyncthingLaptop], _ cluster: SyncthingCluster) throws -> Date {
        var held = Date()
        for _ in 1...6 {
            try cluster.waitUntilConverged(timeout: 30)
            let synced = try Concurrently.map(laptops.count) { try laptops[$0].sync() }
            if synced.allSatisfy({ $0.received == 0 && !$0.wroteIntoFolder }) { return held }
            held = Date()
        }
        throw Concurrently.Failure("The laptops still received or wrote changes after 6 syncs")
    }

    /// Each visit's note by the visit's id, as a laptop lists them.
    func visitNotes(_ laptop: SyncthingLaptop) throws -> [String: String] {
        let visits = try laptop.json("list", "visits") as? [[String: Any]] ?? []
        return Dictionary(visits.compactMap { v in (v["id"] as? String).map { ($0, v["note"] as? String ?? "") } }) { a, _ in a }
    }
}

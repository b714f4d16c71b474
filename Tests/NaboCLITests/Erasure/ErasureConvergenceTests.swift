import Foundation
import NaboTestSupport
import Testing

/// The erasure's promise through the built `nabo`: three laptops and two sticks, one stick a stale
/// copy pasted back after the erasure, one laptop away during it with edits about the person; at
/// the end no file anywhere holds the person, everything else is there, and all laptops agree.
@Suite(.serialized) struct ErasureConvergenceTests {
    @Test(arguments: [false, true]) func anErasureReachesEveryCopyAndStaysThere(encrypted: Bool) throws {
        let world = try ErasureLaptops(encrypted: encrypted)
        try world.nabo("anne", ["demo"] + (encrypted ? ["--encrypt", "--kdf-cost", "10"] : []))
        let kari = try world.resident("anne", named: "Kari Nordvik")
        let jon = try world.resident("anne", named: "Jon Ravndal")
        // A visit Kari shared with Jon stays, with Jon only.
        let shared = try world.nabo("anne", ["add", "visit", "--resident", kari, "--resident", jon, "--date", "2026-11-20",
                                             "--note", "Felles befaring av trappeoppgangen"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try world.nabo("anne", ["add", "visit", "--resident", kari, "--date", "2026-11-21", "--note", "Kari vil bytte til mindre leilighet"])
        try world.nabo("anne", ["sync", world.stick("one")])
        for laptop in ["berit", "carl"] {
            try FileManager.default.copyItem(atPath: world.stick("one"), toPath: world.data(laptop))
            try world.nabo(laptop, ["init", "--worker", laptop.capitalized + " Test"] + (encrypted ? ["--kdf-cost", "10"] : ["--plain"]))
        }
        try FileManager.default.copyItem(atPath: world.stick("one"), toPath: world.stick("stale"))
        var values = try world.values(of: kari, on: "anne")
        #expect(values.contains("Kari Nordvik") && values.contains("Kari vil bytte til mindre leilighet"))
        // Carl is away with edits about Kari he made before the erasure reached him.
        try world.nabo("carl", ["set", "resident", kari, "--phone", "+4791112223", "--name", "Kari Nordvik-Hansen"])
        values.formUnion(["+4791112223", "Kari Nordvik-Hansen"])
        let before = try world.everything("anne")

        let erased = try world.nabo("anne", ["person", "erase", kari, "--reason", "Asked to be erased", "--confirm-name", "Kari Nordvik", "--json"])
        #expect(erased.stdout.contains("\"residents\": 1"))
        try world.nabo("anne", ["sync", world.stick("one")])
        try world.nabo("anne", ["sync", world.stick("two")])
        try world.nabo("berit", ["sync", world.stick("two")])
        // The copy of stick one from before the erasure is pasted back over it.
        try FileManager.default.removeItem(atPath: world.stick("one"))
        try FileManager.default.copyItem(atPath: world.stick("stale"), toPath: world.stick("one"))
        try FileManager.default.removeItem(atPath: world.stick("stale"))
        try world.nabo("berit", ["sync", world.stick("one")])
        // A week later Carl syncs: his edits are dropped, and his laptop says so.
        let back = try world.json("carl", ["sync", world.stick("one")]) as? [String: Any]
        #expect(back?["erasedDropped"] as? Int == 1)
        #expect((back?["notices"] as? [String])?.contains { $0.contains("about an erased resident was dropped") } == true)
        try world.nabo("carl", ["sync", world.stick("two")])
        for laptop in ["anne", "berit", "anne", "carl"] {
            for stick in ["one", "two"] { try world.nabo(laptop, ["sync", world.stick(stick)]) }
        }

        for (path, text) in try world.readable(["anne", "berit", "carl"], keysFrom: "anne") {
            for value in values { #expect(!text.contains(value), "\(path) holds \(value)") }
        }
        let after = try world.everything("anne")
        #expect(try world.everything("berit") == after)
        #expect(try world.everything("carl") == after)
        #expect(after != before)
        // Everything else is there: Kari's records go, every other record stays.
        let kept = try world.json("anne", ["show", "visit", shared]) as? [String: Any]
        #expect(kept?["residents"] as? [String] == [jon])
        #expect(kept?["note"] as? String == "Felles befaring av trappeoppgangen")
        let residents = try world.json("anne", ["list", "residents"]) as? [[String: Any]] ?? []
        #expect(residents.count == 13)
        #expect(!residents.contains { $0["id"] as? String == kari })
    }
}

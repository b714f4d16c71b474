/// The report's action plan: eight measures at all three addresses, decided at the second work group
/// meeting and sent to operations two days later, each moving through its statuses on the days
/// written here; and two measures decided on their own (pest control, light by the storage rooms).
enum DemoPlan {
    struct Item {
        let title: String
        let category: String
        let status: String
        var precondition: String? = nil
        var cost = false
        var due: (Int, Int, Int)? = nil
        /// Later statuses per address (Runarveien 1, Runarveien 3, Midtåsveien 22), with their day.
        var moves: [[(String, (Int, Int, Int))]] = [[], [], []]
    }

    static let items: [Item] = [
        Item(title: "Låse og stenge loftet", category: "attic", status: "waiting", precondition: "Etter klart/tomt", due: (2024, 6, 30),
             moves: [[("done", (2024, 5, 31))], [("done", (2024, 6, 5))], []]),
        Item(title: "Istandsette og merke boder i kjeller med H-nr.", category: "storage-room", status: "waiting",
             precondition: "Etter klart/tomt", due: (2024, 9, 30), moves: [[("in-progress", (2024, 6, 10))], [], []]),
        Item(title: "Istandsette og merke ringeklokker til boligene med H-nr.", category: "doorbell", status: "ordered", due: (2024, 4, 30),
             moves: [[("in-progress", (2024, 2, 15)), ("done", (2024, 3, 15))], [("in-progress", (2024, 2, 15)), ("done", (2024, 3, 20))],
                     [("in-progress", (2024, 3, 1))]]),
        Item(title: "Rydde, kaste og vaske i felles trappeoppgang", category: "stairwell", status: "to-assess", cost: true,
             moves: [[("waiting", (2024, 3, 19))], [], []]),
        Item(title: "Istandsette vaskerom i kjeller", category: "laundry-room", status: "ordered", precondition: "Etter klart",
             due: (2024, 12, 20), moves: [[("in-progress", (2024, 9, 2))], [], []]),
        Item(title: "Sørge for fungerende låser og beslag på alle leiligheter", category: "lock", status: "in-progress", due: (2024, 3, 15),
             moves: [[("done", (2024, 2, 29))], [("done", (2024, 2, 29))], [("done", (2024, 3, 14))]]),
        Item(title: "Male vegger i trappeoppgang (maling som lett kan vaskes)", category: "paint", status: "to-assess", due: (2025, 3, 1)),
        Item(title: "Reparere dører til sikringsskap", category: "fuse-box", status: "ordered", due: (2024, 5, 31),
             moves: [[("done", (2024, 4, 10))], [("done", (2024, 4, 10))], []]),
    ]

    static func tell(_ story: inout DemoStory, _ stock: DemoStock) {
        let sent = story.day(2024, 2, 8)
        let inspections = [story.day(2023, 11, 21), story.day(2023, 11, 21), story.day(2023, 11, 24)]
        for (i, item) in items.enumerated() {
            for (a, address) in stock.addresses.enumerated() {
                let key = "ms.\(i + 1).\(a)"
                var f = ["address": "@" + address, "planItem": "plan-\(i + 1)", "category": item.category, "title": item.title,
                         "status": item.status, "costToAgree": item.cost ? "yes" : "no", "responsible": "byggdrift",
                         "inspection": inspections[a].iso, "contact": "Byggdrift, vaktmester", "agendaItem": "@M2.5"]
                f["precondition"] = item.precondition
                if let d = item.due { f["due"] = story.day(d.0, d.1, d.2).iso }
                story.add(key, .measure, on: sent, at: 11 * 60, f)
                for (status, d) in item.moves[a] {
                    story.set(key, .measure, on: story.day(d.0, d.1, d.2), at: 11 * 60, ["status": status])
                }
            }
        }
        story.add("ms.pest", .measure, on: story.day(2024, 2, 6), at: 14 * 60,
                  ["address": "@adr2", "category": "pest", "title": "Skadedyrkontroll i alle boligene", "status": "ordered",
                   "responsible": "byggdrift", "due": story.day(2024, 2, 20).iso, "agendaItem": "@M2.4", "contact": "Byggdrift, vaktmester"])
        story.set("ms.pest", .measure, on: story.day(2024, 2, 13), at: 11 * 60, ["status": "done"])
        story.add("ms.light", .measure, on: story.day(2024, 4, 30), at: 14 * 60,
                  ["address": "@adr0", "category": "other", "title": "Nye lysarmaturer ved bodene i kjelleren", "status": "ordered",
                   "responsible": "byggdrift", "due": story.day(2024, 6, 30).iso, "agendaItem": "@M5.2"])
        story.set("ms.light", .measure, on: story.day(2024, 6, 20), at: 11 * 60, ["status": "done"])
    }
}

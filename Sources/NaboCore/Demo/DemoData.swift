/// The demo: Sandefjord's three project addresses with their 23 one-room units (13 let, 1 occupied
/// without contract, 4 awaiting repair, 5 vacant), invented residents, the report's 8-item action
/// plan at all three addresses, some visits, two dugnads and the built-in survey with answers (eight
/// complete in January 2024, with follow-up answers, and one paused half-way in a second round).
/// Every person and phone number is invented. Content is Norwegian whatever the interface language.
public enum DemoData {
    public static func change(device: String, firstSeq: UInt32, today: CalendarDate) -> Change {
        var b = Builder(device: device, seq: firstSeq)
        let addresses = [
            b.add(.address, ["street": "Runarveien", "number": "1", "postcode": "3216", "city": "Sandefjord"]),
            b.add(.address, ["street": "Runarveien", "number": "3", "postcode": "3216", "city": "Sandefjord"]),
            b.add(.address, ["street": "Midtåsveien", "number": "22", "postcode": "3225", "city": "Sandefjord"]),
        ]
        // 8 + 8 + 7 units; statuses in the proportions the report gives.
        let statuses: [[String]] = [
            ["let", "let", "let", "let", "let", "vacant", "awaiting-repair", "let"],
            ["let", "let", "occupied-without-contract", "let", "vacant", "awaiting-repair", "let", "vacant"],
            ["let", "let", "awaiting-repair", "let", "vacant", "awaiting-repair", "vacant"],
        ]
        var units: [(id: String, status: String)] = []
        for (a, list) in statuses.enumerated() {
            for (i, status) in list.enumerated() {
                let number = "H" + two(i / 4 + 1) + two(i % 4 + 1)
                units.append((b.add(.unit, ["address": addresses[a], "number": number, "rooms": "1", "status": status]), status))
            }
        }
        let names = ["Ørjan Ødegård", "Nguyễn Thị Minh Khai", "Cabdullaahi Maxamed", "张伟", "Kari Nordvik", "Ahmad Rahimi",
                     "Solveig Bakkeli", "Tomasz Kowalczyk", "Fatuma Warsame", "Leif Åsheim", "Marta Fernández", "Jon Ravndal",
                     "Aisha Bello", "Sigrid Lunde"]
        var residents: [String] = []
        for (u, name) in zip(units.filter { $0.status == "let" || $0.status == "occupied-without-contract" }, names) {
            let n = residents.count
            var fields = ["name": name, "unit": u.id, "phone": "+47400000\(two(n + 1))"]
            if u.status == "let" { fields["movedIn"] = today.adding(days: -400 - 97 * n).iso }
            residents.append(b.add(.resident, fields))
        }
        addPlan(&b, addresses: addresses, today: today)
        let visitNotes = [
            ("Snakket om låsen på inngangsdøren som ikke går i lås. Beboeren trives ellers.", "Melder låsen til Byggdrift.", 14),
            ("Gikk gjennom kartleggingen sammen. Ønsker hjelp til å rydde boden.", "Rydder boden sammen neste uke.", 7),
            ("Kort prat i døren. Beboeren vil ikke ha besøk så ofte.", "Besøk hver fjerde uke.", 28),
            ("Snakket om naboer og støy om natten.", "Tar det opp på beboermøtet.", 14),
            ("Ringeklokken mangler navn og H-nummer.", "Byggdrift merker ringeklokkene.", 21),
            ("Beboeren har fått time hos NAV og ønsket følge.", "Følger til NAV tirsdag.", 7),
        ]
        for (i, v) in visitNotes.enumerated() {
            let date = today.adding(days: -3 - 9 * i)
            let next = date.adding(days: v.2)
            b.add(.visit, ["resident": residents[i], "date": date.iso + "T1\(i % 6):00", "kind": "home-visit", "note": v.0,
                           "agreed": v.1, "next": next.iso])
        }
        b.add(.visit, ["resident": residents[6], "date": today.adding(days: -2).iso, "kind": "not-at-home", "next": today.adding(days: 5).iso])
        b.add(.visit, ["address": addresses[2], "date": today.adding(days: -20).iso, "kind": "inspection",
                       "note": "Befaring av fellesareal og loft sammen med Byggdrift. Mistanke om veggdyr i én bolig."])
        b.add(.input, ["resident": residents[1], "text": "Ønsker bedre lys i kjelleren ved bodene.", "date": today.adding(days: -12).iso])
        b.add(.input, ["resident": residents[3], "text": "Vil gjerne ha en benk utenfor inngangen.", "date": today.adding(days: -30).iso,
                       "outcome": "alternative", "answeredOn": today.adding(days: -16).iso])
        b.add(.dugnad, ["address": addresses[0] + "," + addresses[1], "start": today.adding(days: -60).iso + "T17:00",
                        "end": today.adding(days: -60).iso + "T19:00", "title": "Plukke søppel ute før snøen smelter",
                        "tasks": "Plukke søppel rundt blokkene; Rydde sykkelstativet", "meetingPoint": "Ved inngangen til Runarveien 1",
                        "attended": residents[0] + "," + residents[4], "extra": #"{"ansatte": 2, "frivillige": 1}"#,
                        "equipment": "søppelsekker; hansker; klyper", "partners": "politiet",
                        "notices": #"[{"date": "\#(today.adding(days: -67).iso)", "how": "posted", "note": "Oppslag i alle oppganger"}, "#
                            + #"{"date": "\#(today.adding(days: -62).iso)", "how": "sms"}]"#])
        b.add(.dugnad, ["address": addresses[0] + "," + addresses[1], "start": today.adding(days: 12).iso + "T17:00",
                        "end": today.adding(days: 12).iso + "T19:30", "title": "Rydde og vaske trappeoppgangen",
                        "tasks": "Bære ut skrot fra loftet; Vaske trappene", "meetingPoint": "Kjelleren i Runarveien 3",
                        "equipment": "container; vaskebøtter; mopper", "food": "Pizza etterpå", "partners": "frivillige fra Røde Kors"])
        let form = b.add(.form, BuiltInForm.edit.values)
        let answers: [[Int?]] = [
            [5, 6, 3, 4, 6, 4, 5, 6, 3, 2, 2, 3, 2], [6, 6, 5, 5, 7, 5, 6, 7, 2, 6, 4, 4, 3], [3, 2, 2, 3, 4, 2, 3, 5, 6, 1, 1, 2, 1],
            [7, 7, 6, 6, 7, 6, 7, 7, 1, 7, 6, 5, 4], [4, 5, 3, 4, nil, 3, 4, 6, 4, 3, 2, 3, 2], [5, 5, 4, 5, 6, 5, 5, 6, 3, 5, 3, 4, 3],
            [2, 3, 1, 2, 3, 2, 3, 4, 7, 2, 1, 1, 1], [6, 6, 6, 5, 6, 6, 6, 7, 2, 6, 5, 5, 4],
        ]
        // Follow-up answers where an answer was unfavourable, by respondent and statement.
        let followUps: [Int: String] = [
            0: #"{"10": "Vet ikke hvilken bod som er min, det står ikke nummer på dørene."}"#,
            2: #"{"1": "Det trekker fra vinduet og er fuktig på badet.", "3": "Inngangsdøren står ofte åpen om natten."}"#,
            6: #"{"9": "Folk ringer på om natten og vil inn."}"#,
        ]
        for (i, row) in answers.enumerated() {
            let date = today.adding(days: -300 + i).iso
            var fields = ["resident": residents[i], "form": form, "round": "Januar 2024", "formVersion": "1", "answers": json(row),
                          "date": date, "consent": date, "status": "complete"]
            fields["followUps"] = followUps[i]
            b.add(.response, fields)
        }
        // A second round begun: one resident answered five statements before the survey was paused.
        b.add(.response, ["resident": residents[8], "form": form, "round": "Andre runde", "formVersion": "1",
                          "answers": json([5, 4, 6, 5, 3]), "date": today.adding(days: -1).iso, "consent": today.adding(days: -1).iso,
                          "status": "in-progress", "followUps": #"{"5": "Vet ikke hvem jeg skal ringe i kommunen."}"#])
        return .batch(b.changes)
    }

    static func addPlan(_ b: inout Builder, addresses: [String], today: CalendarDate) {
        let plan: [(title: String, category: String, status: String, cost: Bool, precondition: String?, due: Int?)] = [
            ("Låse og stenge loftet", "attic", "waiting", false, "Etter klart/tomt", 30),
            ("Istandsette og merke boder i kjeller med H-nr.", "storage-room", "waiting", false, "Etter klart/tomt", 45),
            ("Istandsette og merke ringeklokker til boligene med H-nr.", "doorbell", "in-progress", false, nil, -5),
            ("Rydde, kaste og vaske i felles trappeoppgang", "stairwell", "to-assess", true, nil, 20),
            ("Istandsette vaskerom i kjeller", "laundry-room", "ordered", false, "Etter klart", 60),
            ("Sørge for fungerende låser og beslag på alle leiligheter", "lock", "in-progress", false, nil, -10),
            ("Male vegger i trappeoppgang (maling som lett kan vaskes)", "paint", "to-assess", false, nil, 90),
            ("Reparere dører til sikringsskap", "fuse-box", "ordered", false, nil, 40),
        ]
        for (i, item) in plan.enumerated() {
            for address in addresses {
                var f = ["address": address, "planItem": "plan-\(i + 1)", "category": item.category, "title": item.title,
                         "status": item.status, "costToAgree": item.cost ? "yes" : "no", "responsible": "byggdrift",
                         "inspection": today.adding(days: -20).iso, "contact": "Byggdrift, vaktmester"]
                if let p = item.precondition { f["precondition"] = p }
                if let d = item.due { f["due"] = today.adding(days: d).iso }
                b.add(.measure, f)
            }
        }
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Answers in statement order as {"1": 5, "2": null, ...}.
    static func json(_ row: [Int?]) -> String {
        "{" + row.enumerated().map { "\"\($0.offset + 1)\": \($0.element.map(String.init) ?? "null")" }.joined(separator: ", ") + "}"
    }

    struct Builder {
        let device: String
        var seq: UInt32
        var changes: [Change] = []

        /// Adds a record and returns the id it will get: ids follow from device and sequence number.
        @discardableResult
        mutating func add(_ type: EntityType, _ values: [String: String]) -> String {
            let id = Context.recordID(type, device: device, seq: seq)
            changes.append(.add(type, Edit(values: values)))
            seq += 1
            return id
        }
    }
}

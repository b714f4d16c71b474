/// The housing stock before the project began, and the project record with its two periods: the
/// year before it as the baseline, and the project year.
struct DemoStock {
    /// Keys of the addresses ("adr0"…) and of the residents with the address each lives at.
    var addresses: [String] = []
    var residents: [(key: String, address: Int)] = []

    static let names = ["Ørjan Ødegård", "Nguyễn Thị Minh Khai", "Cabdullaahi Maxamed", "张伟", "Kari Nordvik", "Ahmad Rahimi",
                        "Solveig Bakkeli", "Tomasz Kowalczyk", "Fatuma Warsame", "Leif Åsheim", "Marta Fernández", "Jon Ravndal",
                        "Aisha Bello", "Sigrid Lunde"]

    /// 8 + 8 + 7 units; statuses in the proportions the report gives.
    static let statuses: [[String]] = [
        ["let", "let", "let", "let", "let", "vacant", "awaiting-repair", "let"],
        ["let", "let", "occupied-without-contract", "let", "vacant", "awaiting-repair", "let", "vacant"],
        ["let", "let", "awaiting-repair", "let", "vacant", "awaiting-repair", "vacant"],
    ]

    func residentsAt(_ address: Int) -> [String] { residents.filter { $0.address == address }.map(\.key) }

    static func tell(_ story: inout DemoStory) -> DemoStock {
        var stock = DemoStock()
        let day = story.day(2022, 10, 3)
        for (i, (street, number, postcode)) in [("Runarveien", "1", "3216"), ("Runarveien", "3", "3216"), ("Midtåsveien", "22", "3225")].enumerated() {
            story.add("adr\(i)", .address, on: day, ["street": street, "number": number, "postcode": postcode, "city": "Sandefjord"])
            stock.addresses.append("adr\(i)")
        }
        var u = 0
        for (a, list) in statuses.enumerated() {
            for (i, status) in list.enumerated() {
                let number = "H" + two(i / 4 + 1) + two(i % 4 + 1)
                story.add("unit\(u)", .unit, on: day, ["address": "@adr\(a)", "number": number, "rooms": "1", "status": status])
                if status == "let" || status == "occupied-without-contract" {
                    let n = stock.residents.count
                    var fields = ["name": names[n], "unit": "@unit\(u)", "phone": "+47400000\(two(n + 1))"]
                    if status == "let" { fields["movedIn"] = day.adding(days: -100 - 97 * n).iso }
                    story.add("res\(n)", .resident, on: day, fields)
                    stock.residents.append(("res\(n)", a))
                }
                u += 1
            }
        }
        story.add("project", .project, on: story.day(2023, 11, 1), at: 9 * 60,
                  ["name": "Leie – et trygt alternativ", "start": story.day(2023, 11, 1).iso, "end": story.day(2024, 10, 31).iso,
                   "baselineStart": story.day(2022, 11, 1).iso])
        return stock
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

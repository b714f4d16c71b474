/// A year of counted events before the project and the project year, per address: what the
/// project's goals count. Fewer of most during the project, more services granted; the counts are
/// the table below, so a test or a reader can check the indicators by hand.
enum DemoEvents {
    /// Kind, counts in the baseline year at the three addresses, counts in the project year, and the
    /// note. The kinds that concern one person name a resident of the address.
    static let table: [(kind: EventKind, baseline: [Int], project: [Int], note: String)] = [
        (.neighbourComplaint, [9, 7, 5], [4, 3, 4], "Klage på støy fra en leilighet om natten."),
        (.termination, [1, 1, 0], [0, 0, 1], "Oppsigelse etter gjentatte brudd på husordensreglene."),
        (.rentArrears, [4, 3, 2], [2, 2, 2], "Husleierestanse; avtale om nedbetaling inngått."),
        (.operationsRequest, [12, 10, 8], [7, 6, 9], "Henvendelse til Byggdrift om dør, lås eller lys."),
        (.police, [5, 4, 2], [2, 1, 2], "Politiet tilkalt etter uro i oppgangen."),
        (.occupation, [1, 1, 0], [0, 1, 0], "Person bor i en ledig bolig uten kontrakt."),
        (.vandalism, [3, 2, 1], [1, 1, 1], "Knust glass i inngangsdøren."),
        (.pest, [0, 0, 1], [0, 0, 2], "Mistanke om veggdyr meldt."),
        (.servicesGranted, [1, 1, 0], [3, 2, 2], "Vedtak om tjenester i hjemmet."),
        (.rehoused, [0, 0, 0], [1, 0, 1], "En beboer flyttet til en bedre egnet bolig."),
    ]

    static func tell(_ story: inout DemoStory, _ stock: DemoStock) {
        let periods = [(story.day(2022, 11, 1), story.day(2023, 11, 1)), (story.day(2023, 11, 1), story.day(2024, 10, 31))]
        for (k, row) in table.enumerated() {
            for address in 0..<3 {
                for (p, counts) in [row.baseline, row.project].enumerated() {
                    let n = counts[address]
                    let (from, to) = periods[p]
                    let span = to.dayNumber - from.dayNumber
                    for i in 0..<n {
                        // Spread evenly over the period, the addresses and kinds a few days apart.
                        let day = from.adding(days: min(span - 1, (2 * i + 1) * span / (2 * n) + address * 3 + k % 3))
                        var fields = ["kind": row.kind.rawValue, "date": day.iso, "note": row.note]
                        let people = stock.residentsAt(address)
                        if [.rentArrears, .servicesGranted].contains(row.kind) {
                            fields["resident"] = "@" + people[(i + k) % people.count]
                        } else {
                            fields["address"] = "@" + stock.addresses[address]
                        }
                        story.add(nil, .event, on: day, at: 14 * 60, fields)
                    }
                }
            }
        }
    }
}

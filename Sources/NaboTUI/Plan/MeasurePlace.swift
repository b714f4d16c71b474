import NaboCore

/// Where a measure typed in its form is: the address as part of its name, found as a dugnad's
/// addresses are (one part, which must stand for one address), and the unit by its H-nummer at
/// that address, or none for the whole address.
struct MeasurePlace {
    var address: Int?
    var unit: Int?
    /// Why the address or the unit typed stands for none, at its field.
    var problem: Message?

    init(address typed: String, unit number: String, directory: Directory) {
        let part = DugnadAddressQuery(typed, directory: directory).parts.first
        address = part?.row
        if let part, part.row == nil {
            // The dugnad's words, at this form's field.
            problem = part.problem(directory)
            problem?.field = "address"
        }
        let number = String(number.trimmingWhitespace())
        guard let address, !number.isEmpty else { return }
        let wanted = (try? HNumber(number))?.value ?? number.uppercased()
        unit = directory.unitsOfAddress[address].first { directory.units[$0].number == wanted }
        if unit == nil {
            let title = directory.addresses[address].title
            problem = Message(nb: "\(title) har ingen bolig \(number). Skriv H-nummeret, eller la feltet stå tomt for hele adressen.",
                              en: "\(title) has no unit \(number). Type the H-number, or leave it empty for the whole address.", field: "unit")
        }
    }
}

import NaboCore

/// The words of the forms for addresses, units, residents and moves, in bokmål and English.
enum StockText {
    static let newAddress = Message(nb: "Ny adresse", en: "New address")
    static let changeAddress = Message(nb: "Endre adressen", en: "Change the address")
    static let newUnit = Message(nb: "Ny bolig", en: "New unit")
    static let changeUnit = Message(nb: "Endre boligen", en: "Change the unit")
    static let newResident = Message(nb: "Ny beboer", en: "New resident")
    static let changeResident = Message(nb: "Endre beboeren", en: "Change the resident")
    static let moveTitle = Message(nb: "Flytting", en: "Move")

    static let addressHint = Message(nb: "Gate, nummer, postnummer og poststed må fylles ut. Ctrl-S lagrer.",
                                     en: "Street, number, postcode and city are needed. Ctrl-S saves.")
    static let unitHint = Message(nb: "H-nummer som H0101. ↑/↓ velger status. Ctrl-S lagrer.", en: "H-number as H0101. ↑/↓ chooses the status. Ctrl-S saves.")
    static let residentHint = Message(nb: "Telefon som 900 00 000 eller +47 900 00 000. Ctrl-S lagrer.",
                                      en: "Phone as 900 00 000 or +47 900 00 000. Ctrl-S saves.")
    static let moveHint = Message(nb: "↑/↓ velger inn eller ut, og boligen blant treffene. Ctrl-S flytter.",
                                  en: "↑/↓ chooses in or out, and the unit among the matches. Ctrl-S moves.")

    static func label(_ field: RecordForm.Field, _ purpose: RecordForm.Purpose) -> Message? {
        switch (field, purpose) {
        case (.number, .unit): Message(nb: "H-nummer", en: "H-number")
        case (.number, _): Message(nb: "Nummer", en: "Number")
        case (.gnr, _): Message(nb: "Gnr", en: "Gnr (farm)")
        case (.bnr, _): Message(nb: "Bnr", en: "Bnr (title)")
        case (.moving, _): Message(nb: "Flytter", en: "Moving")
        case (.unit, .move): Message(nb: "Til bolig", en: "To unit")
        case (.date, .move): Message(nb: "Dato", en: "Date")
        case (.movedIn, _): Message(nb: "Flyttet inn", en: "Moved in")
        default: nil
        }
    }

    static func moving(_ value: String) -> Message {
        value == "out" ? Message(nb: "ut", en: "out") : Message(nb: "til en bolig", en: "to a unit")
    }

    static let yes = Message(nb: "ja", en: "yes")
    static let no = Message(nb: "nei", en: "no")
    static let noUnit = Message(nb: "Ingen bolig passer.", en: "No unit matches.")
    static let outNoUnit = Message(nb: "(ingen, flytter ut)", en: "(none, moving out)")

    static func noUnitMatches(_ query: String) -> Message {
        query.allSatisfy(\.isWhitespace)
            ? Message(nb: "Skriv H-nummeret eller adressen boligen har.", en: "Type the unit's H-number or address.", field: "unit")
            : Message(nb: "Ingen bolig passer «\(query)».", en: "No unit matches “\(query)”.", field: "unit")
    }

    static func addressSaved(_ title: String) -> Message {
        Message(nb: "Adressen \(title) er lagret.", en: "The address \(title) is saved.")
    }

    static func unitSaved(_ number: String) -> Message {
        Message(nb: "Boligen \(number) er lagret.", en: "The unit \(number) is saved.")
    }

    static func residentSaved(_ name: String) -> Message {
        Message(nb: "\(name) er lagret.", en: "\(name) is saved.")
    }

    static func movedIn(_ name: String, _ home: String, _ day: CalendarDate) -> Message {
        Message(nb: "\(name) flytter til \(home) \(day.text(.nb)).", en: "\(name) moves to \(home) on \(day.text(.en)).")
    }

    static func movedOut(_ name: String, _ day: CalendarDate) -> Message {
        Message(nb: "\(name) flytter ut \(day.text(.nb)).", en: "\(name) moves out on \(day.text(.en)).")
    }

    static func confirmDelete(_ type: EntityType, _ name: String) -> Message {
        Message(nb: "Slette \(type.definiteNb) \(name)? j/y sletter, annen tast avbryter.",
                en: "Delete the \(type.nameEn) \(name)? y deletes, any other key cancels.")
    }

    static func deleted(_ type: EntityType, _ name: String) -> Message {
        Message(nb: "\(type.definiteNb.capitalizedFirst) \(name) er slettet. u angrer.", en: "The \(type.nameEn) \(name) is deleted. u undoes that.")
    }

    static let helpNewAddress = Message(nb: "Ny adresse", en: "New address")
    static let helpChangeAddress = Message(nb: "Endre adressen", en: "Change the address")
    static let helpDeleteAddress = Message(nb: "Slett adressen (u angrer)", en: "Delete the address (u undoes)")
    static let helpNewUnit = Message(nb: "Ny bolig på adressen", en: "New unit at the address")
    static let helpChangeUnit = Message(nb: "Endre boligen", en: "Change the unit")
    static let helpDeleteUnit = Message(nb: "Slett boligen (u angrer)", en: "Delete the unit (u undoes)")
    static let helpNewResident = Message(nb: "Ny beboer", en: "New resident")
    static let helpNewResidentHere = Message(nb: "Ny beboer som bor i boligen", en: "New resident living in the unit")
    static let helpChangeResident = Message(nb: "Endre beboerens navn og telefon", en: "Change the resident's name and phone")
    static let helpDeleteResident = Message(nb: "Slett beboeren (u angrer)", en: "Delete the resident (u undoes)")
    static let helpMove = Message(nb: "Flytt beboeren inn, ut eller til en annen bolig", en: "Move the resident in, out or to another unit")
    static let statusNew = Message(nb: "ny", en: "new")
    static let statusChange = Message(nb: "endre", en: "change")
    static let statusMove = Message(nb: "flytt", en: "move")
}

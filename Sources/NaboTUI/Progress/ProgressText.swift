import NaboCore

/// The words of the progress plan.
enum ProgressText {
    static let title = Message(nb: "Fremdriftsplan", en: "Progress plan")
    static let help = Message(nb: "Fremdriftsplanen: aktiviteter etter planlagt dato, forsinkede merket",
                              en: "The progress plan: activities by planned date, the late ones marked")
    static let helpDone = Message(nb: "Merk den valgte aktiviteten utført i dag", en: "Mark the selected activity done today")
    static let statusDone = Message(nb: "utført", en: "done")
    static let helpNew = Message(nb: "Ny aktivitet", en: "New activity")
    static let helpChange = Message(nb: "Endre den valgte aktiviteten", en: "Change the selected activity")
    static let newActivity = Message(nb: "Ny aktivitet", en: "New activity")
    static let changeActivity = Message(nb: "Endre aktiviteten", en: "Change the activity")
    static let hint = Message(nb: "Utført står tomt til aktiviteten er gjort · Ctrl-S lagrer · Esc avbryter",
                              en: "Done stays empty until the activity is done · Ctrl-S saves · Esc cancels")
    static let none = Message(nb: "Ingen aktiviteter ennå. n legger til en.", en: "No activities yet. n adds one.")

    static let planned = Message(nb: "Planlagt", en: "Planned")
    static let activity = Message(nb: "Aktivitet", en: "Activity")
    static let responsible = Message(nb: "Ansvarlig", en: "Responsible")
    static let done = Message(nb: "Utført", en: "Done")
    static let round = Message(nb: "Runde", en: "Round")
    static let late = Message(nb: "⚠ forsinket", en: "⚠ late")

    /// The labels an activity's form gives its fields.
    static func label(_ field: RecordForm.Field, _ purpose: RecordForm.Purpose) -> Message? {
        guard case .activity = purpose else { return nil }
        return switch field {
        case .planned: planned
        case .done: done
        case .responsible: responsible
        case .round: round
        default: nil
        }
    }

    /// "2 av 9 aktiviteter er forsinket", the count at the top of the plan.
    static func lateCount(_ late: Int, of all: Int) -> Message {
        late == 0
            ? Message(nb: "Ingen av \(all) aktiviteter er forsinket.", en: "None of \(all) activities is late.")
            : Message(nb: "⚠ \(late) av \(all) aktiviteter er forsinket.", en: "⚠ \(late) of \(all) activities \(late == 1 ? "is" : "are") late.")
    }

    static func doneSaved(_ title: String) -> Message {
        Message(nb: "«\(title)» er merket utført i dag.", en: "“\(title)” is marked done today.")
    }

    static func alreadyDone(_ title: String, _ day: String) -> Message {
        Message(nb: "«\(title)» ble utført \(day); e endrer datoen.", en: "“\(title)” was done on \(day); e changes the day.")
    }

    static func saved(_ title: String) -> Message {
        Message(nb: "Aktiviteten «\(title)» er lagret.", en: "The activity “\(title)” is saved.")
    }
}

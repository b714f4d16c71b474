import NaboCore

/// A meeting's and an agenda item's record forms: their values as stored, written as a worker
/// types them, and the change each stands for.
extension MeetingFeature {
    static func values(_ meeting: Meeting, _ language: Language) -> [RecordForm.Field: String] {
        let attendees = meeting.attendees.map { $0.name + ($0.agency.map { ", " + $0 } ?? "") }.joined(separator: "; ")
        let values: [RecordForm.Field: String?] = [
            .title: meeting.title, .date: meeting.start.map { VisitText.dateTime($0, language) }, .place: meeting.place,
            .attendees: attendees, .minutesSent: meeting.minutesSent?.text(language), .note: meeting.note,
        ]
        return values.compactMapValues { $0 }.filter { !$0.value.isEmpty }
    }

    static func values(_ item: Meeting.Item) -> [RecordForm.Field: String] {
        var values: [RecordForm.Field: String] = [.title: item.title, .parked: item.parked ? "yes" : "no", .standing: item.standing ? "yes" : "no"]
        values[.minutes] = item.minutes
        return values
    }

    /// The change a meeting's or an agenda item's form stands for; nil for a form of another feature.
    static func change(_ form: RecordForm) -> AppEffect? {
        let title = String(form[.title].trimmingWhitespace())
        switch form.purpose {
        case .meeting(let id):
            return .save(form.change(.meeting, id: id), done: MeetingText.meetingSaved(title))
        case .agendaItem(let meeting, let item):
            return .save(form.change(.agendaItem, id: item, fixed: item == nil ? ["meeting": meeting] : [:]), done: MeetingText.itemSaved(title))
        default:
            return nil
        }
    }
}

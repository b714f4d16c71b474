import NaboCore

/// A field checked as it is typed, by the core's own reading of its kind: a postcode that is not
/// four digits or a phone that is no phone number is said under the field before saving, in the
/// words a save would refuse it with. Empty fields are left to the save, which says what is missing.
enum RecordFormCheck {
    static func problem(_ form: RecordForm, _ field: RecordForm.Field) -> Message? {
        let text = form[field]
        guard !text.allSatisfy(\.isWhitespace), let spec = spec(form.purpose, field) else { return nil }
        switch spec.kind {
        case .count, .letter, .postcode, .phone, .hNumber, .date: break
        default: return nil
        }
        do throws(Message) {
            _ = try FieldReader.read(text, as: spec, offsetFor: { _, _ in 0 })
            return nil
        } catch {
            return error.at(field.rawValue)
        }
    }

    static func spec(_ purpose: RecordForm.Purpose, _ field: RecordForm.Field) -> FieldSpec? {
        let type: EntityType
        switch purpose {
        case .address: type = .address
        case .unit: type = .unit
        case .resident: type = .resident
        case .planMeasure, .decision: type = .measure
        case .meeting: type = .meeting
        case .agendaItem: type = .agendaItem
        case .activity: type = .activity
        case .move: return field == .date ? FieldSpec("date", .date) : nil
        default: return nil
        }
        return Schema.fields(type).first { $0.name == field.rawValue }
    }
}

import NaboCore

extension RecordForm {
    /// The change a form of one record's own fields stands for: each field under its schema name,
    /// trimmed, a flag's no or yes as false or true, and `fixed` as given. A new record names only
    /// what is typed, so the core's rules say what is missing; a changed one sets every field, and
    /// empty clears.
    func change(_ type: EntityType, id: String?, fixed: [String: String] = [:]) -> Change {
        var values: [String: String] = [:]
        for field in fields {
            let text = String(self[field].trimmingWhitespace())
            values[field.rawValue] = Self.flags.contains(field) ? (text == "yes" ? "true" : "false") : text
        }
        values.merge(fixed) { $1 }
        guard let id else { return .add(type, Edit(values: values.filter { !$0.value.isEmpty })) }
        return .set(type, id: id, Edit(values: values))
    }

    /// The fields stored as flags, which the form steps through as no and yes.
    static let flags: Set<Field> = [.parked, .standing]
}

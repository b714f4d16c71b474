/// A record's fields while a change is checked: the stored values with the typed ones laid over.
struct Draft: Equatable {
    var type: EntityType
    var id: String
    var values: [String: JSONValue] = [:]
    var sets: [String: [String]] = [:]
    /// Set-valued fields the edit replaced whole, for rules that follow from them.
    var replaced: Set<String> = []
    /// Single-valued fields the edit wrote, for rules that follow from them.
    var written: Set<String> = []
    /// Elements an edit added that were members already (a resident invited twice).
    var addedAgain: [String: [String]] = [:]

    init(type: EntityType, id: String) {
        self.type = type
        self.id = id
    }

    init(record: Record, type: EntityType) {
        self.init(type: type, id: record.id)
        for r in record.registers { values[r.field] = r.winner.value }
        for s in record.sets { sets[s.field] = s.members.sorted() }
    }

    func string(_ f: String) -> String? {
        guard case .string(let s)? = values[f], !s.isEmpty else { return nil }
        return s
    }

    mutating func read(_ edit: Edit, context: Context) throws(Message) {
        for (flag, text) in edit.values.sorted(by: { $0.key < $1.key }) {
            guard let spec = Schema.field(type, flag: flag) else { throw Messages.unknownField(type, flag) }
            if spec.isSet {
                let parts = spec.members(of: text)
                for part in parts { try FieldReader.refuseControlCharacters(part, in: spec, allowingLineBreaks: false) }
                sets[spec.name] = Array(Set((sets[spec.name] ?? []) + parts)).sorted()
            } else {
                let text = type == .dugnad && spec.name == "end"
                    ? DugnadEnd.resolved(text, typedStart: edit.values["start"], storedStart: values["start"]) : text
                written.insert(spec.name)
                do {
                    values[spec.name] = try FieldReader.read(text, as: spec, offsetFor: context.utcOffset)
                } catch {
                    throw error.at(spec.name)
                }
            }
        }
        for (flag, elements) in edit.additions.sorted(by: { $0.key < $1.key }) {
            guard let spec = Schema.field(type, flag: flag), spec.isSet else { throw Messages.unknownField(type, flag) }
            for element in elements { try FieldReader.refuseControlCharacters(element, in: spec, allowingLineBreaks: false) }
            let again = elements.filter { (sets[spec.name] ?? []).contains($0) }
            if !again.isEmpty { addedAgain[spec.name, default: []] += again }
            sets[spec.name] = Array(Set((sets[spec.name] ?? []) + elements)).sorted()
        }
        for (flag, elements) in edit.removals.sorted(by: { $0.key < $1.key }) {
            guard let spec = Schema.field(type, flag: flag), spec.isSet else { throw Messages.unknownField(type, flag) }
            sets[spec.name] = (sets[spec.name] ?? []).filter { !elements.contains($0) }
        }
        for (flag, elements) in edit.replacements.sorted(by: { $0.key < $1.key }) {
            guard let spec = Schema.field(type, flag: flag), spec.isSet else { throw Messages.unknownField(type, flag) }
            for element in elements { try FieldReader.refuseControlCharacters(element, in: spec, allowingLineBreaks: false) }
            sets[spec.name] = Array(Set(elements)).sorted()
            replaced.insert(spec.name)
        }
    }

    func checkRequired() throws(Message) {
        for spec in Schema.fields(type) where spec.required && !spec.isSet {
            if values[spec.name] == nil || values[spec.name] == .null || values[spec.name] == .string("") {
                throw Messages.missing(type, spec.name).at(spec.name)
            }
        }
    }
}

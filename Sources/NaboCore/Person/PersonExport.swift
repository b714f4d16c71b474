/// Builds the innsyn document for one resident from the records about them and their histories.
/// Nothing about another person goes in: another resident on a shared visit is "another resident",
/// and of a dugnad only the person's own invitation, attendance and the notices are shown.
public struct PersonExport {
    let person: PersonRecords
    let replica: Replica
    let language: Language
    /// Minutes east of UTC at a UTC day and minute, for showing stored instants in local time.
    let utcOffset: (CalendarDate, Int) -> Int

    public init(_ person: PersonRecords, replica: Replica, language: Language, utcOffset: @escaping (CalendarDate, Int) -> Int) {
        self.person = person
        self.replica = replica
        self.language = language
        self.utcOffset = utcOffset
    }

    var id: String { person.resident.id }

    /// `histories` holds the operations on each record of `person.all`, oldest first.
    public func document(histories: [RecordRef: [Op]], made: CalendarDate) -> PersonDocument {
        let first: [EntityType] = [.resident, .tenancy, .visit, .event, .input, .response, .followUp, .dugnad, .measure]
        // A type added later, not yet given its place, still comes out: nothing held is left out.
        let order = first + EntityType.allCases.filter { !first.contains($0) }
        let refs = person.all
        let sections = order.compactMap { type -> PersonDocument.Section? in
            let entries = refs.filter { $0.type == type }.compactMap { ref in
                replica.record(type.rawValue, ref.id).map { entry($0, ref, histories[ref] ?? []) }
            }
            return entries.isEmpty ? nil : PersonDocument.Section(key: PersonWords.key(type), title: PersonWords.section(type).text(language), entries: entries)
        }
        return PersonDocument(id: id, name: Resident(person.resident).name, language: language, made: made, sections: sections)
    }

    func entry(_ record: Record, _ ref: RecordRef, _ ops: [Op]) -> PersonDocument.Entry {
        let shownFields = Schema.fields(ref.type).filter { PersonWords.isShown($0.name, of: ref.type) }
        let values = shownFields.compactMap { spec -> PersonDocument.Value? in
            let raw: JSONValue = spec.isSet ? .array(record.members(spec.name).sorted().map { .string($0) }) : record[spec.name] ?? .null
            if raw.isNull || raw.array?.isEmpty == true { return nil }
            return value(spec, raw)
        }
        return PersonDocument.Entry(ref: ref, heading: heading(record, ref.type), deleted: record.isDeleted, values: values,
                                    details: details(record, ref.type), versions: ops.compactMap { version($0, ref.type) })
    }

    func version(_ op: Op, _ type: EntityType) -> PersonDocument.Version? {
        let specs = Dictionary(Schema.fields(type).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // Of a dugnad, only what concerns the person: being invited and attending.
        let aboutThem = type != .dugnad
        let set = aboutThem ? op.writes.map { w in specs[w.field].map { value($0, w.value) } ?? plain(w.field, w.value) } : []
        let changes = op.setChanges.filter { aboutThem || $0.element == id }
        let element = { (c: SetChange) in specs[c.field].map { self.value($0, .string(c.element)) } ?? self.plain(c.field, .string(c.element)) }
        let version = PersonDocument.Version(millis: op.wallMillis, when: when(op.wallMillis), author: op.author, set: set,
                                             added: changes.filter(\.isAddition).map(element),
                                             removed: changes.filter { !$0.isAddition }.map(element),
                                             deleted: aboutThem ? op.deletion.map { !$0.restore } : nil)
        return version.set.isEmpty && version.added.isEmpty && version.removed.isEmpty && version.deleted == nil ? nil : version
    }

    /// A stored value with other residents taken out, and in words.
    func value(_ spec: FieldSpec, _ raw: JSONValue) -> PersonDocument.Value {
        let label = FieldLabel.text(spec.name, language).capitalizedFirst
        switch spec.kind {
        case .reference(let target), .references(let target):
            let ids = raw.array?.compactMap(\.string) ?? raw.string.map { [$0] } ?? []
            let named = ids.map { reference(target, $0) }
            let kept: [JSONValue] = zip(ids, named).map { target == .resident && $0 != id ? .string($1) : .string($0) }
            return PersonDocument.Value(field: spec.name, label: label, raw: spec.isSet ? .array(kept) : kept.first ?? .null,
                                        shown: named.joined(separator: ", "))
        case .choice:
            return PersonDocument.Value(field: spec.name, label: label, raw: raw, shown: raw.string.map { VocabularyLabel.text($0, language) } ?? raw.jsonText)
        case .date:
            return PersonDocument.Value(field: spec.name, label: label, raw: raw, shown: DateBytes.date(raw.string).map { DateWords.numeric($0, language) } ?? raw.jsonText)
        case .dateTime:
            return PersonDocument.Value(field: spec.name, label: label, raw: raw, shown: raw.string.map(dateTime) ?? raw.jsonText)
        case .flag:
            return PersonDocument.Value(field: spec.name, label: label, raw: raw, shown: raw.bool.map { VocabularyLabel.yesNo($0, language) } ?? raw.jsonText)
        case .textList:
            return PersonDocument.Value(field: spec.name, label: label, raw: raw, shown: raw.array?.compactMap(\.string).joined(separator: ", ") ?? raw.jsonText)
        default:
            return plain(spec.name, raw)
        }
    }

    func plain(_ field: String, _ raw: JSONValue) -> PersonDocument.Value {
        PersonDocument.Value(field: field, label: FieldLabel.text(field, language).capitalizedFirst, raw: raw,
                             shown: raw.isNull ? "" : raw.string ?? raw.int.map(String.init) ?? raw.jsonText)
    }

    /// What a reference names, without naming anyone but the person: a visit is its kind and day.
    func reference(_ type: EntityType, _ other: String) -> String {
        switch type {
        case .resident:
            return other == id ? Resident(person.resident).name : PersonWords.anotherResident.text(language)
        case .visit:
            guard let record = replica.record(type.rawValue, other) else { return other }
            return heading(record, .visit)
        default:
            return ReferenceName.of(type, id: other, in: replica)?.text(language) ?? other
        }
    }

    /// A stored instant (UTC or with its offset) in local time, as the interface shows it.
    func dateTime(_ text: String) -> String {
        guard let t = LocalDateTime(text, offsetFor: { _, _ in 0 }) else { return text }
        guard let minutes = t.minutes else { return DateWords.numeric(t.date, language) }
        return local(t.date.dayNumber * 1440 + minutes - (t.offset ?? 0))
    }

    func when(_ millis: Int64) -> String {
        local(Int(millis.floorDiv(60_000)))
    }

    /// Minutes since 1970 UTC as a local day and time.
    func local(_ utcMinutes: Int) -> String {
        let t = LocalDateTime(utcMinutes: utcMinutes, utcOffset: utcOffset)
        return DateWords.numeric(t.date, language) + " " + DateWords.time(t.minutes ?? 0, language)
    }
}

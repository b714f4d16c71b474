import NaboCore

/// The dugnad's forms, on the record form: the plan (`n` on the list, `e` on a dugnad), what was
/// done (`n` on a dugnad), a notice with its channel (`V`), one more invited (`i`) and a file to write (`E`).
extension DugnadFeature {
    /// A new plan on the list; on a dugnad, its plan as stored.
    mutating func dugnadPlanStarted() {
        switch shell.current.screen {
        case .dugnad(.list):
            shell.form = RecordForm(purpose: .dugnad(nil), values: [:])
        case .dugnad(.one(let id)):
            guard let dugnad = directory.dugnads.entry(id)?.dugnad else { return }
            let values: [RecordForm.Field: String?] = [
                .title: dugnad.title, .start: dugnad.start.map { VisitText.dateTime($0, language) },
                .end: dugnad.end.map { VisitText.dateTime($0, language) }, .addresses: dugnad.addressLabels.joined(separator: ", "),
                .meetingPoint: dugnad.meetingPoint, .tasks: dugnad.tasks.joined(separator: "; "),
                .equipment: dugnad.equipment.joined(separator: "; "), .food: dugnad.food, .partners: dugnad.partners.joined(separator: "; "),
            ]
            shell.form = RecordForm(purpose: .dugnad(id), values: values.compactMapValues { $0 }.filter { !$0.value.isEmpty })
        default:
            break
        }
    }

    /// What was done, as written so far.
    mutating func dugnadNoteStarted(_ entry: DugnadTables.Entry) {
        shell.form = RecordForm(purpose: .dugnadNote(entry.dugnad.id), values: entry.dugnad.note.map { [.note: $0] } ?? [:])
    }

    /// A notice sent today, posted unless another way is chosen.
    mutating func dugnadNoticeStarted(_ entry: DugnadTables.Entry) {
        shell.form = RecordForm(purpose: .notice(dugnad: entry.dugnad.id), values: [.how: "posted", .date: directory.today.text(language)])
    }

    /// One more resident to invite, found by part of a name, an address or an H-nummer.
    mutating func dugnadInviteStarted(_ entry: DugnadTables.Entry) {
        shell.form = RecordForm(purpose: .invite(dugnad: entry.dugnad.id), values: [:])
    }

    /// Which file to write, the notice first.
    mutating func dugnadExportStarted(_ entry: DugnadTables.Entry) {
        shell.form = RecordForm(purpose: .export(dugnad: entry.dugnad.id), values: [.export: DugnadExport.notice.rawValue])
    }

    /// The change a dugnad form stands for; nil for a form of another feature.
    static func change(_ form: RecordForm, in directory: Directory, language: Language) throws(Message) -> AppEffect? {
        switch form.purpose {
        case .dugnad(let id):
            return try planChange(form, id: id, in: directory)
        case .dugnadNote(let id):
            return .save(.set(.dugnad, id: id, Edit(values: ["note": form[.note]])), done: DugnadText.noteSaved)
        case .notice(let id):
            guard let entry = directory.dugnads.entry(id) else { throw DugnadText.gone }
            let notice = try NoticeSent.typed(date: form[.date], how: form[.how], note: form[.note])
            let edit = DugnadNoticeLog.edit(appending: notice, to: entry.record)
            return .save(.set(.dugnad, id: id, edit), done: DugnadText.noticeRecorded(notice.how, notice.date.text(language)))
        case .invite(let id):
            guard directory.dugnads.entry(id) != nil else { throw DugnadText.gone }
            guard let row = form.chosen else { throw DugnadText.noResident(form[.invited]) }
            let resident = directory.residents[row]
            return .save(.set(.dugnad, id: id, Edit(additions: ["invited": [resident.id]])), done: DugnadText.invitedOne(resident.name))
        case .export(let id):
            guard let kind = DugnadExport(rawValue: form[.export]) else { throw DugnadText.gone }
            return .exportDugnad(id, kind)
        default:
            return nil
        }
    }

    /// A new plan names only what is typed, so the core's rules say what is missing; a changed plan
    /// sets every field (empty clears) and adds and removes addresses as sets.
    private static func planChange(_ form: RecordForm, id: String?, in directory: Directory) throws(Message) -> AppEffect {
        let addresses = DugnadAddressQuery(form[.addresses], directory: directory)
        if let problem = addresses.problem(directory) { throw problem }
        var values: [String: String] = [:]
        for field in [RecordForm.Field.title, .start, .meetingPoint, .tasks, .equipment, .food, .partners] { values[field.rawValue] = form[field] }
        values["end"] = form[.end]
        let chosen = addresses.ids(directory)
        let done = DugnadText.planSaved(String(form[.title].trimmingWhitespace()))
        guard let id else {
            return .save(.add(.dugnad, Edit(values: values.filter { !$0.value.trimmingWhitespace().isEmpty }, additions: ["addresses": chosen])), done: done)
        }
        let before = directory.dugnads.entry(id)?.dugnad.addresses.map(\.id) ?? []
        let added = chosen.filter { !before.contains($0) }, removed = before.filter { !chosen.contains($0) }
        return .save(.set(.dugnad, id: id, Edit(values: values, additions: added.isEmpty ? [:] : ["addresses": added],
                                                removals: removed.isEmpty ? [:] : ["addresses": removed])), done: done)
    }
}

import NaboCore

/// The dugnads: planning one, its notice, its invited and their attendance, and its files.
struct DugnadFeature: Feature {
    static let id = FeatureID.dugnad
    static var state: WritableKeyPath<AppState, DugnadState> { \.dugnad }
    var dugnad: DugnadState
    var shell: Shell
    var own: DugnadState { dugnad }

    init(_ own: DugnadState, shell: Shell) {
        dugnad = own
        self.shell = shell
    }

    /// Each change is one field's edit of the dugnad; a tick adds to or removes from the set of those
    /// who came, so ticks made on two laptops at once both count.
    mutating func reduce(_ action: DugnadAction) -> [AppEffect] {
        if case .planStarted = action {
            dugnadPlanStarted()
            return []
        }
        if case .uninviteAnswered(let yes) = action {
            guard let resident = dugnad.uninviting else { return [] }
            dugnad.uninviting = nil
            shell.message = nil
            guard yes, case .dugnad(.one(let id)) = shell.current.screen else { return [] }
            return [.save(.set(.dugnad, id: id, Edit(removals: ["invited": [resident]])),
                          done: DugnadText.uninvited(directory.resident(resident)?.name ?? ""))]
        }
        guard case .dugnad(.one(let id)) = shell.current.screen, let entry = directory.dugnads.entry(id) else { return [] }
        let rows = shell.rows
        let selected = shell.position.selected
        shell.current.position = shell.position
        switch action {
        case .attendanceToggled:
            guard selected < rows.count, rows[selected] < entry.invited.count else {
                if selected < rows.count { shell.say(.info, DugnadText.tickOnOthers) }
                return []
            }
            let resident = directory.residents[entry.invited[rows[selected]]]
            let came = entry.dugnad.attended.contains(resident.id)
            let edit = came ? Edit(removals: ["attended": [resident.id]]) : Edit(additions: ["attended": [resident.id]])
            // On to the next row, as a paper list is ticked down: one Space per arrival.
            shell.current.position = shell.position.moved(.down, count: rows.count, height: shell.height)
            return [.save(.set(.dugnad, id: id, edit), done: came ? DugnadText.didNotCome(resident.name) : DugnadText.came(resident.name))]
        case .othersCounted(let change):
            guard selected < rows.count, rows[selected] >= entry.invited.count else {
                if selected < rows.count { shell.say(.info, DugnadText.countOnInvited) }
                return []
            }
            let kind = entry.extraKinds[rows[selected] - entry.invited.count]
            let count = max(0, entry.extraCount(kind) + change)
            guard count != entry.extraCount(kind) else {
                shell.say(.info, DugnadText.noneToTake(kind))
                return []
            }
            var counts = Dictionary(entry.dugnad.extra.map { ($0.kind, JSONValue.int($0.count)) }) { first, _ in first }
            counts[kind] = count == 0 ? nil : .int(count)
            let edit = Edit(values: ["extra": counts.isEmpty ? "" : JSONValue.object(counts).jsonText])
            return [.save(.set(.dugnad, id: id, edit), done: DugnadText.othersCounted(kind, count))]
        case .noticeRecorded(let how):
            let edit = DugnadNoticeLog.edit(appending: NoticeSent(date: directory.today, how: how), to: entry.record)
            return [.save(.set(.dugnad, id: id, edit), done: DugnadText.noticeRecorded(how))]
        case .noteStarted:
            dugnadNoteStarted(entry)
        case .noticeStarted:
            dugnadNoticeStarted(entry)
        case .inviteStarted:
            dugnadInviteStarted(entry)
        case .uninviteStarted:
            guard selected < rows.count, rows[selected] < entry.invited.count else {
                if selected < rows.count { shell.say(.info, DugnadText.uninviteOnOthers) }
                return []
            }
            let resident = directory.residents[entry.invited[rows[selected]]]
            guard !entry.dugnad.attended.contains(resident.id) else {
                shell.say(.warning, DugnadText.cameCannotUninvite(resident.name))
                return []
            }
            dugnad.uninviting = resident.id
            shell.say(.warning, DugnadText.confirmUninvite(resident.name))
        case .exportStarted:
            dugnadExportStarted(entry)
        case .planStarted, .uninviteAnswered:
            break
        }
        return []
    }
}

import NaboCore

/// What the keys do on a dugnad's attendance checklist.
public enum DugnadAction: Hashable, Sendable {
    /// Space on an invited resident: came, or did not after all.
    case attendanceToggled
    /// + or - on a row of others: one more or one fewer of that kind.
    case othersCounted(by: Int)
    /// The notice went out today, this way.
    case noticeRecorded(NoticeChannel)
    /// `n` on the list: plan a new dugnad; `e` on a dugnad: change its plan.
    case planStarted
    /// `n` on a dugnad: write what was done.
    case noteStarted
    /// `V` on a dugnad: record a notice with its channel, day and a note.
    case noticeStarted
    /// `i` on a dugnad: invite one more resident, found with the resident picker.
    case inviteStarted
    /// `x` on an invited resident who has not come: ask before taking them off the invited.
    case uninviteStarted
    /// The answer to that question.
    case uninviteAnswered(Bool)
    /// `E` on a dugnad: choose a file to write to the documents folder.
    case exportStarted
}

extension Step {
    /// Each change is one field's edit of the dugnad; a tick adds to or removes from the set of those
    /// who came, so ticks made on two laptops at once both count.
    mutating func dugnad(_ action: DugnadAction) -> [AppEffect] {
        if case .planStarted = action {
            dugnadPlanStarted()
            return []
        }
        if case .uninviteAnswered(let yes) = action {
            guard let resident = state.visits.uninviting else { return [] }
            state.visits.uninviting = nil
            state.message = nil
            guard yes, case .dugnad(.one(let id)) = state.current.screen else { return [] }
            return [.save(.set(.dugnad, id: id, Edit(removals: ["invited": [resident]])),
                          done: DugnadText.uninvited(directory.resident(resident)?.name ?? ""))]
        }
        guard case .dugnad(.one(let id)) = state.current.screen, let entry = directory.dugnads.entry(id) else { return [] }
        let rows = rows
        let selected = position.selected
        state.current.position = position
        switch action {
        case .attendanceToggled:
            guard selected < rows.count, rows[selected] < entry.invited.count else { return [] }
            let resident = directory.residents[entry.invited[rows[selected]]]
            let came = entry.dugnad.attended.contains(resident.id)
            let edit = came ? Edit(removals: ["attended": [resident.id]]) : Edit(additions: ["attended": [resident.id]])
            return [.save(.set(.dugnad, id: id, edit), done: came ? DugnadText.didNotCome(resident.name) : DugnadText.came(resident.name))]
        case .othersCounted(let change):
            guard selected < rows.count, rows[selected] >= entry.invited.count else { return [] }
            let kind = entry.extraKinds[rows[selected] - entry.invited.count]
            let count = max(0, entry.extraCount(kind) + change)
            guard count != entry.extraCount(kind) else { return [] }
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
            guard selected < rows.count, rows[selected] < entry.invited.count else { return [] }
            let resident = directory.residents[entry.invited[rows[selected]]]
            guard !entry.dugnad.attended.contains(resident.id) else {
                state.message = StatusMessage(.warning, DugnadText.cameCannotUninvite(resident.name))
                return []
            }
            state.visits.uninviting = resident.id
            state.message = StatusMessage(.warning, DugnadText.confirmUninvite(resident.name))
        case .exportStarted:
            dugnadExportStarted(entry)
        case .planStarted, .uninviteAnswered:
            break
        }
        return []
    }
}

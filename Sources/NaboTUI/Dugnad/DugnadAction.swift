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

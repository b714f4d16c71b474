/// What the keys do on the progress plan.
public enum ProgressAction: Hashable, Sendable {
    /// `n`: a new activity.
    case activityStarted
    /// `e`: the selected activity in its form.
    case activityChangeStarted
    /// Space: the selected activity done today.
    case doneToday
}

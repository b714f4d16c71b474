/// `F` (fremdrift) from every screen; on it `n` adds and `e` changes as on the other lists, and
/// Space ticks the selected activity done, as Space ticks a dugnad's attendance.
enum ProgressKeys {
    static let screenKey = KeyBinding<AppAction>([.character("F")], .screenChosen(.progress), help: ProgressText.help)

    static let own = KeyMap<AppAction>([
        KeyBinding([.character(" ")], .progress(.doneToday), help: ProgressText.helpDone, status: ProgressText.statusDone),
        KeyBinding([.character("n")], .progress(.activityStarted), help: ProgressText.helpNew, status: StockText.statusNew),
        KeyBinding([.character("e")], .progress(.activityChangeStarted), help: ProgressText.helpChange),
        AppKeys.back,
    ]).followed(by: AppKeys.elsewhere)
}

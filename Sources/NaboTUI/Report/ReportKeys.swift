import NaboCore

/// The keys of the report's box: its three choices and the answer.
enum ReportKeys {
    static let order = KeyMap<AppAction>([
        KeyBinding([.enter], .report(.confirmed), help: ReportText.helpConfirm, status: ReportText.statusConfirm),
        KeyBinding([.character("f")], .report(.formatToggled), help: ReportText.helpFormat, status: ReportText.statusFormat),
        KeyBinding([.character("i")], .report(.internalToggled), help: ReportText.helpInternal, status: ReportText.statusInternal),
        KeyBinding([.character("s")], .report(.statusToggled), help: ReportText.helpStatus, status: ReportText.statusStatus),
        KeyBinding([.escape, .character("n")], .report(.cancelled), help: ReportText.helpCancel, status: AppText.statusCancel),
        KeyBinding([.ctrl("c")], .quitRequested, help: AppText.helpQuit),
    ])
}

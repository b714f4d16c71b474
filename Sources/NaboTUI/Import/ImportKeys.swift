import NaboCore

/// The keys of the import's preview: an answer, or scrolling a long list of refused rows.
enum ImportKeys {
    static let preview = KeyMap<AppAction>([
        KeyBinding([.character("y"), .character("j"), .enter], .importing(.confirmed), help: ImportText.helpConfirm, status: ImportText.statusConfirm),
        KeyBinding([.character("n"), .escape], .importing(.cancelled), help: ImportText.helpCancel, status: AppText.statusCancel),
        KeyBinding([.down], .importing(.scrolled(rows: 1)), help: AppText.helpDown),
        KeyBinding([.up], .importing(.scrolled(rows: -1)), help: AppText.helpUp),
        KeyBinding([.pageDown, .ctrl("f")], .importing(.scrolled(rows: 10)), help: AppText.helpPageDown),
        KeyBinding([.pageUp, .ctrl("b")], .importing(.scrolled(rows: -10)), help: AppText.helpPageUp),
        KeyBinding([.ctrl("c")], .quitRequested, help: AppText.helpQuit),
    ])
}

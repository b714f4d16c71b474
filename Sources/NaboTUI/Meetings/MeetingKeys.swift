/// `W` (the work group's meetings) from every screen; `n` adds and `e` edits what the screen lists,
/// as on the dugnads, and `M` makes a measure as it does on a visit or the board.
enum MeetingKeys {
    static let screenKey = KeyBinding<AppAction>([.character("W")], .screenChosen(.meetings(.list)), help: MeetingText.help)

    static func own(_ screen: MeetingScreen) -> KeyMap<AppAction> {
        switch screen {
        case .list:
            KeyMap([
                AppKeys.open(MeetingText.openMeeting),
                KeyBinding([.character("n")], .meetings(.meetingStarted), help: MeetingText.helpNewMeeting, status: StockText.statusNew),
                KeyBinding([.character("e")], .meetings(.meetingChangeStarted), help: MeetingText.helpChangeSelected),
                AppKeys.back,
            ]).followed(by: AppKeys.elsewhere)
        case .one:
            KeyMap([
                KeyBinding([.character("n")], .meetings(.itemStarted), help: MeetingText.helpNewItem, status: StockText.statusNew),
                KeyBinding([.character("e")], .meetings(.itemChangeStarted), help: MeetingText.helpChangeItem),
                KeyBinding([.character("E")], .meetings(.meetingChangeStarted), help: MeetingText.helpChangeMeeting),
                KeyBinding([.character("M")], .meetings(.decisionStarted), help: MeetingText.helpDecision),
                AppKeys.back,
            ]).followed(by: AppKeys.elsewhere)
        }
    }
}

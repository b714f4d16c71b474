/// `O` (oversikt, outcomes) from every screen, and on it Enter opens the row's address.
enum IndicatorKeys {
    static let screenKey = KeyBinding<AppAction>([.character("O")], .screenChosen(.indicators), help: IndicatorText.help)

    static let own = KeyMap<AppAction>([AppKeys.open(AppText.openAddress), AppKeys.back]).followed(by: AppKeys.elsewhere)
}

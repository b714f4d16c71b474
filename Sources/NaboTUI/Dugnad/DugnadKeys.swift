import NaboCore

/// The keys of the dugnad screens; `D` reaches the list from every screen.
enum DugnadKeys {
    static let listKey = KeyBinding<AppAction>([.character("D")], .screenChosen(.dugnad(.list)), help: DugnadText.helpDugnads)

    static let newKey = KeyBinding<AppAction>([.character("n")], .dugnad(.planStarted), help: DugnadText.helpNew)

    static func own(_ screen: DugnadScreen) -> KeyMap<AppAction> {
        switch screen {
        case .list:
            KeyMap([AppKeys.open(DugnadText.openDugnad), newKey, AppKeys.back, AppKeys.residentsKey.unlisted,
                    AppKeys.addressesKey.unlisted, AppKeys.homeKey])
        case .one:
            KeyMap([
                KeyBinding([.character(" ")], .dugnad(.attendanceToggled), help: DugnadText.helpToggle, status: DugnadText.statusToggle),
                KeyBinding([.character("+")], .dugnad(.othersCounted(by: 1)), help: DugnadText.helpMore, status: DugnadText.statusCount),
                KeyBinding([.character("-")], .dugnad(.othersCounted(by: -1)), help: DugnadText.helpFewer),
                KeyBinding([.character("v")], .dugnad(.noticeRecorded(.posted)), help: DugnadText.helpPosted),
                KeyBinding([.character("t")], .dugnad(.noticeRecorded(.sms)), help: DugnadText.helpSMS),
                KeyBinding([.character("V")], .dugnad(.noticeStarted), help: DugnadText.helpNotice),
                KeyBinding([.character("n")], .dugnad(.noteStarted), help: DugnadText.helpNote),
                KeyBinding([.character("e")], .dugnad(.planStarted), help: DugnadText.helpEditPlan),
                KeyBinding([.character("i")], .dugnad(.inviteStarted), help: DugnadText.helpInvite),
                KeyBinding([.character("x")], .dugnad(.uninviteStarted), help: DugnadText.helpUninvite),
                KeyBinding([.character("E")], .dugnad(.exportStarted), help: DugnadText.helpExport),
                AppKeys.back, AppKeys.residentsKey.unlisted, AppKeys.addressesKey.unlisted, AppKeys.homeKey,
            ])
        }
    }
}

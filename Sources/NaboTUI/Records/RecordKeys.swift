/// The keys of the lists of addresses and residents and of one address, unit or resident. Each
/// map names the visit and survey keys its screen offers, in the order the status line shows them;
/// the keys that add, change and delete the records are `StockKeys`. On an address and a unit `a`
/// adds, so the jump to the addresses is left out there.
enum RecordKeys {
    static func own(_ screen: Screen) -> KeyMap<AppAction> {
        let open = AppKeys.open, back = AppKeys.back
        return switch screen {
        case .addresses:
            KeyMap([open(AppText.openAddress), back, AppKeys.residentsKey.unlisted, AppKeys.homeKey])
        case .residents:
            KeyMap([open(AppText.openResident), back, VisitKeys.notAtHome, VisitKeys.recordInput, AppKeys.homeKey])
        case .address:
            KeyMap([open(AppText.openUnit).unlisted, back, EventKeys.record])
                .followed(by: AppKeys.elsewhere(besides: [.character("a")]))
        case .unit:
            KeyMap([open(AppText.openResident).unlisted, back, VisitKeys.history, VisitKeys.notAtHome, VisitKeys.recordInput, EventKeys.record])
                .followed(by: AppKeys.elsewhere(besides: [.character("a")]))
        case .inputs:
            KeyMap([VisitKeys.answerInput, open(AppText.openResident).unlisted, back]).followed(by: AppKeys.elsewhere)
        case .history:
            KeyMap([back]).followed(by: AppKeys.elsewhere)
        case .resident:
            KeyMap([SurveyKeys.startKey, back, VisitKeys.timeline, VisitKeys.notAtHome, VisitKeys.recordInput, VisitKeys.plan, VisitKeys.edit,
                    VisitKeys.delete, VisitKeys.measure, EventKeys.record, PersonKeys.export, PersonKeys.erase]).followed(by: AppKeys.elsewhere)
        default:
            KeyMap([back]).followed(by: AppKeys.elsewhere)
        }
    }
}

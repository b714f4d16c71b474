/// The keys of the lists of addresses and residents and of one address, unit or resident. Each
/// map names the visit and survey keys its screen offers, in the order the status line shows them.
enum RecordKeys {
    static func own(_ screen: Screen) -> KeyMap<AppAction> {
        let open = AppKeys.open, back = AppKeys.back
        return switch screen {
        case .addresses:
            KeyMap([open(AppText.openAddress), StockKeys.newAddress, back, AppKeys.residentsKey.unlisted, AppKeys.homeKey])
        case .residents:
            KeyMap([open(AppText.openResident), StockKeys.newResident, back, VisitKeys.notAtHome, VisitKeys.recordInput, AppKeys.homeKey])
        case .address:
            KeyMap([open(AppText.openUnit).unlisted, back, StockKeys.newUnit, StockKeys.changeAddress, StockKeys.deleteAddress, PlanKeys.newMeasure])
                .followed(by: AppKeys.elsewhere(besides: [.character("a")]))
        case .unit:
            KeyMap([open(AppText.openResident).unlisted, back, StockKeys.newResidentHere, StockKeys.changeUnit, StockKeys.deleteUnit, VisitKeys.history,
                    VisitKeys.notAtHome, VisitKeys.recordInput, PlanKeys.newMeasure]).followed(by: AppKeys.elsewhere(besides: [.character("a")]))
        case .inputs:
            KeyMap([VisitKeys.answerInput, open(AppText.openResident).unlisted, back]).followed(by: AppKeys.elsewhere)
        case .history:
            KeyMap([back]).followed(by: AppKeys.elsewhere)
        case .resident:
            KeyMap([SurveyKeys.startKey, back, StockKeys.move, VisitKeys.timeline, VisitKeys.notAtHome, VisitKeys.recordInput, VisitKeys.plan, VisitKeys.edit,
                    VisitKeys.delete, VisitKeys.measure, StockKeys.changeResident, StockKeys.deleteResident]).followed(by: AppKeys.elsewhere)
        default:
            KeyMap([back]).followed(by: AppKeys.elsewhere)
        }
    }
}

/// The keys that add to, change and delete the housing stock and a measure on their screens. `a`
/// adds on the screens that list what it adds to (taking it from the jump to the addresses there),
/// `e` and `x` change and delete the record on screen or selected on a list; on residents, where they act on the
/// selected visit, `E` and `X` do. They come after the keys every screen shares, so at 80 columns
/// the status line keeps Esc, search and help and shows these where there is room.
enum StockKeys {
    static func own(_ screen: Screen) -> KeyMap<AppAction> {
        switch screen {
        case .addresses: KeyMap([newAddress, changeAddress, deleteAddress])
        case .residents: KeyMap([newResident, changeResident, deleteResident])
        case .address: KeyMap([newUnit, changeAddress, deleteAddress, PlanKeys.newMeasure])
        case .unit: KeyMap([newResidentHere, changeUnit, deleteUnit, PlanKeys.newMeasure])
        case .resident: KeyMap([move, changeResident, deleteResident])
        case .measure: KeyMap([PlanKeys.changeMeasure])
        default: KeyMap([])
        }
    }

    static let newAddress = KeyBinding<AppAction>([.character("a")], .stock(.addStarted), help: StockText.helpNewAddress, status: StockText.statusNew)
    static let newUnit = KeyBinding<AppAction>([.character("a")], .stock(.addStarted), help: StockText.helpNewUnit, status: StockText.statusNew)
    static let newResident = KeyBinding<AppAction>([.character("a")], .stock(.addStarted), help: StockText.helpNewResident, status: StockText.statusNew)
    static let newResidentHere = KeyBinding<AppAction>([.character("a")], .stock(.addStarted), help: StockText.helpNewResidentHere,
                                                       status: StockText.statusNew)
    static let changeAddress = KeyBinding<AppAction>([.character("e"), .character("E")], .stock(.changeStarted), help: StockText.helpChangeAddress,
                                                     status: StockText.statusChange)
    static let deleteAddress = KeyBinding<AppAction>([.character("x"), .character("X"), .delete], .stock(.deleteStarted), help: StockText.helpDeleteAddress)
    static let changeUnit = KeyBinding<AppAction>([.character("e"), .character("E")], .stock(.changeStarted), help: StockText.helpChangeUnit,
                                                  status: StockText.statusChange)
    static let deleteUnit = KeyBinding<AppAction>([.character("x"), .character("X"), .delete], .stock(.deleteStarted), help: StockText.helpDeleteUnit)
    static let changeResident = KeyBinding<AppAction>([.character("E")], .stock(.changeStarted), help: StockText.helpChangeResident)
    static let deleteResident = KeyBinding<AppAction>([.character("X")], .stock(.deleteStarted), help: StockText.helpDeleteResident)
    static let move = KeyBinding<AppAction>([.character("f")], .stock(.moveStarted), help: StockText.helpMove, status: StockText.statusMove)
}

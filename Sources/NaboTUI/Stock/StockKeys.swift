/// The keys for the housing stock on the record screens. `a` adds on the screens that list what
/// it adds to (taking it from the jump to the addresses there), `e` and `x` change and delete the
/// record on screen; on a resident, where they act on the selected visit, `E` and `X` do.
enum StockKeys {
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

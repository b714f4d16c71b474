import NaboCore

/// The housing stock in the interface: adding, changing and deleting addresses, units and
/// residents, and moving a resident, on the record form. Deleting asks first, and a record that
/// others still point at is refused at once with them named, by the same rule `nabo delete` keeps.
struct StockFeature: Feature {
    static let id = FeatureID.stock
    static var state: WritableKeyPath<AppState, StockState> { \.stock }
    var stock: StockState
    var shell: Shell
    var own: StockState { stock }

    init(_ own: StockState, shell: Shell) {
        stock = own
        self.shell = shell
    }

    mutating func reduce(_ action: StockAction) -> [AppEffect] {
        switch action {
        case .addStarted:
            addStarted()
        case .changeStarted:
            changeStarted()
        case .moveStarted:
            moveStarted()
        case .deleteStarted:
            guard let (type, id, name) = recordOnScreen else { return [] }
            if let refusal = Planner.refusalToDelete(type, id: id, in: directory.replica) {
                shell.say(.error, refusal)
                return []
            }
            stock.deleting = StockState.Deleting(type: type, id: id, name: name)
            shell.say(.warning, StockText.confirmDelete(type, name))
        case .deleteAnswered(let yes):
            guard let deleting = stock.deleting else { return [] }
            stock.deleting = nil
            guard yes else { return [] }
            return [.save(.delete(deleting.type, id: deleting.id), done: StockText.deleted(deleting.type, deleting.name))]
        }
        return []
    }

    /// A deleted record's screen is left for the one before it, which no longer lists it; a delete
    /// of the record on screen is the only save this feature asks for.
    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect] {
        guard case .saved = outcome, shell.places.count > 1 else { return [] }
        switch shell.screen {
        case .address, .unit, .resident: shell.places.removeLast()
        default: break
        }
        return []
    }

    /// The address, unit or resident the screen is about, or selected on the list of them, with
    /// the name a worker knows it by.
    var recordOnScreen: (EntityType, String, String)? {
        switch shell.screen {
        case .addresses: shell.selectedRow.map { directory.addresses[$0] }.map { (.address, $0.id, $0.title) }
        case .residents: shell.selectedRow.map { directory.residents[$0] }.map { (.resident, $0.id, $0.name) }
        case .address(let id): directory.address(id).map { (.address, id, $0.title) }
        case .unit(let id): directory.unit(id).map { (.unit, id, directory.unitByID[id].map { directory.home(ofUnit: $0) } ?? $0.number) }
        case .resident(let id): directory.resident(id).map { (.resident, id, $0.name) }
        default: nil
        }
    }
}

import NaboCore

/// Counting an event from the screen of the address, unit or resident it happened at: `T` opens
/// the record form with the kind, today and a note, and saving it is `nabo add event` with the
/// same place given, so the core fills in the rest as on the command line.
struct EventFeature: Feature {
    static let id = FeatureID.events
    static var state: WritableKeyPath<AppState, Void> { \.noState }
    var shell: Shell
    var own: Void { () }

    init(_ own: Void, shell: Shell) {
        self.shell = shell
    }

    mutating func reduce(_ action: EventAction) -> [AppEffect] {
        switch action {
        case .recordStarted:
            let at: (EntityType, String)? = switch shell.screen {
            case .address(let id): (.address, id)
            case .unit(let id): (.unit, id)
            case .resident(let id): (.resident, id)
            default: nil
            }
            guard let (type, id) = at, Self.screen(type, id, directory) != nil else { return [] }
            shell.form = RecordForm(purpose: .event(at: type, id: id),
                                    values: [.kind: EventKind.fallback.rawValue, .date: directory.today.text(language)])
        }
        return []
    }

    static func change(_ form: RecordForm, in directory: Directory) -> AppEffect? {
        guard case .event(let type, let id) = form.purpose else { return nil }
        var values = [type.rawValue: id, "kind": form[.kind], "date": form[.date]]
        if !form[.note].allSatisfy(\.isWhitespace) { values["note"] = form[.note] }
        return .save(.add(.event, Edit(values: values)), done: EventText.saved(form[.kind], place(type, id, directory)))
    }

    /// The screen an event's form belongs to; nil when the record is gone.
    static func screen(_ type: EntityType, _ id: String, _ directory: Directory) -> Screen? {
        switch type {
        case .address: directory.address(id) == nil ? nil : .address(id)
        case .unit: directory.unit(id) == nil ? nil : .unit(id)
        case .resident: directory.resident(id) == nil ? nil : .resident(id)
        default: nil
        }
    }

    /// Where the event is counted, as the form's heading and the message say it.
    static func place(_ type: EntityType, _ id: String, _ directory: Directory) -> String {
        switch type {
        case .address: directory.address(id).map(\.title) ?? ""
        case .unit: directory.unitByID[id].map { directory.home(ofUnit: $0) } ?? ""
        case .resident: directory.resident(id).map { $0.name + ($0.unit == nil ? "" : " · " + directory.home(ofUnit: $0.unit)) } ?? ""
        default: ""
        }
    }
}

import NaboCore

/// `:rapport`: the box says what will be written; the answer has the runner write it into the
/// documents folder, as the dugnad's files are, or nothing.
struct ReportFeature: Feature {
    static let id = FeatureID.report
    static var state: WritableKeyPath<AppState, ReportOrder?> { \.reportOrder }
    var own: ReportOrder?
    var shell: Shell

    init(_ own: ReportOrder?, shell: Shell) {
        self.own = own
        self.shell = shell
    }

    /// The box is the shell's too (`:rapport` opens it from any screen), so both copies go back alike.
    mutating func reduce(_ action: ReportAction) -> [AppEffect] {
        let effects = change(action)
        shell.reportOrder = own
        return effects
    }

    mutating func change(_ action: ReportAction) -> [AppEffect] {
        guard var order = own else { return [] }
        switch action {
        case .formatToggled:
            order.request.format = order.request.format == .html ? .md : .html
        case .internalToggled:
            order.request.options.internalUse.toggle()
            if order.request.options.internalUse { shell.say(.warning, ReportText.internalWarning) }
        case .statusToggled:
            order.request.status.toggle()
        case .confirmed:
            own = nil
            return [.writeReport(order.request)]
        case .cancelled:
            own = nil
            shell.say(.info, ReportText.cancelled)
            return []
        }
        own = order
        return []
    }

    mutating func saveReported(_ outcome: SaveOutcome) -> [AppEffect] { [] }
}

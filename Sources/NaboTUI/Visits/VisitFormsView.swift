import NaboCore

/// The visit form and the record form, drawn over the screen they were opened from.
enum VisitFormsView {
    /// Draws the open form, if any; false when none is open and the screen shows instead.
    static func draw(_ state: AppState, directory: Directory, into screen: inout ScreenBuffer, layout: Layout) -> Bool {
        if let form = state.visits.form {
            VisitFormView(form: form, directory: directory, language: state.language).draw(into: &screen, layout: layout)
            return true
        }
        if let record = state.recordForm {
            RecordFormView(form: record, directory: directory, language: state.language).draw(into: &screen, layout: layout)
            return true
        }
        return false
    }
}

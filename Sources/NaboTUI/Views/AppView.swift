import NaboCore

/// The whole screen for a state: title bar, the current screen's view, the message line, the
/// status line, and the help over them when it is open.
public enum AppView {
    public static func render(_ state: AppState, directory: Directory, size: TerminalSize) -> ScreenBuffer {
        var screen = ScreenBuffer(size: size)
        let layout = Layout(size)
        let language = state.language
        let place = state.current
        let rows = place.filter?.matches ?? directory.rows(for: place.screen)
        drawTitle(into: &screen, state: state, rows: rows, directory: directory, layout: layout)
        if !VisitFormsView.draw(state, directory: directory, into: &screen, layout: layout) {
            drawScreen(into: &screen, place: place, rows: rows, directory: directory, language: language, layout: layout, history: state.history)
        }
        SurveyView.draw(state, directory: directory, into: &screen, layout: layout)
        MessageLine(state: state, count: rows.count).draw(into: &screen, row: layout.messageRow)
        StatusLine(location: ScreenNames.breadcrumb(state.places, directory, language), keyMap: AppKeys.map(for: state),
                   language: language, badge: StatusLine.badge(isDemo: state.isDemo, isEncrypted: state.isEncrypted, language: language),
                   sync: state.sync?.text.text(language))
            .draw(into: &screen, row: layout.statusRow)
        if let order = state.reportOrder {
            ReportOverlay(order: order, language: language).draw(into: &screen, area: layout.content)
        }
        if let preview = state.importPreview {
            ImportOverlay(preview: preview, language: language).draw(into: &screen, area: layout.content)
        }
        if case .help(let first) = state.mode {
            HelpOverlay(screenName: ScreenNames.kind(place.screen), keyMap: AppKeys.browsing(place.screen), language: language, firstEntry: first)
                .draw(into: &screen, language: language)
        }
        return screen
    }

    /// " Nabo  Beboere" on the left; where the cursor is in the list and today's date on the right.
    private static func drawTitle(into screen: inout ScreenBuffer, state: AppState, rows: [Int], directory: Directory, layout: Layout) {
        let language = state.language
        let row = layout.titleRow
        let place = state.current
        let today = Words.today.text(language) + " " + directory.today.text(language) + " "
        var right = today
        if !rows.isEmpty {
            let selected = place.position.settled(count: rows.count, height: layout.list(for: place.screen).rows).selected
            right = "\(selected + 1)/\(rows.count)   " + today
        }
        let rightColumn = screen.size.columns - right.displayWidth
        let column = screen.put(" Nabo  ", row: row, column: 0, role: .title)
        screen.put(ScreenNames.crumb(place.screen, directory, language), row: row, column: column, role: .title, fitting: rightColumn - column - 1)
        screen.put(right, row: row, column: rightColumn, role: .muted)
    }

    private static func drawScreen(into screen: inout ScreenBuffer, place: Place, rows: [Int], directory: Directory, language: Language, layout: Layout,
                                   history: RecordHistory?) {
        switch place.screen {
        case .home:
            HomeView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .addresses:
            AddressesView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .residents:
            ResidentsView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .address(let id):
            guard let address = directory.address(id) else { return gone(into: &screen, layout: layout, language: language) }
            AddressView(place: place, rows: rows, address: address, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .unit(let id):
            guard let unit = directory.unit(id) else { return gone(into: &screen, layout: layout, language: language) }
            UnitView(place: place, rows: rows, unit: unit, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .resident(let id):
            guard let resident = directory.resident(id) else { return gone(into: &screen, layout: layout, language: language) }
            ResidentView(place: place, rows: rows, resident: resident, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .due:
            DueView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .indicators:
            IndicatorsView(place: place, rows: rows, table: directory.indicatorTable.value, directory: directory, language: language)
                .draw(into: &screen, layout: layout)
        case .inputs:
            InputsView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .week:
            WeekView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .timeline(let id):
            TimelineView(place: place, rows: rows, entries: directory.timeline(place.screen), heading: directory.resident(id)?.name ?? "", language: language)
                .draw(into: &screen, layout: layout)
        case .history(let id):
            TimelineView(place: place, rows: rows, entries: directory.timeline(place.screen), heading: directory.home(ofUnit: directory.unitByID[id]),
                         language: language).draw(into: &screen, layout: layout)
        case .board(let facets):
            BoardView(place: place, facets: facets, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .matrix(let facets):
            MatrixView(place: place, facets: facets, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .measure(let id):
            guard let measure = directory.measure(id) else { return gone(into: &screen, layout: layout, language: language) }
            let sheet = MeasureSheet(measure: measure, directory: directory, history: history?.id == id ? history?.entries : nil, language: language)
            MeasureView(place: place, sheet: sheet).draw(into: &screen, layout: layout)
        case .survey(.taking):
            break
        case .survey(.results(let choice)):
            SurveyResultsView(place: place, rows: rows, choice: choice, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .dugnad(.list):
            DugnadsView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .meetings(.list):
            MeetingsView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .meetings(.one(let id)):
            guard let meeting = directory.meetings.meeting(id) else { return gone(into: &screen, layout: layout, language: language) }
            MeetingView(place: place, rows: rows, meeting: meeting, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .progress:
            ProgressView(place: place, rows: rows, directory: directory, language: language).draw(into: &screen, layout: layout)
        case .dugnad(.one(let id)):
            guard let entry = directory.dugnads.entry(id) else { return gone(into: &screen, layout: layout, language: language) }
            DugnadView(place: place, rows: rows, entry: entry, directory: directory, language: language).draw(into: &screen, layout: layout)
        }
    }

    /// A record can be deleted by a sync while its screen is open.
    private static func gone(into screen: inout ScreenBuffer, layout: Layout, language: Language) {
        let text = Message(nb: "Denne oppføringen er slettet. Esc går tilbake.", en: "This record has been deleted. Esc goes back.")
        screen.put(text.text(language), row: layout.content.row, column: 1, role: .muted)
    }
}

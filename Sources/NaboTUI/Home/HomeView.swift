import NaboCore

/// The home screen: the addresses with what needs doing at each, beside a summary of who is due
/// a visit, late measures and the latest visits.
struct HomeView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        AddressTable(directory: directory, language: language, wide: false)
            .draw(into: &screen, rect: layout.homeList, rows: rows, position: place.position)
        let separator = layout.homeList.right
        for row in layout.content.row..<layout.content.bottom {
            screen.put("│", row: row, column: separator, role: .border)
        }
        drawSummary(into: &screen, rect: layout.homeSummary)
    }

    private func drawSummary(into screen: inout ScreenBuffer, rect: Rect) {
        var lines = SummaryLines(rect: rect)
        let due = directory.dueResidents
        // Nine lines of headings and measures; the due list and the latest visits share the rest,
        // the due list first since it is what needs doing.
        let dueRoom = max(2, (rect.rows - 9) / 2)
        lines.add([TableCell(Self.dueHeading(due.count).text(language), .header)], into: &screen)
        if due.isEmpty {
            lines.add([TableCell(Self.noneDue.text(language), .muted)], into: &screen)
        }
        let shownDue = due.count > dueRoom ? dueRoom - 1 : due.count
        for index in due.prefix(shownDue) {
            let resident = directory.residents[index]
            lines.add([TableCell("! " + (resident.nextVisit?.text(language) ?? ""), .late), TableCell(" " + resident.name)], into: &screen)
        }
        if shownDue < due.count {
            lines.add([TableCell(Self.moreDue(due.count - shownDue).text(language), .muted)], into: &screen)
        }
        lines.skip()
        lines.add([TableCell(Self.measuresHeading.text(language), .header), TableCell(Self.planKeys.text(language), .muted)], into: &screen)
        lines.add([TableCell(Self.openMeasures(directory.openMeasures).text(language))], into: &screen)
        if directory.lateMeasures > 0 {
            lines.add([TableCell("! " + Self.lateMeasures(directory.lateMeasures).text(language), .late)], into: &screen)
        }
        lines.add([TableCell("◇ " + Self.waitingOnByggdrift(directory.waitingOnByggdrift).text(language))], into: &screen)
        lines.add([TableCell("✓ " + Self.doneRecently(directory.doneRecently).text(language), .done)], into: &screen)
        lines.skip()
        lines.add([TableCell(Self.recentHeading.text(language), .header)], into: &screen)
        if directory.recentVisits.isEmpty {
            lines.add([TableCell(Self.noVisitsYet.text(language), .muted)], into: &screen)
        }
        for visit in directory.recentVisits.prefix(lines.left).map(directory.visit(at:)) {
            lines.add(recentCells(visit, width: rect.columns - 1), into: &screen)
        }
    }

    /// Date and who; the kind of visit too when the line has room for it whole.
    private func recentCells(_ visit: VisitEntry, width: Int) -> [TableCell] {
        let who = visit.residents.isEmpty
            ? (visit.addressID.flatMap { directory.address($0)?.title } ?? directory.home(ofUnit: visit.unitID.flatMap { directory.unitByID[$0] }))
            : visit.residents.map { directory.residents[$0].name }.joined(separator: ", ")
        let cells = [TableCell(visit.day?.text(language) ?? "", .muted), TableCell(" " + who)]
        let kind = TableCell(" · " + VisitKind.word(visit.kind).text(language), .muted)
        let used = cells.reduce(0) { $0 + $1.text.displayWidth }
        return used + kind.text.displayWidth <= width ? cells + [kind] : cells
    }

    static let noneDue = Message(nb: "Ingen besøk har forfalt.", en: "No visits are due.")
    static let measuresHeading = Message(nb: "Tiltak", en: "Measures")
    static let recentHeading = Message(nb: "Siste besøk", en: "Latest visits")
    static let noVisitsYet = Message(nb: "Ingen besøk ennå; v registrerer et.", en: "No visits yet; v logs one.")

    static func dueHeading(_ count: Int) -> Message {
        Message(nb: "Besøk som har forfalt (\(count))", en: "Visits due (\(count))")
    }

    static func moreDue(_ count: Int) -> Message {
        Message(nb: "… og \(count) til (r: beboere)", en: "… and \(count) more (r: residents)")
    }

    static func openMeasures(_ count: Int) -> Message {
        Message(nb: count == 1 ? "1 åpent tiltak" : "\(count) åpne tiltak", en: count == 1 ? "1 open measure" : "\(count) open measures")
    }

    static let planKeys = Message(nb: "  b tavle · m matrise", en: "  b board · m matrix")

    static func waitingOnByggdrift(_ count: Int) -> Message {
        Message(nb: "\(count) venter på Byggdrift", en: "\(count) waiting on Byggdrift")
    }

    static func doneRecently(_ count: Int) -> Message {
        Message(nb: "\(count) utført siste 30 dager", en: "\(count) done in the last 30 days")
    }

    static func lateMeasures(_ count: Int) -> Message {
        Message(nb: "\(count) over fristen", en: "\(count) past their due date")
    }
}

/// Lines written one under the other in a pane until it is full.
struct SummaryLines {
    let rect: Rect
    private var next: Int

    init(rect: Rect) {
        self.rect = rect
        self.next = rect.row
    }

    mutating func add(_ cells: [TableCell], into screen: inout ScreenBuffer) {
        guard next < rect.bottom else { return }
        screen.put(cells, row: next, column: rect.column + 1, limit: rect.columns - 1)
        next += 1
    }

    /// Lines still free.
    var left: Int { max(0, rect.bottom - next) }

    mutating func skip() {
        next += 1
    }
}

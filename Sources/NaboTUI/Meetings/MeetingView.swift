import NaboCore

/// One meeting: when and where, who came, whether its minutes went out; its agenda, the standing
/// and parked items marked; and under it the selected item's minutes, the measures decided at it
/// and the input it answers.
struct MeetingView {
    var place: Place
    var rows: [Int]
    var meeting: Meeting
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let content = layout.content
        let width = content.columns - 2
        let when = meeting.start.map { DateTimeText.when($0, language, short: false) } ?? ""
        screen.put([TableCell(meeting.title, .title), TableCell(" · " + when + (meeting.place.map { " · " + $0 } ?? ""))],
                   row: content.row, column: 1, limit: width)
        let attendees = meeting.attendees.map { $0.name + ($0.agency.map { " (" + $0 + ")" } ?? "") }.joined(separator: ", ")
        screen.put([TableCell(MeetingText.attendees.text(language) + ": ", .header), TableCell(attendees)], row: content.row + 1, column: 1, limit: width)
        if meeting.isPast(today: directory.today) {
            let (minutes, role) = MeetingText.minutes(of: meeting, language)
            screen.put(minutes, row: content.row + 2, column: 1, role: role, fitting: width)
        } else if let note = meeting.note {
            screen.put(note, row: content.row + 2, column: 1, role: .muted, fitting: width)
        }

        let agenda = directory.meetings.agenda(meeting.id)
        let columns = [
            TableColumn(MeetingText.mark, width: max(MeetingText.standing.text(language).displayWidth, MeetingText.parked.text(language).displayWidth)),
            TableColumn(MeetingText.item),
            TableColumn(MeetingText.decisions, width: 20),
            TableColumn(MeetingText.minutes),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.meetingTable(.one(meeting.id)), rows: rows, position: place.position,
            empty: place.filter == nil ? MeetingText.noItems : Words.noMatches
        ) { row in
            let item = agenda[row]
            return [TableCell(Self.mark(item, language), item.parked ? .warning : .normal), TableCell(item.title),
                    TableCell(item.decisions.isEmpty ? "" : MeetingText.decided(item.decisions).text(language), .muted),
                    TableCell(item.minutes?.replacingNewlines ?? "", .muted)]
        }
        let selected = place.position.settled(count: rows.count, height: layout.list(for: place.screen).rows).selected
        if selected < rows.count { drawDetails(agenda[rows[selected]], into: &screen, rect: layout.itemDetails) }
    }

    /// "★ fast", "P parkert" or nothing.
    static func mark(_ item: Meeting.Item, _ language: Language) -> String {
        item.standing ? MeetingText.standing.text(language) : item.parked ? MeetingText.parked.text(language) : ""
    }

    /// The minutes first, since they say what was decided; then the measures and the input.
    func drawDetails(_ item: Meeting.Item, into screen: inout ScreenBuffer, rect: Rect) {
        screen.box(rect, title: item.title)
        let inner = rect.inset(by: 1)
        let width = inner.columns - 2
        var lines: [[TableCell]] = WordWrap.lines(item.minutes ?? MeetingText.noMinutes.text(language), width: width).prefix(2)
            .map { [TableCell($0, item.minutes == nil ? .muted : .normal)] }
        let decisions = item.decisions
        lines.append([TableCell(MeetingText.decisions.text(language) + ":", .header)]
                     + (decisions.isEmpty ? [TableCell(" " + MeetingText.noDecisions.text(language), .muted)] : []))
        for decision in decisions {
            let status = MeasureStatus(rawValue: decision.status).map { $0.symbol + " " + $0.word.text(language) } ?? decision.status
            lines.append([TableCell("  " + status.fitted(toWidth: 14, alignment: .leading) + " ", decision.isDone ? .done : .normal),
                          TableCell(decision.title), TableCell(" · " + decision.address, .muted)])
        }
        if let input = item.input {
            lines.append([TableCell(MeetingText.answers.text(language) + ": ", .header), TableCell("«" + input.text.replacingNewlines + "»"),
                          TableCell(" · " + VocabularyLabel.text(input.outcome, language), .muted)])
        }
        for (offset, line) in lines.prefix(inner.rows).enumerated() {
            screen.put(line, row: inner.row + offset, column: inner.column + 1, limit: width)
        }
    }
}

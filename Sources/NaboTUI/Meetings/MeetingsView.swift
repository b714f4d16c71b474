import NaboCore

/// The meetings overview: the next meeting and its agenda, what is still open from the last one
/// (its parked items, the items whose decisions are not all done, whether its minutes went out),
/// then every meeting, newest first, with the day its minutes were sent.
struct MeetingsView {
    var place: Place
    var rows: [Int]
    var directory: Directory
    var language: Language

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        let summary = layout.meetingSummary
        // One blank row keeps the summary apart from the table's heading.
        let lines = summaryLines(rows: summary.rows - 1)
        for (offset, line) in lines.enumerated() {
            screen.put(line, row: summary.row + offset, column: 1, limit: summary.columns - 2)
        }
        let overview = directory.meetings
        let today = directory.today
        let columns = [
            TableColumn(MeetingText.date, width: Columns.dateWidth(language) + 6),
            TableColumn(MeetingText.title),
            TableColumn(MeetingText.place, width: min(28, max(12, layout.size.columns / 5))),
            TableColumn(MeetingText.minutesSent, width: max(Columns.dateWidth(language), MeetingText.minutesNotSent.text(language).displayWidth)),
        ]
        Table(columns: columns, language: language).draw(
            into: &screen, rect: layout.meetingTable(.list), rows: rows, position: place.position,
            empty: place.filter == nil ? MeetingText.none : Words.noMatches
        ) { row in
            let meeting = overview.meetings[row]
            let minutes: TableCell = if let sent = meeting.minutesSent {
                TableCell(sent.text(language))
            } else if meeting.minutesMissing(today: today) {
                TableCell(MeetingText.minutesNotSent.text(language), .late)
            } else {
                TableCell("–", .muted)
            }
            return [TableCell(meeting.start.map { DateTimeText.when($0, language, short: true) } ?? ""), TableCell(meeting.title),
                    TableCell(meeting.place ?? ""), minutes]
        }
    }

    /// The next meeting and its agenda, then what is open from the last; the agenda gives way so
    /// that what is open keeps at least half the room.
    func summaryLines(rows: Int) -> [[TableCell]] {
        let overview = directory.meetings
        var open: [[TableCell]] = []
        if let last = overview.last {
            let (minutes, role) = MeetingText.minutes(of: last, language)
            open.append([TableCell(MeetingText.stillOpen.text(language), .header),
                         TableCell(", " + (last.start.map { $0.date.text(language) } ?? "") + " · ", .muted), TableCell(minutes, role)])
            let items = overview.stillOpen
            if items.isEmpty { open.append([TableCell("  " + MeetingText.nothingOpen.text(language), .muted)]) }
            for item in items {
                let why = item.parked ? MeetingText.waiting.text(language) : MeetingText.decided(item.decisions).text(language)
                open.append([TableCell("  " + Self.mark(item) + " " + item.title), TableCell("  " + why, .muted)])
            }
        }
        var next: [[TableCell]] = []
        if let meeting = overview.next {
            next.append([TableCell(MeetingText.next.text(language) + ": ", .header),
                         TableCell((meeting.start.map { DateTimeText.when($0, language, short: false) } ?? "") + " · ", .normal),
                         TableCell(meeting.title, .title), TableCell(meeting.place.map { " · " + $0 } ?? "")])
            let agenda = overview.agenda(meeting.id)
            if agenda.isEmpty { next.append([TableCell("  " + MeetingText.noAgenda.text(language), .muted)]) }
            next += agenda.map { [TableCell("  " + Self.mark($0) + " " + $0.title)] }
        } else {
            next.append([TableCell(MeetingText.noNext.text(language), .muted)])
        }
        let room = max(2, rows - 1 - min(open.count, rows / 2))
        if next.count > room {
            let hidden = next.count - room + 1
            next = Array(next.prefix(room - 1)) + [[TableCell("  … +\(hidden)", .muted)]]
        }
        return Array((next + (open.isEmpty ? [] : [[]] + open)).prefix(rows))
    }

    /// ★ for the standing item, P for a parked one, a dot for the rest: marked without colour.
    static func mark(_ item: Meeting.Item) -> String {
        item.standing ? "★" : item.parked ? "P" : "·"
    }
}

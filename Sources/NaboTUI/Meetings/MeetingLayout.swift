extension Layout {
    /// Rows above a meeting's agenda: its title and time, its attendees, its minutes.
    static let meetingDetailRows = 3

    /// The overview's upper half says what comes next and what is still open; every meeting is listed below it.
    public var meetingSummary: Rect {
        Rect(row: content.row, column: 0, rows: content.rows / 2, columns: size.columns)
    }

    public func meetingTable(_ screen: MeetingScreen) -> Rect {
        switch screen {
        case .list:
            return Rect(row: meetingSummary.bottom, column: 0, rows: content.bottom - meetingSummary.bottom, columns: size.columns)
        case .one:
            let top = content.row + Self.meetingDetailRows
            return Rect(row: top, column: 0, rows: itemDetails.row - top, columns: size.columns)
        }
    }

    /// The box under a meeting's agenda with the selected item's minutes, decisions and input.
    public var itemDetails: Rect {
        let height = max(6, content.rows * 2 / 5)
        return Rect(row: content.bottom - height, column: 0, rows: height, columns: size.columns)
    }
}

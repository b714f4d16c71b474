/// Where each part of a screen goes at a given terminal size. The reducer and the views both ask
/// it, so a page down moves by the rows the user sees and a click lands on the row under it.
public struct Layout: Sendable {
    public let size: TerminalSize

    public init(_ size: TerminalSize) {
        self.size = size
    }

    public var titleRow: Int { 0 }
    /// The line for messages, the search being typed and the command line.
    public var messageRow: Int { size.rows - 2 }
    public var statusRow: Int { size.rows - 1 }

    /// Between the title and the message line.
    public var content: Rect {
        Rect(row: 1, column: 0, rows: size.rows - 3, columns: size.columns)
    }

    /// Rows of details above a table on the screens that show one record.
    static let detailRows = 4

    /// The home screen's address list; the summary takes the rest of the width.
    public var homeList: Rect {
        let width = size.columns >= 110 ? size.columns / 2 : min(size.columns, 50)
        return Rect(row: content.row, column: 0, rows: content.rows, columns: width)
    }

    public var homeSummary: Rect {
        let list = homeList
        return Rect(row: content.row, column: list.right + 1, rows: content.rows, columns: size.columns - list.right - 1)
    }

    /// The box under a resident's visits with the selected visit's whole note.
    public var visitDetails: Rect {
        let height = max(5, content.rows / 3)
        return Rect(row: content.bottom - height, column: 0, rows: height, columns: size.columns)
    }

    /// The table of a screen: its heading row, then the list.
    public func table(for screen: Screen) -> Rect {
        switch screen {
        case .home:
            return homeList
        case .addresses, .residents, .due, .week, .inputs, .measure, .survey(.taking):
            return content
        case .timeline, .history:
            // One line for whose timeline it is, and a blank one.
            return Rect(row: content.row + 2, column: 0, rows: content.rows - 2, columns: size.columns)
        case .board, .matrix:
            return planTable
        case .survey(.results):
            return surveyResultsTable
        case .address, .unit:
            return Rect(row: content.row + Self.detailRows, column: 0, rows: content.rows - Self.detailRows, columns: size.columns)
        case .resident:
            let top = content.row + Self.detailRows
            return Rect(row: top, column: 0, rows: visitDetails.row - top, columns: size.columns)
        case .dugnad(let screen):
            return dugnadTable(screen)
        case .meetings(let screen):
            return meetingTable(screen)
        case .progress:
            return progressTable
        case .indicators:
            // The last row says which days each column counts.
            return Rect(row: content.row, column: 0, rows: content.rows - 1, columns: size.columns)
        }
    }

    /// The rows of the list itself, under the table's heading.
    public func list(for screen: Screen) -> Rect {
        let table = table(for: screen)
        return Rect(row: table.row + 1, column: table.column, rows: table.rows - 1, columns: table.columns)
    }
}

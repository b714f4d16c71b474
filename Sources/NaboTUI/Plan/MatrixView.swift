import NaboCore

/// The action plan as the report's table: plan items as rows, addresses as columns, each cell the
/// status there in a short word with a symbol. Scrolls down to the selected item, and across when
/// the addresses do not fit beside a readable title.
struct MatrixView {
    var place: Place
    var facets: PlanFacets
    var rows: [Int]
    var directory: Directory
    var language: Language

    static let numberWidth = 3
    static let titleMinimum = 24

    func draw(into screen: inout ScreenBuffer, layout: Layout) {
        PlanHeader(facets: facets, search: place.filter?.query, directory: directory, language: language).draw(into: &screen, layout: layout)
        screen.put(" " + PlanText.legend.text(language), row: layout.planLegendRow, column: 0, role: .muted, fitting: layout.size.columns)
        let rect = layout.planTable
        guard !rows.isEmpty else {
            let empty = PlanText.empty(searching: place.filter != nil, directory: directory)
            screen.putWrapped(empty.text(language), row: rect.row, column: 2, role: .muted, width: rect.columns - 2, rows: rect.rows)
            return
        }
        let matrix = directory.matrix(rows)
        let selectedID = directory.measures[rows[place.position.settled(count: rows.count, height: rows.count).selected]].id
        var at = (row: 0, column: 0)
        for (r, row) in matrix.rows.enumerated() {
            for (c, cell) in row.cells.enumerated() where cell.contains(where: { $0.id == selectedID }) {
                at = (r, c)
            }
        }
        let cellWidth = max(18, matrix.columns.map { $0.label.displayWidth }.max() ?? 0)
        let fits = max(1, (rect.columns - Table.gutter - Self.numberWidth - 1 - Self.titleMinimum) / (cellWidth + 1))
        let shown = min(fits, matrix.columns.count)
        let first = min(max(0, at.column - shown + 1), matrix.columns.count - shown)
        let titleWidth = rect.columns - Table.gutter - Self.numberWidth - 1 - shown * (cellWidth + 1)

        var heading = [TableCell("#".fitted(toWidth: Self.numberWidth, alignment: .trailing) + " ", .header),
                       TableCell(PlanText.measure.text(language).fitted(toWidth: titleWidth), .header)]
        for column in matrix.columns[first..<(first + shown)] {
            heading.append(TableCell(" " + column.label.fitted(toWidth: cellWidth), .header))
        }
        screen.fill(Rect(row: rect.row, column: rect.column, rows: 1, columns: rect.columns), role: .header)
        screen.put(heading, row: rect.row, column: rect.column + Table.gutter, limit: rect.columns - Table.gutter)
        if first > 0 { screen.put("◂", row: rect.row, column: rect.right - 2, role: .warning) }
        if first + shown < matrix.columns.count { screen.put("▸", row: rect.row, column: rect.right - 1, role: .warning) }

        let height = rect.rows - 1
        let top = ListPosition(selected: at.row, top: 0).settled(count: matrix.rows.count, height: height).top
        for (offset, index) in (top..<min(matrix.rows.count, top + height)).enumerated() {
            let row = matrix.rows[index]
            let line = rect.row + 1 + offset
            let isSelectedRow = index == at.row
            var cells = [TableCell(String(index + 1).fitted(toWidth: Self.numberWidth, alignment: .trailing) + " ", .muted),
                         TableCell(row.title.fitted(toWidth: titleWidth), isSelectedRow ? .selectionInactive : .normal)]
            for column in first..<(first + shown) {
                let cell = row.cells[column]
                let selected = isSelectedRow && column == at.column
                cells.append(TableCell(" ", .normal))
                cells.append(TableCell(text(of: cell).fitted(toWidth: cellWidth), selected ? .selection : role(of: cell)))
            }
            screen.put(cells, row: line, column: rect.column + Table.gutter, limit: rect.columns - Table.gutter)
            if isSelectedRow {
                screen.put(Table.marker, row: line, column: rect.column, role: .selection)
            }
        }
    }

    /// "◇ bestilt ! kr ≠" for each measure in the cell, "–" where the item does not apply.
    private func text(of cell: [PlanMatrix.Entry]) -> String {
        guard !cell.isEmpty else { return "–" }
        return cell.map { entry in
            var text = MeasureStatus.marked(entry.status).text(language)
            if entry.late { text += " !" }
            if entry.costToAgree { text += " kr" }
            if hasConflict(entry) { text += " ≠" }
            return text
        }.joined(separator: ", ")
    }

    private func role(of cell: [PlanMatrix.Entry]) -> StyleRole {
        if cell.contains(where: hasConflict) { return .conflict }
        if cell.contains(where: \.late) { return .late }
        if !cell.isEmpty, cell.allSatisfy({ $0.status == "done" }) { return .done }
        return cell.isEmpty ? .muted : .normal
    }

    private func hasConflict(_ entry: PlanMatrix.Entry) -> Bool {
        directory.measure(entry.id).map { !directory.conflicts(ofMeasure: $0).isEmpty } ?? false
    }
}

/// Where a list's cursor stands and which row is at the top of its pane.
public struct ListPosition: Hashable, Sendable {
    /// The selected row, counted in the rows the list shows (after any search filter).
    public var selected: Int
    /// The first row drawn.
    public var top: Int

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// The position with the selection inside a list of `count` rows and scrolled as little as
    /// possible to keep it within a pane of `height` rows. Views settle again when they draw,
    /// so a window made smaller still shows the selected row.
    public func settled(count: Int, height: Int) -> ListPosition {
        guard count > 0, height > 0 else { return ListPosition() }
        let selected = min(max(0, selected), count - 1)
        var top = min(max(0, top), max(0, count - height))
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        return ListPosition(selected: selected, top: top)
    }

    /// The position after a cursor movement in a list of `count` rows shown `height` at a time.
    public func moved(_ move: ListMove, count: Int, height: Int) -> ListPosition {
        let page = max(1, height - 1)
        var next = self
        switch move {
        case .down: next.selected += 1
        case .up: next.selected -= 1
        case .pageDown:
            next.selected += page
            next.top += page
        case .pageUp:
            next.selected -= page
            next.top -= page
        case .first: next.selected = 0
        case .last: next.selected = count - 1
        }
        return next.settled(count: count, height: height)
    }

    /// The position after the mouse wheel moved the view by `rows`, the selection dragged along
    /// only as far as it must to stay visible.
    public func scrolled(by rows: Int, count: Int, height: Int) -> ListPosition {
        guard count > 0, height > 0 else { return ListPosition() }
        let top = min(max(0, top + rows), max(0, count - height))
        let selected = min(max(selected, top), top + height - 1)
        return ListPosition(selected: selected, top: top)
    }
}

/// The ways the keyboard moves a list's cursor.
public enum ListMove: Hashable, Sendable {
    case up, down, pageUp, pageDown, first, last
}

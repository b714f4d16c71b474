/// Where padding goes when text is narrower than its column.
public enum TextAlignment: Sendable {
    case leading, trailing, center
}

extension StringProtocol {
    /// Terminal columns this text takes; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text in at most `width` columns, ending in "…" when anything was cut. The cut is made
    /// after a whole word when one ends in the last third of the room, so no word is left half
    /// written; a single long word (a name, an id) is cut where the room ends. Every place that
    /// shortens text for the screen does it here.
    /// The result can be one column narrower than `width` when a wide character would straddle it.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return "" }
        let room = width - ellipsisWidth
        var result = ""
        var used = 0
        var lastWordEnd: (index: String.Index, used: Int)?
        for character in self {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > room { break }
            if character == " ", let last = result.last, last != " " {
                lastWordEnd = (result.endIndex, used)
            }
            result.append(character)
            used += characterWidth
        }
        if let lastWordEnd, lastWordEnd.used * 3 >= room * 2 {
            result = String(result[..<lastWordEnd.index])
        }
        // A separator left before the ellipsis ("Storgata 3 ·…", "Kari,…") reads as a typo.
        while let last = result.last, " ,;:·›-–".contains(last) { result.removeLast() }
        return result + ellipsis
    }

    /// A path such as a breadcrumb in at most `width` columns: whole steps are left out from the
    /// start, behind "…", because the end says where one is; a last step too long alone is cut as
    /// `truncated` cuts.
    public func truncatedPath(toWidth width: Int, separator: String = " › ", ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        var steps = String(self).split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        while steps.count > 1 {
            steps.removeFirst()
            let shortened = ellipsis + separator + steps.joined(separator: separator)
            if shortened.displayWidth <= width { return shortened }
        }
        return (steps.first ?? "").truncated(toWidth: width, ellipsis: ellipsis)
    }

    /// The text padded with spaces to exactly `width` columns; text already wider is returned whole.
    public func padded(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        let missing = width - displayWidth
        guard missing > 0 else { return String(self) }
        switch alignment {
        case .leading:
            return String(self) + String(repeating: " ", count: missing)
        case .trailing:
            return String(repeating: " ", count: missing) + String(self)
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + String(self) + String(repeating: " ", count: missing - before)
        }
    }

    /// Exactly `width` columns: truncated with an ellipsis if too long, padded if too short.
    /// This is what keeps a table column aligned whatever script the names are written in.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        truncated(toWidth: width).padded(toWidth: width, alignment: alignment)
    }
}

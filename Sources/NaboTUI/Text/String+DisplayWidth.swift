/// Where padding goes when text is narrower than its column.
public enum TextAlignment: Sendable {
    case leading, trailing, center
}

extension StringProtocol {
    /// Terminal columns this text takes; see `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The longest prefix that fits in `width` columns, ending in "…" when anything was cut.
    /// The result can be one column narrower than `width` when a wide character would straddle it.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return "" }
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - ellipsisWidth { break }
            result.append(character)
            used += characterWidth
        }
        return result + ellipsis
    }

    /// The longest suffix that fits in `width` columns, starting with "…" when anything was cut:
    /// for a path, whose end says where one is.
    public func truncatedFromStart(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return "" }
        var kept: [Character] = []
        var used = 0
        for character in reversed() {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > room { break }
            kept.append(character)
            used += characterWidth
        }
        return ellipsis + String(kept.reversed())
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

import CNcursesw
import NaboTUI

/// A theme turned into what curses draws with: an attribute mask and a colour pair per role.
struct CursesStyles {
    struct Entry {
        var attributes: attr_t
        var pair: Int16
    }

    private let colors: Int
    private let pairs: Int
    private let defaultColors: Bool
    private var entries: [StyleRole: Entry] = [:]

    /// `colors` and `pairs` are what the terminal has (0 without colour); `defaultColors` says
    /// whether -1 may stand for the terminal's own foreground and background.
    init(colors: Int, pairs: Int, defaultColors: Bool) {
        self.colors = colors
        self.pairs = pairs
        self.defaultColors = defaultColors
    }

    subscript(role: StyleRole) -> Entry {
        entries[role] ?? Entry(attributes: nabo_attr_normal(), pair: 0)
    }

    mutating func apply(_ theme: Theme) {
        let useColor = colors > 0 && theme.usesColor
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = theme[role]
            var pair: Int16 = 0
            // Pair 0 is the terminal's own colours and cannot be redefined.
            if useColor, style.usesColor, index + 1 < pairs {
                pair = Int16(index + 1)
                init_pair(pair, color(style.foreground, isForeground: true), color(style.background, isForeground: false))
            }
            entries[role] = Entry(attributes: attributes(style.attributes), pair: pair)
        }
    }

    private func color(_ color: TerminalColor, isForeground: Bool) -> Int16 {
        switch color.fitted(toColors: colors) {
        case .terminalDefault:
            if defaultColors { return -1 }
            return isForeground ? Int16(COLOR_WHITE) : Int16(COLOR_BLACK)
        case .palette(let index):
            return Int16(index)
        }
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = nabo_attr_normal()
        if attributes.contains(.bold) { result |= nabo_attr_bold() }
        if attributes.contains(.dim) { result |= nabo_attr_dim() }
        if attributes.contains(.reverse) { result |= nabo_attr_reverse() }
        if attributes.contains(.underline) { result |= nabo_attr_underline() }
        return result
    }
}

/// The look of every role. The built-in themes are in code (`Theme.builtIns`); a user's own
/// theme files are parsed by `Theme(json:name:)`.
public struct Theme: Hashable, Sendable {
    public var name: String
    private var styles: [StyleRole: Style]

    /// A theme from the styles given; roles left out look as in the monochrome theme, which reads
    /// on any background.
    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: StyleRole) -> Style {
        styles[role] ?? Theme.monochromeStyles[role] ?? .plain
    }

    /// Whether any role has a colour; a theme without colours needs no colour pairs.
    public var usesColor: Bool {
        StyleRole.allCases.contains { self[$0].usesColor }
    }
}

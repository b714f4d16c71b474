extension Theme {
    /// The dark default; `themes/default.json` holds the same, and a test keeps them equal.
    public static let builtInDefault = Theme(name: "default", styles: [
        .normal: Style(),
        .title: Style(foreground: .palette(14), attributes: .bold),
        .header: Style(foreground: .palette(6), attributes: [.bold, .underline]),
        .selection: Style(foreground: .palette(0), background: .palette(6)),
        .selectionInactive: Style(foreground: .palette(15), background: .palette(8)),
        .status: Style(foreground: .palette(15), background: .palette(4)),
        .statusKey: Style(foreground: .palette(0), background: .palette(14), attributes: .bold),
        .message: Style(foreground: .palette(14)),
        .warning: Style(foreground: .palette(11), attributes: .bold),
        .error: Style(foreground: .palette(15), background: .palette(1), attributes: .bold),
        .done: Style(foreground: .palette(10)),
        .late: Style(foreground: .palette(9), attributes: .bold),
        .muted: Style(foreground: .palette(8)),
        .border: Style(foreground: .palette(8)),
        .borderFocus: Style(foreground: .palette(14)),
        .demo: Style(foreground: .palette(0), background: .palette(11), attributes: .bold),
        .input: Style(background: .palette(236), attributes: .underline),
        .inputFocus: Style(foreground: .palette(15), background: .palette(238), attributes: [.bold, .underline]),
        .card: Style(foreground: .palette(15), background: .palette(235)),
        .cardSelected: Style(foreground: .palette(0), background: .palette(6), attributes: .bold),
        .conflict: Style(foreground: .palette(0), background: .palette(13), attributes: .bold),
        .match: Style(foreground: .palette(0), background: .palette(11)),
        .overlay: Style(foreground: .palette(15), background: .palette(236)),
        .overlayKey: Style(foreground: .palette(14), background: .palette(236), attributes: .bold),
    ])

    /// Attributes only, for NO_COLOR and terminals without colour; `themes/monochrome.json` holds
    /// the same.
    public static let builtInMonochrome = Theme(name: "monochrome", styles: monochromeStyles)

    static let monochromeStyles: [StyleRole: Style] = [
        .normal: Style(),
        .title: Style(attributes: .bold),
        .header: Style(attributes: [.bold, .underline]),
        .selection: Style(attributes: .reverse),
        .selectionInactive: Style(attributes: .underline),
        .status: Style(attributes: .reverse),
        .statusKey: Style(attributes: [.reverse, .bold]),
        .message: Style(attributes: .bold),
        .warning: Style(attributes: .bold),
        .error: Style(attributes: [.bold, .reverse]),
        .done: Style(),
        .late: Style(attributes: [.bold, .underline]),
        .muted: Style(attributes: .dim),
        .border: Style(attributes: .dim),
        .borderFocus: Style(attributes: .bold),
        .demo: Style(attributes: [.reverse, .bold]),
        .input: Style(attributes: .underline),
        .inputFocus: Style(attributes: [.underline, .bold]),
        .card: Style(),
        .cardSelected: Style(attributes: .reverse),
        .conflict: Style(attributes: [.reverse, .underline]),
        .match: Style(attributes: [.bold, .underline]),
        .overlay: Style(),
        .overlayKey: Style(attributes: .bold),
    ]
}

/// The themes compiled into the program, so an installed `nabo` has them wherever it lies. The
/// files in the package's `themes/` folder are their readable source and a starting point for a
/// user's own; a test keeps the two the same.
extension Theme {
    public static let builtIns = [builtInDefault, builtInLight, builtInColorblind, builtInMonochrome]

    /// The dark default; `themes/default.json` holds the same.
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

    /// Light terminals; `themes/light.json` holds the same.
    public static let builtInLight = Theme(name: "light", styles: [
        .normal: Style(),
        .title: Style(foreground: .palette(18), attributes: .bold),
        .header: Style(foreground: .palette(24), attributes: [.bold, .underline]),
        .selection: Style(foreground: .palette(15), background: .palette(25)),
        .selectionInactive: Style(foreground: .palette(0), background: .palette(252)),
        .status: Style(foreground: .palette(15), background: .palette(24)),
        .statusKey: Style(foreground: .palette(0), background: .palette(153), attributes: .bold),
        .message: Style(foreground: .palette(18)),
        .warning: Style(foreground: .palette(130), attributes: .bold),
        .error: Style(foreground: .palette(15), background: .palette(124), attributes: .bold),
        .done: Style(foreground: .palette(22)),
        .late: Style(foreground: .palette(124), attributes: .bold),
        .muted: Style(foreground: .palette(244)),
        .border: Style(foreground: .palette(248)),
        .borderFocus: Style(foreground: .palette(25)),
        .demo: Style(foreground: .palette(0), background: .palette(220), attributes: .bold),
        .input: Style(background: .palette(255), attributes: .underline),
        .inputFocus: Style(foreground: .palette(0), background: .palette(230), attributes: [.bold, .underline]),
        .card: Style(foreground: .palette(0), background: .palette(254)),
        .cardSelected: Style(foreground: .palette(15), background: .palette(25), attributes: .bold),
        .conflict: Style(foreground: .palette(15), background: .palette(90), attributes: .bold),
        .match: Style(foreground: .palette(0), background: .palette(227)),
        .overlay: Style(foreground: .palette(0), background: .palette(255)),
        .overlayKey: Style(foreground: .palette(18), background: .palette(255), attributes: .bold),
    ])

    /// Dark terminals without the red-green pair (Okabe-Ito colours); `themes/colorblind.json`
    /// holds the same.
    public static let builtInColorblind = Theme(name: "colorblind", styles: [
        .normal: Style(),
        .title: Style(foreground: .palette(74), attributes: .bold),
        .header: Style(foreground: .palette(74), attributes: [.bold, .underline]),
        .selection: Style(foreground: .palette(0), background: .palette(74)),
        .selectionInactive: Style(foreground: .palette(15), background: .palette(240)),
        .status: Style(foreground: .palette(15), background: .palette(25)),
        .statusKey: Style(foreground: .palette(0), background: .palette(221), attributes: .bold),
        .message: Style(foreground: .palette(74)),
        .warning: Style(foreground: .palette(221), attributes: .bold),
        .error: Style(foreground: .palette(0), background: .palette(178), attributes: .bold),
        .done: Style(foreground: .palette(74)),
        .late: Style(foreground: .palette(178), attributes: [.bold, .underline]),
        .muted: Style(foreground: .palette(245)),
        .border: Style(foreground: .palette(243)),
        .borderFocus: Style(foreground: .palette(74)),
        .demo: Style(foreground: .palette(0), background: .palette(221), attributes: .bold),
        .input: Style(background: .palette(236), attributes: .underline),
        .inputFocus: Style(foreground: .palette(15), background: .palette(238), attributes: [.bold, .underline]),
        .card: Style(foreground: .palette(15), background: .palette(235)),
        .cardSelected: Style(foreground: .palette(0), background: .palette(74), attributes: .bold),
        .conflict: Style(foreground: .palette(0), background: .palette(175), attributes: .bold),
        .match: Style(foreground: .palette(0), background: .palette(221)),
        .overlay: Style(foreground: .palette(15), background: .palette(236)),
        .overlayKey: Style(foreground: .palette(221), background: .palette(236), attributes: .bold),
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

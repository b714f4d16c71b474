import NaboCore

/// The keys of the board, the matrix and a measure's screen. `b` and `m` work from every screen.
enum PlanKeys {
    static let board = KeyBinding<AppAction>([.character("b")], .plan(.boardChosen),
                                             help: Message(nb: "Tiltaksplanen som tavle", en: "The action plan as a board"))
    static let matrix = KeyBinding<AppAction>([.character("m")], .plan(.matrixChosen),
                                              help: Message(nb: "Tiltaksplanen som matrise (tiltak × adresser)", en: "The action plan as a matrix (measures × addresses)"))

    static let moveBack = KeyBinding<AppAction>([.character("<")], .plan(.cardMoved(-1)),
                                                help: Message(nb: "Flytt tiltaket én status tilbake", en: "Move the measure one status back"))
    static let moveOn = KeyBinding<AppAction>([.character(">")], .plan(.cardMoved(1)),
                                              help: Message(nb: "Flytt tiltaket én status frem", en: "Move the measure one status on"),
                                              status: Message(nb: "flytt", en: "move"))

    /// `M`: a new measure, as `M` on a visit makes one from it.
    static let newMeasure = KeyBinding<AppAction>([.character("M")], .plan(.measureStarted), help: PlanText.helpNewMeasure)
    static let changeMeasure = KeyBinding<AppAction>([.character("e")], .plan(.measureChangeStarted), help: PlanText.helpChangeMeasure,
                                                     status: StockText.statusChange)

    static func own(_ screen: Screen) -> KeyMap<AppAction> {
        if case .measure = screen { return measure.followed(by: KeyMap([AppKeys.back])).followed(by: AppKeys.elsewhere) }
        return plan.followed(by: KeyMap([newMeasure])).followed(by: AppKeys.elsewhere)
    }

    static let plan = KeyMap<AppAction>([
        KeyBinding([.enter], .rowOpened, help: Message(nb: "Åpne tiltaket", en: "Open the measure"), status: AppText.statusOpen),
        moveOn,
        moveBack,
        KeyBinding([.character("h"), .left], .plan(.columnMoved(-1)), help: Message(nb: "Kolonnen til venstre", en: "The column to the left")),
        KeyBinding([.character("l"), .right], .plan(.columnMoved(1)), help: Message(nb: "Kolonnen til høyre", en: "The column to the right")),
        KeyBinding([.character("A")], .plan(.facetStepped(.address)), help: Message(nb: "Filter: neste adresse", en: "Filter: next address")),
        KeyBinding([.character("C")], .plan(.facetStepped(.category)), help: Message(nb: "Filter: neste kategori", en: "Filter: next category")),
        KeyBinding([.character("R")], .plan(.facetStepped(.responsible)), help: Message(nb: "Filter: neste ansvarlige", en: "Filter: next responsible")),
        KeyBinding([.character("S")], .plan(.facetStepped(.status)), help: Message(nb: "Filter: neste status", en: "Filter: next status")),
        KeyBinding([.character("!")], .plan(.lateToggled), help: Message(nb: "Filter: bare forsinkede av/på", en: "Filter: only late ones on/off")),
        KeyBinding([.character("x")], .plan(.facetsCleared), help: Message(nb: "Fjern filtrene", en: "Clear the filters")),
        KeyBinding([.escape], .wentBack, help: AppText.helpBack, status: AppText.statusBack),
    ])

    static let measure = KeyMap<AppAction>([
        moveOn,
        moveBack,
        KeyBinding([.character("1")], .plan(.alternativeChosen(1)), help: Message(nb: "Konflikt: behold første verdi", en: "Conflict: keep the first value")),
        KeyBinding([.character("2")], .plan(.alternativeChosen(2)), help: Message(nb: "Konflikt: behold andre verdi", en: "Conflict: keep the second value")),
        KeyBinding([.character("3")], .plan(.alternativeChosen(3)), help: Message(nb: "Konflikt: behold tredje verdi", en: "Conflict: keep the third value")),
    ])
}

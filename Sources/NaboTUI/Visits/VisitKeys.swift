import NaboCore

/// The keys of the visit form, and of the question after `n`. In the form every printable key is
/// text, so only control and movement keys act.
enum VisitKeys {
    static let openForm = KeyBinding<AppAction>([.character("v")], .visits(.formOpened), help: VisitText.helpForm, status: VisitText.statusVisit)
    static let dueList = KeyBinding<AppAction>([.character("d")], .screenChosen(.due), help: DueText.helpDue)
    static let week = KeyBinding<AppAction>([.character("w")], .screenChosen(.week), help: DueText.helpWeek)
    static let timeline = KeyBinding<AppAction>([.character("t")], .visits(.timelineOpened), help: TimelineText.helpTimeline)
    static let history = KeyBinding<AppAction>([.character("t")], .visits(.timelineOpened), help: TimelineText.helpHistory)
    static let recordInput = KeyBinding<AppAction>([.character("i")], .visits(.inputStarted), help: VisitText.helpInput)
    static let openInputs = KeyBinding<AppAction>([.character("I")], .screenChosen(.inputs), help: VisitText.helpOpenInputs)
    static let answerInput = KeyBinding<AppAction>([.character("s")], .visits(.answerStarted), help: VisitText.helpAnswer, status: VisitText.statusAnswer)
    static let plan = KeyBinding<AppAction>([.character("p")], .visits(.planStarted), help: VisitText.helpPlan)
    static let measure = KeyBinding<AppAction>([.character("M")], .visits(.measureStarted), help: VisitText.helpMeasure)
    static let edit = KeyBinding<AppAction>([.character("e")], .visits(.editStarted), help: VisitText.helpEdit)
    static let delete = KeyBinding<AppAction>([.character("x"), .delete], .visits(.deleteStarted), help: VisitText.helpDelete)
    static let notAtHome = KeyBinding<AppAction>([.character("o")], .visits(.notAtHomeStarted), help: VisitText.helpNotAtHome)

    /// The lists of residents to visit, and a resident's timeline.
    static func own(_ screen: Screen) -> KeyMap<AppAction> {
        switch screen {
        case .timeline:
            KeyMap([AppKeys.back, SurveyKeys.followUpInput, SurveyKeys.followUpMeasure]).followed(by: AppKeys.elsewhere)
        default:
            KeyMap([AppKeys.open(AppText.openResident), AppKeys.back, notAtHome, recordInput]).followed(by: AppKeys.elsewhere)
        }
    }

    /// The visit keys every screen has (`v`, `d`, `w`, `I`), less any the screen binds for its own
    /// work: on a dugnad `v` records a posted notice, and there the form is one Esc away.
    static func everywhere(besides own: KeyMap<AppAction>) -> KeyMap<AppAction> {
        let taken = Set(own.bindings.flatMap(\.keys))
        return KeyMap([openForm, dueList, week, openInputs].filter { $0.keys.allSatisfy { !taken.contains($0) } })
    }

    static let form = KeyMap<AppAction>([
        KeyBinding([.ctrl("s")], .visits(.saveRequested), help: VisitText.helpSaveForm, status: VisitText.statusSave),
        KeyBinding([.tab], .visits(.nextField), help: VisitText.helpNextField, status: VisitText.statusField),
        KeyBinding([.backTab], .visits(.previousField), help: VisitText.helpPreviousField),
        KeyBinding([.enter], .visits(.entered), help: VisitText.helpEnter),
        KeyBinding([.down], .visits(.choiceMoved(by: 1)), help: VisitText.helpChoice),
        KeyBinding([.up], .visits(.choiceMoved(by: -1)), help: VisitText.helpChoice),
        KeyBinding([.ctrl("e")], .visits(.editorRequested), help: VisitText.helpEditor),
        KeyBinding([.backspace], .visits(.erased), help: AppText.helpErase),
        KeyBinding([.ctrl("u")], .visits(.cleared), help: AppText.helpClear),
        // Ctrl-C is Esc here: it closes the form, asking first if anything is typed, and never
        // throws away a note the way quitting at once would.
        KeyBinding([.escape, .ctrl("c")], .visits(.leaveRequested), help: VisitText.helpLeave, status: VisitText.statusLeave),
    ])

    /// The action for a key while the form is open or a not-at-home waits for its answer; nil
    /// when neither is, so the screen's own keys apply.
    static func action(for key: Key, in state: AppState) -> AppAction? {
        if state.visits.deleting != nil {
            return .visits(.deleteAnswered(isYes(key)))
        }
        if state.stock.deleting != nil {
            return .stock(.deleteAnswered(isYes(key)))
        }
        if state.dugnad.uninviting != nil {
            return .dugnad(.uninviteAnswered(isYes(key)))
        }
        if state.visits.notAtHomeFor != nil {
            // Enter does not confirm: after a search it is the key that opens the row.
            return .visits(.notAtHomeAnswered(isYes(key)))
        }
        guard state.isFormOpen else { return nil }
        if state.visits.form?.isLeaving == true || state.recordForm?.isLeaving == true {
            return .visits(.leaveAnswered(isYes(key)))
        }
        if case .character(let character) = key {
            return .visits(.typed(character))
        }
        return Self.form.action(for: key)
    }

    /// Yes in either language.
    static func isYes(_ key: Key) -> Bool {
        key == .character("y") || key == .character("j") || key == .character("Y") || key == .character("J")
    }
}

import NaboCore

/// The keys while a survey is taken. They depend on the step: consent, a statement, a follow-up
/// answer being typed (where characters are text), or the end.
enum SurveyKeys {
    static let startKey = KeyBinding<AppAction>([.character("S")], .survey(.started), help: SurveyText.helpStart, status: SurveyText.statusStart)

    static let resultsKey = KeyBinding<AppAction>([.character("K")], .screenChosen(.survey(.results(SurveyResultsChoice()))), help: SurveyText.helpResults)

    static let followUpInput = KeyBinding<AppAction>([.character("i")], .survey(.followUpInputStarted), help: SurveyText.helpFollowUpInput)
    static let followUpMeasure = KeyBinding<AppAction>([.character("M")], .survey(.followUpMeasureStarted), help: SurveyText.helpFollowUpMeasure)

    static func own(_ screen: SurveyScreen) -> KeyMap<AppAction> {
        switch screen {
        case .taking: statement
        case .results: results
        }
    }

    static let results = KeyMap<AppAction>([
        KeyBinding([.tab], .survey(.resultsAddressChanged(by: 1)), help: SurveyText.helpNextAddress, status: SurveyText.statusAddress),
        KeyBinding([.backTab], .survey(.resultsAddressChanged(by: -1)), help: SurveyText.helpPreviousAddress),
        KeyBinding([.character("]")], .survey(.resultsRoundChanged(by: 1)), help: SurveyText.helpNextRound, status: SurveyText.statusRound),
        KeyBinding([.character("[")], .survey(.resultsRoundChanged(by: -1)), help: SurveyText.helpPreviousRound),
        KeyBinding([.character("c")], .survey(.resultsCompared), help: SurveyText.helpCompare, status: SurveyText.statusCompare),
        AppKeys.back, AppKeys.residentsKey.unlisted, AppKeys.addressesKey.unlisted, AppKeys.homeKey,
    ])

    static let helpKey = KeyBinding<AppAction>([.character("?"), .function(1)], .helpOpened, help: AppText.helpHelp, status: AppText.statusHelp)
    static let quitKey = KeyBinding<AppAction>([.ctrl("c")], .quitRequested, help: SurveyText.helpQuit)

    static func map(for taking: SurveyTaking, language: Language) -> KeyMap<AppAction> {
        switch taking.phase {
        case .sameRound: sameRound(language)
        case .consent: consent(language)
        case .statement: statement
        case .followUp: followUp
        case .finished: finished
        }
    }

    /// Characters typed into a follow-up answer, which no key map can list.
    static func typed(_ key: Key, in state: AppState) -> AppAction? {
        guard state.mode == .browsing, case .followUp? = state.survey?.phase, case .character(let character) = key else { return nil }
        return .survey(.typed(character))
    }

    /// The letter of the worker's language first, as the status line shows the first key: `f`
    /// (fortsett) or `c` (continue), both bound in either language.
    static func inOrder(_ nb: Character, _ en: Character, _ language: Language) -> [Key] {
        language == .nb ? [.character(nb), .character(en)] : [.character(en), .character(nb)]
    }

    static func sameRound(_ language: Language) -> KeyMap<AppAction> {
        KeyMap([
            KeyBinding(inOrder("f", "c", language), .survey(.earlierContinued), help: SurveyText.helpContinueEarlier, status: SurveyText.statusContinueEarlier),
            KeyBinding(inOrder("e", "r", language), .survey(.earlierReplaced), help: SurveyText.helpReplaceEarlier, status: SurveyText.statusReplaceEarlier),
            KeyBinding([.character("n")], .survey(.newRoundStarted), help: SurveyText.helpNewRound, status: SurveyText.statusNewRound),
            KeyBinding([.escape], .survey(.paused), help: SurveyText.helpLeaveUntouched, status: SurveyText.statusLeaveUntouched),
            helpKey, quitKey,
        ])
    }

    /// Off the status line, which keeps its room for Esc: the screen says it under the scale.
    static let back = KeyBinding<AppAction>([.left, .backspace], .survey(.statementBack), help: SurveyText.helpStatementBack)

    static func consent(_ language: Language) -> KeyMap<AppAction> {
        KeyMap([
            KeyBinding(inOrder("j", "y", language), .survey(.consentGiven), help: SurveyText.helpConsent, status: SurveyText.statusConsent),
            KeyBinding([.character("n"), .escape], .survey(.consentRefused), help: SurveyText.helpRefuse, status: SurveyText.statusRefuse),
            helpKey, quitKey,
        ])
    }

    static let statement = KeyMap<AppAction>(
        (1...7).map { point in
            // The scale on screen names the keys 1-7, so the status line keeps its room for the rest.
            KeyBinding<AppAction>([.character(Character(String(point)))], .survey(.answered(point)), help: SurveyText.helpAnswer(point))
        } + [
            KeyBinding([.character("0"), .character("-")], .survey(.answered(nil)), help: SurveyText.helpNoAnswer, status: SurveyText.statusNoAnswer),
            KeyBinding([.character("f")], .survey(.followUpAsked), help: SurveyText.helpFollowUp, status: SurveyText.statusFollowUp),
            back,
            // Ctrl-C saves the answers as begun, as Esc does, rather than quit and lose them.
            KeyBinding([.escape, .ctrl("c")], .survey(.paused), help: SurveyText.helpPause, status: SurveyText.statusPause),
            helpKey,
        ])

    static let followUp = KeyMap<AppAction>([
        KeyBinding([.enter], .survey(.followUpKept), help: SurveyText.helpKeep, status: SurveyText.statusKeep),
        KeyBinding([.escape], .survey(.followUpSkipped), help: SurveyText.helpSkip, status: SurveyText.statusSkip),
        KeyBinding([.backspace], .survey(.erased), help: SurveyText.helpEraseOrBack),
        // Keeps what is typed and goes back to the statement, where Ctrl-C again saves as begun.
        KeyBinding([.ctrl("c")], .survey(.followUpKept), help: SurveyText.helpKeep),
    ])

    static let finished = KeyMap<AppAction>([
        KeyBinding([.enter], .survey(.completed), help: SurveyText.helpComplete, status: SurveyText.statusComplete),
        back,
        KeyBinding([.escape, .ctrl("c")], .survey(.paused), help: SurveyText.helpPause, status: SurveyText.statusPause),
        helpKey,
    ])
}

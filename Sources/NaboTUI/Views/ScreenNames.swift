import NaboCore

/// What each screen is called: in the title bar, in the breadcrumb, and in the help's title.
enum ScreenNames {
    /// The screen's kind, for the help: "Taster – Adresse".
    static func kind(_ screen: Screen) -> Message {
        switch screen {
        case .home: Words.home
        case .addresses: Words.addresses
        case .residents: Words.residents
        case .address: Words.address
        case .unit: Words.unit
        case .resident: Words.resident
        case .due: DueText.due
        case .week: DueText.week
        case .inputs: VisitText.openInputsTitle
        case .timeline: TimelineText.timeline
        case .history: TimelineText.history
        case .board: PlanText.board
        case .matrix: PlanText.matrix
        case .measure: PlanText.measure
        case .dugnad(.list): DugnadText.dugnads
        case .dugnad(.one): DugnadText.dugnad
        case .survey(.taking): SurveyText.survey
        case .survey(.results): SurveyText.results
        case .indicators: IndicatorText.title
        case .meetings(.list): MeetingText.meetings
        case .meetings(.one): MeetingText.meeting
        case .progress: ProgressText.title
        }
    }

    /// The screen's own name: the kind for lists, the record's name for a record.
    static func crumb(_ screen: Screen, _ directory: Directory, _ language: Language) -> String {
        switch screen {
        case .home, .addresses, .residents, .due, .week, .inputs, .timeline, .history, .board, .matrix, .dugnad(.list), .survey, .indicators, .meetings(.list), .progress:
            kind(screen).text(language)
        case .measure(let id):
            directory.measure(id).map(Measure.init).map { $0.title + ", " + directory.addressText($0.address) } ?? PlanText.measure.text(language)
        case .dugnad(.one(let id)): directory.dugnads.entry(id)?.dugnad.title ?? DugnadText.dugnad.text(language)
        case .meetings(.one(let id)): directory.meetings.meeting(id)?.title ?? MeetingText.meeting.text(language)
        case .address(let id): directory.address(id)?.title ?? Words.address.text(language)
        case .unit(let id): directory.unit(id)?.number ?? Words.unit.text(language)
        case .resident(let id): directory.resident(id)?.name ?? Words.resident.text(language)
        }
    }

    /// The way here: "Hjem › Runarveien 1 › H0101".
    static func breadcrumb(_ places: [Place], _ directory: Directory, _ language: Language) -> String {
        places.map { crumb($0.screen, directory, language) }.joined(separator: " › ")
    }
}

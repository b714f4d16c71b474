import NaboCore

/// The words of the indicators screen.
enum IndicatorText {
    static let title = Message(nb: "Resultater", en: "Results")
    static let indicator = Message(nb: "Teller", en: "Count")
    static let baseline = Message(nb: "Før", en: "Before")
    static let project = Message(nb: "Prosjektet", en: "Project")
    static let period = Message(nb: "Siste 12 mnd", en: "Last 12 months")
    static let empty = Message(nb: "Ingenting er talt ennå. T på en adresse, en bolig eller en beboer teller en hendelse; nabo set project setter periodene.",
                               en: "Nothing is counted yet. T on an address, a unit or a resident counts an event; nabo set project sets the periods.")
    static let help = Message(nb: "Resultater: hendelser og arbeidet per adresse, før og under prosjektet",
                              en: "Results: events and the work per address, before and during the project")

    static func label(_ key: String) -> Message {
        EventKind(rawValue: key)?.label ?? Indicator(rawValue: key)?.label ?? Message(nb: key, en: key)
    }

    /// A column's heading: the baseline, the project, or the last twelve months without one.
    static func heading(_ index: Int, of count: Int) -> Message {
        count == 1 ? period : index == 0 ? baseline : project
    }
}

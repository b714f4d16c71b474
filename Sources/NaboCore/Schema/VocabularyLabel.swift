/// The words a worker reads for the values in `Vocabulary`: reports and screens show these, while
/// files and scripts keep the kebab-case values.
public enum VocabularyLabel {
    static let words: [String: Message] = [
        // Measure status, as the report's "plan / status" column says it.
        "not-started": Message(nb: "Ikke startet", en: "Not started"),
        "to-assess": Message(nb: "Vurderes ved befaring", en: "To be assessed at inspection"),
        "waiting": Message(nb: "Venter på forutsetning", en: "Waiting for a precondition"),
        "ordered": Message(nb: "Bestilt", en: "Ordered"),
        "in-progress": Message(nb: "Pågår", en: "Under way"),
        "done": Message(nb: "Utført", en: "Done"),
        // Category.
        "lock": Message(nb: "Lås og beslag", en: "Locks and fittings"),
        "storage-room": Message(nb: "Bod", en: "Storage room"),
        "doorbell": Message(nb: "Ringeklokke", en: "Doorbell"),
        "stairwell": Message(nb: "Trappeoppgang", en: "Stairwell"),
        "laundry-room": Message(nb: "Vaskerom", en: "Laundry room"),
        "attic": Message(nb: "Loft", en: "Attic"),
        "fuse-box": Message(nb: "Sikringsskap", en: "Fuse box"),
        "paint": Message(nb: "Maling", en: "Painting"),
        "rubbish": Message(nb: "Avfall", en: "Rubbish"),
        "pest": Message(nb: "Skadedyr", en: "Pests"),
        // Visit kind.
        "home-visit": Message(nb: "Hjemmebesøk", en: "Home visit"),
        "not-at-home": Message(nb: "Ikke hjemme", en: "Not at home"),
        "inspection": Message(nb: "Befaring", en: "Inspection"),
        "phone": Message(nb: "Telefon", en: "Phone call"),
        "meeting": Message(nb: "Møte med samarbeidspartnere", en: "Meeting with partners"),
        // Input outcome.
        "open": Message(nb: "Åpent", en: "Open"),
        "acted-on": Message(nb: "Fulgt opp", en: "Acted on"),
        "alternative": Message(nb: "Alternativ tilbudt", en: "Alternative offered"),
        "declined": Message(nb: "Avslått", en: "Declined"),
        // Survey response status ("in-progress" is shared with the measure's).
        "complete": Message(nb: "Fullført", en: "Complete"),
        // How a dugnad notice went out.
        "posted": Message(nb: "Hengt opp", en: "Posted"),
        "sms": Message(nb: "SMS", en: "SMS"),
        "email": Message(nb: "E-post", en: "Email"),
        // Responsible; "other" serves category, responsible and notices alike.
        "byggdrift": Message(nb: "Byggdrift", en: "Byggdrift (building operations)"),
        "project": Message(nb: "Prosjektet", en: "The project"),
        "resident": Message(nb: "Beboer", en: "Resident"),
        "other": Message(nb: "Annet", en: "Other"),
    ]

    /// The word for a vocabulary value; a value from a newer version is shown as it is.
    public static func text(_ value: String, _ language: Language) -> String {
        words[value]?.text(language) ?? value
    }

    public static func yesNo(_ flag: Bool, _ language: Language) -> String {
        flag ? (language == .nb ? "ja" : "yes") : (language == .nb ? "nei" : "no")
    }
}

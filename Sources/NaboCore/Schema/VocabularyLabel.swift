/// The words a worker reads for the values in `Vocabulary`: reports and screens show these, while
/// files and scripts keep the kebab-case values.
public enum VocabularyLabel {
    /// Every term's label by its stored value. A value two vocabularies share ("in-progress",
    /// "other") has the same label in both, so the first table's serves.
    static let words: [String: Message] = {
        var out: [String: Message] = [:]
        func add<T: Term>(_: T.Type) { for t in T.allCases where out[t.rawValue] == nil { out[t.rawValue] = t.label } }
        add(MeasureStatus.self)
        add(MeasureCategory.self)
        add(Responsible.self)
        add(VisitKind.self)
        add(InputOutcome.self)
        add(ResponseStatus.self)
        add(NoticeChannel.self)
        add(UnitStatus.self)
        add(EventKind.self)
        return out
    }()

    /// The word for a vocabulary value; a value from a newer version is shown as it is.
    public static func text(_ value: String, _ language: Language) -> String {
        words[value]?.text(language) ?? value
    }

    public static func yesNo(_ flag: Bool, _ language: Language) -> String {
        flag ? (language == .nb ? "ja" : "yes") : (language == .nb ? "nei" : "no")
    }
}

import NaboCore
import Testing

/// Each vocabulary is one table: every value has its label and word in both languages, and what a
/// file stores reads back as the same term.
@Suite struct TermTests {
    func check<T: Term>(_: T.Type) {
        #expect(Set(T.values).count == T.allCases.count, "\(T.self) repeats a stored value")
        for t in T.allCases {
            #expect(T(stored: t.rawValue) == t)
            for m in [t.label, t.word] {
                #expect(!m.nb.isEmpty && !m.en.isEmpty, "\(T.self).\(t) lacks a word")
            }
            #expect(t.rawValue == t.rawValue.lowercased() && !t.rawValue.contains(" "), "\(t.rawValue) is not kebab-case")
        }
        #expect(T(stored: nil) == T.fallback)
        #expect(T(stored: "from-a-newer-version") == nil)
        #expect(T.word("from-a-newer-version") == Message(nb: "from-a-newer-version", en: "from-a-newer-version"))
    }

    @Test func everyVocabularyHasBothLanguagesForEveryValue() {
        check(MeasureStatus.self)
        check(MeasureCategory.self)
        check(Responsible.self)
        check(UnitStatus.self)
        check(VisitKind.self)
        check(InputOutcome.self)
        check(ResponseStatus.self)
        check(NoticeChannel.self)
    }

    @Test func theBoardsStatusesReadWithoutColour() {
        #expect(MeasureStatus.allCases.map(\.symbol) == ["○", "?", "…", "◇", "◐", "✓"])
        #expect(MeasureStatus.marked("in-progress") == Message(nb: "◐ pågår", en: "◐ under way"))
        #expect(MeasureStatus.values == ["not-started", "to-assess", "waiting", "ordered", "in-progress", "done"])
    }

    @Test func labelsForReportsAndWordsForScreens() {
        #expect(VisitKind.meeting.label == Message(nb: "Møte med samarbeidspartnere", en: "Meeting with partners"))
        #expect(VisitKind.meeting.word == Message(nb: "møte", en: "meeting"))
        #expect(Responsible.byggdrift.word.en == "Byggdrift")
        #expect(VocabularyLabel.text("let", .nb) == "Utleid")
        #expect(VocabularyLabel.text("in-progress", .en) == "Under way")
    }
}

import NaboCore

/// The words of the report's box.
enum ReportText {
    static let title = Message(nb: "Rapport", en: "Report")

    /// What the box says, line by line.
    static func lines(_ request: ReportRequest) -> [Message] {
        let o = request.options
        let days = { (p: IndicatorPeriod, l: Language) in DateWords.numeric(p.from, l) + "–" + DateWords.numeric(p.to, l) }
        var lines: [Message]
        if request.status {
            lines = [Message(nb: "Status siden siste arbeidsgruppemøte: utført, forsinket, hva beboerne sa og fikk til svar.",
                             en: "Status since the last work group meeting: done, late, what residents said and were told.")]
        } else {
            lines = [Message(nb: "Evaluering av prosjektet, kapittel for kapittel.", en: "Evaluation of the project, chapter by chapter."),
                     Message(nb: "Prosjektperiode: " + days(o.period, .nb), en: "Project period: " + days(o.period, .en)),
                     o.baseline.map { b in Message(nb: "Grunnlag: " + days(b, .nb), en: "Baseline: " + days(b, .en)) }
                         ?? Message(nb: "Grunnlag: ingen", en: "Baseline: none")]
        }
        lines.append(Message(nb: "Format: " + request.format.rawValue.uppercased() + "  (f bytter)", en: "Format: " + request.format.rawValue.uppercased() + "  (f switches)"))
        lines.append(o.internalUse
            ? Message(nb: "Internt: navn og nøyaktige tall; skal ikke ut av kontoret  (i bytter)", en: "Internal: names and exact counts; not to leave the office  (i switches)")
            : Message(nb: "Kan deles: ingen navn, små tall som <5  (i bytter)", en: "May be shared: no names, small counts as <5  (i switches)"))
        lines.append(Message(nb: "Fil: " + request.fileName + " i dokumentmappen, ikke kryptert", en: "File: " + request.fileName + " in the documents folder, not encrypted"))
        lines.append(request.status ? Message(nb: "s: evalueringen i stedet", en: "s: the evaluation instead")
                                    : Message(nb: "s: status for neste møte i stedet · andre perioder: :rapport FRA TIL [GRUNNLAG-FRA GRUNNLAG-TIL]",
                                              en: "s: the status for the next meeting instead · other periods: :report FROM TO [BASELINE-FROM BASELINE-TO]"))
        return lines
    }

    static let answer = Message(nb: "Enter skriver filen · Esc avbryter", en: "Enter writes the file · Esc cancels")

    static let usage = Message(nb: "Skriv :rapport, eller :rapport FRA TIL, eller :rapport FRA TIL GRUNNLAG-FRA GRUNNLAG-TIL (datoer som 2026-01-31).",
                               en: "Type :report, or :report FROM TO, or :report FROM TO BASELINE-FROM BASELINE-TO (dates such as 2026-01-31).")

    static func notADate(_ word: String) -> Message {
        Message(nb: "«\(word)» er ingen dato; skriv for eksempel 2026-01-31.", en: "“\(word)” is not a date; write for example 2026-01-31.")
    }

    static let internalWarning = Message(nb: "En intern rapport har navn og nøyaktige tall: den skal ikke ut av kontoret.",
                                         en: "An internal report holds names and exact counts: it must not leave the office.")
    static let cancelled = Message(nb: "Ingen rapport skrevet.", en: "No report written.")

    static let helpConfirm = Message(nb: "Skriv rapporten i dokumentmappen", en: "Write the report into the documents folder")
    static let statusConfirm = Message(nb: "skriv", en: "write")
    static let helpFormat = Message(nb: "Bytt mellom HTML og Markdown", en: "Switch between HTML and Markdown")
    static let statusFormat = Message(nb: "format", en: "format")
    static let helpInternal = Message(nb: "Bytt mellom intern og til å dele", en: "Switch between internal and to share")
    static let statusInternal = Message(nb: "internt", en: "internal")
    static let helpStatus = Message(nb: "Bytt mellom evaluering og status", en: "Switch between the evaluation and the status")
    static let statusStatus = Message(nb: "status", en: "status")
    static let helpCancel = Message(nb: "Ikke skriv noe", en: "Write nothing")
}

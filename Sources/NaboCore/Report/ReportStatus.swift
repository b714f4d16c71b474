/// The short status for the next work group meeting: what was done since the last one, what is
/// late, what residents asked for and what they were told. Residents are named only in a status
/// that stays in the office; their inputs go by their text.
extension Report {
    public static func status(_ replica: Replica, today: CalendarDate, addresses: Set<String>? = nil, language: Language, internalUse: Bool) -> ReportDocument {
        let overview = MeetingOverview(replica, today: today)
        let since = overview.last?.start?.date ?? today.adding(days: -30)
        let options = ReportOptions(period: IndicatorPeriod(from: since, to: today), baseline: nil, addresses: addresses, language: language,
                                    internalUse: internalUse, today: today)
        let c = ReportContext(replica, options, paths: [:])
        let t = c.t
        let measures = c.measures
        let done = measures.filter { $0.isDone(since: since) }
        let late = measures.filter { $0.isLate(today: today) }.sorted { ($0.due!, $0.title, $0.id) < ($1.due!, $1.title, $1.id) }
        let line = { (m: Measure) in c.mask(m.title) + " – " + c.label(m.address ?? "") }
        var chapters = [
            ReportChapter(id: "done", title: t("Utført siden sist", "Done since the last meeting"),
                          blocks: [done.isEmpty ? .paragraph(t("Ingen tiltak er utført siden sist.", "No measure was done since the last meeting.")) : .list(done.map(line))]),
            ReportChapter(id: "late", title: t("Forsinket", "Late"), blocks: [late.isEmpty ? .paragraph(t("Ingen tiltak er forsinket.", "No measure is late.")) : .table(ReportTable(
                caption: t("Forsinkede tiltak og hvem de venter på", "Late measures and who they wait for"),
                header: [t("Tiltak", "Measure"), t("Adresse", "Address"), t("Frist", "Due"), t("Ansvarlig", "Responsible")],
                rows: late.map { [c.mask($0.title), c.label($0.address ?? ""), c.figures.day($0.due!), VocabularyLabel.text($0.responsibleValue, language)] }))]),
        ]
        chapters.append(c.inputsChapter(since: since))
        let next = overview.next?.start.map { t("Neste møte: ", "Next meeting: ") + DateWords.long($0.date, language) + "." }
        return ReportDocument(language: language, title: t("Status", "Status") + " – " + c.projectName,
                              subtitle: t("Siden arbeidsgruppemøtet ", "Since the work group meeting of ") + c.figures.day(since) + " · " + c.figures.day(today),
                              internalUse: internalUse, internalMark: c.internalMark, preface: [c.preface[1]] + (next.map { [$0] } ?? []),
                              chapters: chapters, compact: true)
    }
}

extension ReportContext {
    /// The inputs received or answered since the day: what was said, what came of it and when the
    /// resident was told; the resident by name only inside the office.
    func inputsChapter(since: CalendarDate) -> ReportChapter {
        let inputs = replica.records(EntityType.input.rawValue).filter { !$0.isDeleted }.map(Input.init).filter { i in
            (i.date.map { $0 >= since } ?? false || i.answeredOn.map { $0 >= since } ?? false)
                && (i.resident.flatMap { replica.address(ofResident: $0) }.map(inScope.contains) ?? false)
        }.sorted { ($0.date?.dayNumber ?? 0, $0.id) < ($1.date?.dayNumber ?? 0, $1.id) }
        let title = t("Hva beboerne sa, og hva de fikk til svar", "What residents asked for, and what they were told")
        guard !inputs.isEmpty else { return ReportChapter(id: "inputs", title: title, blocks: [.paragraph(t("Ingen innspill siden sist.", "No inputs since the last meeting."))]) }
        var header = [t("Mottatt", "Received"), t("Innspill", "Input"), t("Utfall", "Outcome"), t("Svar gitt", "Told back")]
        if options.internalUse { header.insert(t("Beboer", "Resident"), at: 1) }
        let rows = inputs.map { i -> [String] in
            let answer = i.reason.map { mask($0) } ?? ""
            var row = [i.date.map(figures.day) ?? "", mask(i.text), status(i.outcomeValue) + (answer.isEmpty ? "" : ": " + answer),
                       i.answeredOn.map(figures.day) ?? t("ikke ennå", "not yet")]
            if options.internalUse { row.insert(i.resident.flatMap { replica.liveResident($0)?.name } ?? "", at: 1) }
            return row
        }
        return ReportChapter(id: "inputs", title: title, blocks: [.table(ReportTable(caption: title, header: header, rows: rows))])
    }
}

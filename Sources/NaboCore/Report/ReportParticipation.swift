/// Participation in Lundy's four terms: space (the meetings, dugnads and visits where residents
/// could speak), voice (what they said), audience (whether it was answered, and how fast) and
/// influence (what came of it); then dugnad turnout over time and the work group's meetings.
extension ReportContext {
    func participationChapter() -> ReportChapter {
        let p = participation
        let counts = { (xs: [Int]) in xs.map { figures.count($0).text } }
        let exact = { (xs: [Int]) in xs.map { figures.count($0, aboutResidents: false).text } }
        let space = t("Rom", "Space"), voice = t("Stemme", "Voice"), audience = t("Publikum", "Audience"), influence = t("Innflytelse", "Influence")
        var rows: [[String]] = [
            [space, t("Arbeidsgruppemøter holdt", "Work group meetings held")] + exact(p.meetingsHeld),
            [space, t("Dugnader holdt", "Dugnads held")] + exact(p.dugnadsHeld),
            [space, t("Besøk gjennomført", "Visits held")] + counts(p.visits),
            [space, t("Beboere fulgt opp", "Residents followed up")] + counts(p.followedUp),
            [voice, t("Innspill mottatt", "Inputs received")] + counts(p.inputsReceived),
            [voice, t("Kartleggingssvar", "Survey responses")] + counts(p.responses),
            [audience, t("Innspill besvart og fortalt tilbake", "Inputs answered and told back")] + counts(p.inputsAnswered),
            [audience, t("Dager til svar (median)", "Days to answer (median)")]
                + periods.indices.map { hiddenUnlessEnough(figures.number(p.medianDays[$0], digits: 0), p.inputsAnswered[$0]).text },
        ]
        for (outcome, words) in [(InputOutcome.actedOn, t("Fulgt opp", "Acted on")), (.alternative, t("Alternativ tilbudt", "Alternative offered")),
                                 (.declined, t("Avslått", "Declined"))] {
            rows.append([influence, words] + periods.indices.map { share(p.outcomes[$0][outcome] ?? 0, of: p.inputsAnswered[$0]) })
        }
        rows.append([influence, t("Avslått med begrunnelse", "Declined with a reason")] + periods.indices.map { share(p.declinedWithReason[$0], of: p.inputsAnswered[$0]) })
        var blocks: [ReportBlock] = [
            .paragraph(t("Lundys fire ord for medvirkning: rom (der beboerne kan si noe), stemme (det de sa), publikum (at noen lyttet og svarte) og innflytelse (hva det førte til). Andelene er av innspillene som ble besvart i perioden.",
                         "Lundy's four terms for participation: space (where residents could speak), voice (what they said), audience (that someone listened and answered) and influence (what came of it). The shares are of the inputs answered in the period.")),
            .table(ReportTable(caption: t("Medvirkning i Lundys fire ord", "Participation in Lundy's four terms"),
                               header: [t("Ord", "Term"), t("Hva", "What")] + periodNames, rows: rows, numeric: Set(2..<(2 + periods.count)))),
        ]
        blocks.append(.bars(turnoutChart()))
        blocks.append(.table(meetingsTable()))
        return ReportChapter(id: "participation", title: t("Medvirkning", "Participation"), blocks: blocks)
    }

    /// "62 % (8 av 13)"; a part of fewer than the minimum shows as "<5", since it counts residents' inputs.
    func share(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let shown = figures.count(part)
        guard shown.value != nil, figures.count(whole).value != nil else { return figures.hiddenText }
        return "\(DecimalText.percent(Double(part) / Double(whole))) % (\(part) " + t("av", "of") + " \(whole))"
    }

    func turnoutChart() -> ReportBarChart {
        let held = replica.records(EntityType.dugnad.rawValue).filter { !$0.isDeleted }.map { Dugnad($0, in: replica) }
            .filter { d in d.addresses.contains { inScope.contains($0.id) } && (d.start.map { periods.first!.from <= $0.date && $0.date <= min(options.period.to, options.today) } ?? false) }
            .sorted { ($0.start!.date, $0.id) < ($1.start!.date, $1.id) }
        let groups = held.map { d in
            let invited = figures.count(d.invited.count), came = figures.count(d.attended.count)
            let turnout = invited.value != nil && came.value != nil && !d.invited.isEmpty
                ? "\(DecimalText.percent(Double(d.attended.count) / Double(d.invited.count))) %" : ""
            return ReportBarChart.Group(label: figures.day(d.start!.date) + " " + mask(d.title), values: [invited, came], comparison: turnout)
        }
        return ReportBarChart(caption: t("Dugnader: inviterte og de som møtte", "Dugnads: invited and those who came"),
                              series: [t("Invitert", "Invited"), t("Møtte", "Came")], groups: groups, comparisonLabel: t("Oppmøte", "Turnout"))
    }

    /// Read from the records, not as `Meeting`s: a table needs no meeting's decisions, which would
    /// look through every measure for each of a city's meetings.
    func meetingsTable() -> ReportTable {
        var items: [String: Int] = [:]
        for r in replica.records(EntityType.agendaItem.rawValue) where !r.isDeleted { if let m = r.string("meeting") { items[m, default: 0] += 1 } }
        let held = replica.records(EntityType.meeting.rawValue).filter { !$0.isDeleted }.compactMap { r -> (CalendarDate, Record)? in
            guard let day = r.string("date").flatMap(LocalDateTime.stored)?.date,
                  periods.first!.from <= day, day <= min(options.period.to, options.today) else { return nil }
            return (day, r)
        }.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }
        let rows = held.map { day, r in
            [figures.day(day), mask(r.string("title") ?? ""), String(items[r.id] ?? 0), r.date("minutesSent").map(figures.day) ?? t("ikke sendt", "not sent")]
        }
        return ReportTable(caption: t("Arbeidsgruppemøter holdt og referat sendt", "Work group meetings held and minutes sent"),
                           header: [t("Dato", "Date"), t("Møte", "Meeting"), t("Saker", "Items"), t("Referat sendt", "Minutes sent")],
                           rows: rows, numeric: [2])
    }
}

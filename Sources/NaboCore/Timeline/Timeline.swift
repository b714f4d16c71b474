/// A resident's timeline (their visits, inputs, survey answers, measures at their unit or made from
/// their visits and answers, the events counted about them, and moving in and out) and a unit's
/// history across residents (who moved in and out, visits to it, measures and events at it). Newest first. Pass a `TimelineIndex` kept by the screen;
/// without one, one is built, which reads the whole store.
public enum Timeline {
    public static func forResident(_ id: String, _ replica: Replica, index: TimelineIndex? = nil) -> [TimelineEntry] {
        guard let resident = replica.live(EntityType.resident.rawValue, id) else { return [] }
        let index = index ?? TimelineIndex(replica)
        var out: [TimelineEntry] = []
        let visits = index.visits(ofResident: id)
        let responses = index.responsesByResident[id] ?? []
        out += visits.compactMap { visit($0, replica) }
        out += (index.inputsByResident[id] ?? []).compactMap { input($0, replica) }
        out += responses.compactMap { response($0, replica) }
        var measures = Set(visits.flatMap { index.measuresByOrigin[$0] ?? [] } + responses.flatMap { index.measuresByOrigin[$0] ?? [] })
        let unit = Resident(resident).unit
        if let unit { measures.formUnion(index.measuresByUnit[unit] ?? []) }
        out += measures.compactMap { measure($0, replica) }
        out += (index.eventsByResident[id] ?? []).compactMap { event($0, replica) }
        let place = unit.map { unitLabel($0, replica) }
        out += moves(resident, in: Message(nb: "Flyttet inn" + (place.map { " i " + $0 } ?? ""), en: place.map { "Moved into " + $0 } ?? "Moved in"),
                     out: Message(nb: "Flyttet ut" + (place.map { " fra " + $0 } ?? ""), en: place.map { "Moved out of " + $0 } ?? "Moved out"))
        return out.sorted(by: TimelineEntry.newestFirst)
    }

    public static func forUnit(_ id: String, _ replica: Replica, index: TimelineIndex? = nil) -> [TimelineEntry] {
        guard replica.live(EntityType.unit.rawValue, id) != nil else { return [] }
        let index = index ?? TimelineIndex(replica)
        var out: [TimelineEntry] = []
        for r in (index.residentsByUnit[id] ?? []).compactMap({ replica.live(EntityType.resident.rawValue, $0) }) {
            let name = Resident(r).name.isEmpty ? r.id : Resident(r).name
            out += moves(r, in: Message(nb: name + " flyttet inn", en: name + " moved in"), out: Message(nb: name + " flyttet ut", en: name + " moved out"))
        }
        out += index.visits(ofUnit: id).compactMap { visit($0, replica) }
        out += (index.measuresByUnit[id] ?? []).compactMap { measure($0, replica) }
        out += (index.eventsByUnit[id] ?? []).compactMap { event($0, replica) }
        return out.sorted(by: TimelineEntry.newestFirst)
    }

    static func visit(_ id: String, _ replica: Replica) -> TimelineEntry? {
        guard let v = replica.liveVisit(id) else { return nil }
        let when = v.when
        let kind = v.kindValue
        let note = v.note.map { ": " + firstLine($0) } ?? ""
        return TimelineEntry(kind: .visit, date: when?.date, minutes: when?.minutes, id: id,
                             summary: Message(nb: VocabularyLabel.text(kind, .nb) + note, en: VocabularyLabel.text(kind, .en) + note))
    }

    static func input(_ id: String, _ replica: Replica) -> TimelineEntry? {
        guard let i = replica.live(EntityType.input.rawValue, id).map(Input.init) else { return nil }
        let text = firstLine(i.text)
        let outcome = i.outcomeValue
        let answered = i.answeredOn
        return TimelineEntry(kind: .input, date: i.date, id: id, summary: Message(
            nb: "Innspill: \(text) (\(VocabularyLabel.text(outcome, .nb).lowercased())\(answered.map { ", svar gitt \($0.norwegian)" } ?? ""))",
            en: "Input: \(text) (\(VocabularyLabel.text(outcome, .en).lowercased())\(answered.map { ", answered \(DateWords.numeric($0, .en))" } ?? ""))"))
    }

    static func response(_ id: String, _ replica: Replica) -> TimelineEntry? {
        guard let record = replica.live(EntityType.response.rawValue, id) else { return nil }
        let r = SurveyResponse(record, in: replica)
        let form = replica.live(EntityType.form.rawValue, r.form).map(SurveyForm.init)
        let total = form?.statements.count ?? r.answers.count
        let (answered, index) = form.map { RespondentIndex.compute(r.answers, form: $0) } ?? (r.answers.count, nil)
        let summary: Message
        if r.status == .inProgress {
            summary = Message(nb: "Kartlegging «\(r.round)» påbegynt: \(answered) av \(total) besvart",
                              en: "Survey “\(r.round)” started: \(answered) of \(total) answered")
        } else if let index {
            let i = Int(index.rounded())
            summary = Message(nb: "Kartlegging «\(r.round)»: indeks \(i), \(answered) av \(total) besvart",
                              en: "Survey “\(r.round)”: index \(i), \(answered) of \(total) answered")
        } else {
            summary = Message(nb: "Kartlegging «\(r.round)»: \(answered) av \(total) besvart",
                              en: "Survey “\(r.round)”: \(answered) of \(total) answered")
        }
        return TimelineEntry(kind: .response, date: r.date, id: id, summary: summary)
    }

    static func event(_ id: String, _ replica: Replica) -> TimelineEntry? {
        guard let e = replica.live(EntityType.event.rawValue, id).map(CountedEvent.init) else { return nil }
        let note = e.note.map { ": " + firstLine($0) } ?? ""
        return TimelineEntry(kind: .event, date: e.date, id: id, summary: Message(nb: VocabularyLabel.text(e.kindValue, .nb) + note,
                                                                                  en: VocabularyLabel.text(e.kindValue, .en) + note))
    }

    /// Dated by its inspection, else the visit or the survey answer it came from, else its due date.
    static func measure(_ id: String, _ replica: Replica) -> TimelineEntry? {
        guard let m = replica.live(EntityType.measure.rawValue, id).map(Measure.init) else { return nil }
        let fromVisit = m.visit.flatMap(replica.liveVisit)?.day
        let fromResponse = m.response.flatMap { replica.live(EntityType.response.rawValue, $0) }.flatMap(SurveyResponse.date(of:))
        let date = m.inspection ?? fromVisit ?? fromResponse ?? m.due
        let title = m.title
        let status = m.statusValue
        return TimelineEntry(kind: .measure, date: date, id: id,
                             summary: Message(nb: "Tiltak: \(title) (\(VocabularyLabel.text(status, .nb).lowercased()))",
                                              en: "Measure: \(title) (\(VocabularyLabel.text(status, .en).lowercased()))"))
    }

    /// Moving in (undated when the day is unknown) and, if it happened, out: on a resident's own
    /// timeline with where, on a unit's with who.
    static func moves(_ record: Record, in moveIn: Message, out moveOut: Message) -> [TimelineEntry] {
        let r = Resident(record)
        var out = [TimelineEntry(kind: .movedIn, date: r.movedIn, id: r.id, summary: moveIn)]
        if let moved = r.movedOut {
            out.append(TimelineEntry(kind: .movedOut, date: moved, id: r.id, summary: moveOut))
        }
        return out
    }

    /// "H0101, Runarveien 1".
    static func unitLabel(_ id: String, _ replica: Replica) -> String {
        guard let unit = replica.record(EntityType.unit.rawValue, id).map(HousingUnit.init) else { return id }
        return [unit.number.isEmpty ? nil : unit.number, unit.address.map { AddressText.short($0, in: replica) }].compactMap { $0 }.joined(separator: ", ")
    }

    static func firstLine(_ text: String) -> String {
        String(text.trimmingWhitespace().split(separator: "\n", maxSplits: 1).first ?? "")
    }
}

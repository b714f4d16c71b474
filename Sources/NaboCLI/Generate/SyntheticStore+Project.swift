import NaboCore

extension SyntheticStore {
    /// The work group's records over `days`, about a meeting a month: three to five agenda items (the
    /// standing item on housing-social challenges first, now and then one parked), some measures
    /// decided in an item, a progress plan activity (most done, some late) and a notice to a few
    /// addresses. Small beside the fieldwork, as a project's meetings are beside its visits. The
    /// project is the last year with the year before as its baseline, and its goals count events,
    /// indicators and the measures decided at the meetings, as the report reads them.
    public mutating func project<E: Error>(base: Base, days: Int, emit: ([Op]) throws(E) -> Void) throws(E) {
        var batch: [Op] = []
        var decided: [String] = []
        for month in 0..<max(1, days / 30) {
            let day = startDay.adding(days: month * 30 + 7)
            var meeting = next(.meeting, minutesLater: 60)
            meeting.writes = [FieldWrite("date", .string(day.iso + "T14:00+01:00")), FieldWrite("title", .string("Arbeidsgruppemøte \(month + 1)")),
                              FieldWrite("place", .string(pick(Words.meetingPlaces))), FieldWrite("attendees", .string(pick(Words.attendees))),
                              FieldWrite("minutesSent", .string(day.adding(days: 2 + Int(rng.next() % 5)).iso))]
            batch.append(meeting)
            for i in 0..<(3 + Int(rng.next() % 3)) {
                var item = next(.agendaItem)
                let parked = i > 0 && rng.next() % 5 == 0
                item.writes = [FieldWrite("meeting", .string(meeting.entity)),
                               FieldWrite("title", .string(i == 0 ? "Boligsosiale utfordringer" : pick(Words.agendaItems))),
                               FieldWrite("minutes", .string(note())), FieldWrite("parked", .bool(parked)), FieldWrite("standing", .bool(i == 0))]
                batch.append(item)
                guard i > 0, !parked, rng.next() % 3 == 0 else { continue }
                var measure = next(.measure)
                measure.writes = [FieldWrite("address", .string(base.addresses[Int(rng.next() % UInt64(base.addresses.count))])),
                                  FieldWrite("title", .string(pick(Words.measures))), FieldWrite("status", .string(pick(Vocabulary.measureStatus))),
                                  FieldWrite("agendaItem", .string(item.entity)), FieldWrite("due", .string(day.adding(days: 60).iso))]
                batch.append(measure)
                decided.append(measure.entity)
            }
            var activity = next(.activity)
            let planned = day.adding(days: 14)
            activity.writes = [FieldWrite("title", .string(pick(Words.activities))), FieldWrite("responsible", .string("Prosjektleder")),
                               FieldWrite("planned", .string(planned.iso)), FieldWrite("meeting", .string(meeting.entity))]
            // One in four is never done: late once its planned day has passed.
            if rng.next() % 4 != 0 { activity.writes.append(FieldWrite("done", .string(planned.adding(days: Int(rng.next() % 10)).iso))) }
            batch.append(activity)
            var notice = next(.notice)
            notice.writes = [FieldWrite("text", .string(pick(Words.notices))), FieldWrite("how", .string(rng.next() % 2 == 0 ? "posted" : "sms")),
                             FieldWrite("date", .string(day.adding(days: 10).iso))]
            let first = Int(rng.next() % UInt64(base.addresses.count))
            notice.setChanges = (first..<first + min(2, base.addresses.count)).map {
                SetChange("addresses", base.addresses[$0 % base.addresses.count], add: true)
            }
            batch.append(notice)
        }
        batch += goals(days: days, measures: decided)
        try emit(batch)
    }

    mutating func goals(days: Int, measures: [String]) -> [Op] {
        let end = startDay.adding(days: days), start = startDay.adding(days: max(0, days - 365))
        var project = next(.project, id: EntityType.project.singletonID)
        project.writes = [FieldWrite("name", .string("Trygge bomiljøer")), FieldWrite("start", .string(start.iso)),
                          FieldWrite("end", .string(end.iso)), FieldWrite("baselineStart", .string(start.adding(days: -365).iso))]
        var main = next(.goal)
        main.writes = [FieldWrite("number", .string("0")), FieldWrite("title", .string("Trygge og gode bomiljøer i de kommunale boligene")),
                       FieldWrite("indicators", .array([.string("inputs-received"), .string("survey-index")]))]
        var out = [project, main]
        for (i, g) in Words.goals.enumerated() {
            var goal = next(.goal)
            goal.writes = [FieldWrite("number", .string(String(i + 1))), FieldWrite("title", .string(g.title)), FieldWrite("parent", .string(main.entity)),
                           FieldWrite("method", .string("Kartlegging og brukermedvirkning")), FieldWrite("evaluation", .string(note())),
                           FieldWrite("events", .array(g.events.map { .string($0) })), FieldWrite("indicators", .array(g.indicators.map { .string($0) }))]
            if i == 2 { goal.setChanges = measures.map { SetChange("measures", $0, add: true) } }
            out.append(goal)
        }
        return out
    }
}

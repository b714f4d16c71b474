/// The fields of each record type, in the order they print. JSON field names and command-line flags
/// are these names; more fields are welcome, renames are not (scripts rely on them).
public enum Schema {
    public static func fields(_ type: EntityType) -> [FieldSpec] {
        switch type {
        case .address:
            [FieldSpec("street", .text, required: true), FieldSpec("number", .count, required: true), FieldSpec("letter", .letter),
             FieldSpec("postcode", .postcode, required: true), FieldSpec("city", .text, required: true),
             FieldSpec("gnr", .count), FieldSpec("bnr", .count)]
        case .unit:
            [FieldSpec("address", .reference(.address), required: true), FieldSpec("number", .hNumber, required: true),
             FieldSpec("rooms", .count), FieldSpec("status", .choice(Vocabulary.unitStatus), default: "vacant")]
        case .resident:
            [FieldSpec("name", .text, required: true), FieldSpec("unit", .reference(.unit)), FieldSpec("phone", .phone),
             FieldSpec("movedIn", .date), FieldSpec("movedOut", .date)]
        case .visit:
            [FieldSpec("residents", .references(.resident), alias: "resident"), FieldSpec("unit", .reference(.unit)),
             FieldSpec("address", .reference(.address)), FieldSpec("date", .dateTime, required: true),
             FieldSpec("kind", .choice(Vocabulary.visitKind), default: "home-visit"), FieldSpec("worker", .text),
             FieldSpec("note", .longText), FieldSpec("agreed", .longText), FieldSpec("next", .date)]
        case .measure:
            [FieldSpec("address", .reference(.address), required: true), FieldSpec("unit", .reference(.unit)), FieldSpec("planItem", .text),
             FieldSpec("category", .choice(Vocabulary.category), default: "other"), FieldSpec("title", .text, required: true),
             FieldSpec("status", .choice(Vocabulary.measureStatus), default: "not-started"), FieldSpec("costToAgree", .flag, default: false),
             FieldSpec("responsible", .choice(Vocabulary.responsible), default: "byggdrift"), FieldSpec("precondition", .text),
             FieldSpec("inspection", .date), FieldSpec("due", .date), FieldSpec("description", .longText),
             FieldSpec("contact", .text), FieldSpec("costBearer", .text), FieldSpec("visit", .reference(.visit)),
             // A measure made from a survey follow-up answer names the response and the statement.
             FieldSpec("response", .reference(.response)), FieldSpec("statement", .text),
             // A decision of a work group meeting.
             FieldSpec("agendaItem", .reference(.agendaItem))]
        case .dugnad:
            [FieldSpec("addresses", .references(.address), alias: "address"), FieldSpec("start", .dateTime, required: true),
             FieldSpec("end", .dateTime), FieldSpec("title", .text, required: true), FieldSpec("tasks", .textList),
             FieldSpec("invited", .references(.resident), alias: "invite"), FieldSpec("attended", .references(.resident)),
             FieldSpec("extra", .json), FieldSpec("meetingPoint", .text), FieldSpec("note", .longText),
             FieldSpec("equipment", .textList), FieldSpec("food", .text), FieldSpec("partners", .textList),
             // When the notice went out and how: [{"date": "2026-11-20", "how": "posted", "note": "…"}].
             FieldSpec("notices", .json)]
        case .input:
            [FieldSpec("resident", .reference(.resident), required: true), FieldSpec("text", .longText, required: true),
             FieldSpec("outcome", .choice(Vocabulary.inputOutcome), default: "open"), FieldSpec("answeredOn", .date),
             FieldSpec("reason", .longText), FieldSpec("date", .date), FieldSpec("visit", .reference(.visit)),
             FieldSpec("response", .reference(.response)), FieldSpec("statement", .text)]
        case .response:
            [FieldSpec("resident", .reference(.resident), required: true), FieldSpec("form", .reference(.form), required: true),
             FieldSpec("round", .text, required: true), FieldSpec("answers", .json, required: true), FieldSpec("date", .date),
             FieldSpec("formVersion", .count),
             // The day the resident consented; the rules refuse a response without it.
             FieldSpec("consent", .date),
             // A paused survey is saved in progress and counts nowhere until it is complete.
             FieldSpec("status", .choice(Vocabulary.responseStatus), default: "complete"),
             // Free-text answers to follow-up questions by statement id: {"3": "…"}.
             FieldSpec("followUps", .json)]
        case .followUp:
            // Agreed with the resident: how often and what the follow-up contains, who else is around
            // them, what they consent to being recorded; it ends only when the resident wants.
            [FieldSpec("resident", .reference(.resident), required: true), FieldSpec("frequency", .count),
             FieldSpec("content", .longText), FieldSpec("partners", .json), FieldSpec("consent", .longText),
             FieldSpec("started", .date), FieldSpec("ended", .date), FieldSpec("endReason", .longText)]
        case .tenancy:
            // One stay of a resident in a unit, from moving in to moving out; every move keeps one.
            [FieldSpec("resident", .reference(.resident), required: true), FieldSpec("unit", .reference(.unit), required: true),
             FieldSpec("from", .date, required: true), FieldSpec("to", .date)]
        case .event:
            // Counted per address and period; the unit and the address follow from the resident.
            [FieldSpec("kind", .choice(Vocabulary.eventKind), required: true), FieldSpec("address", .reference(.address), required: true),
             FieldSpec("unit", .reference(.unit)), FieldSpec("resident", .reference(.resident)), FieldSpec("date", .date, required: true),
             FieldSpec("note", .longText), FieldSpec("worker", .text)]
        case .project:
            // The periods the indicators and the report compare: the baseline before, the project itself.
            [FieldSpec("name", .text), FieldSpec("start", .date, required: true), FieldSpec("end", .date),
             FieldSpec("baselineStart", .date)]
        case .meeting:
            // A work group meeting; attendees as written: "NAME, AGENCY; NAME, AGENCY".
            [FieldSpec("date", .dateTime, required: true), FieldSpec("title", .text, required: true), FieldSpec("place", .text),
             FieldSpec("attendees", .text), FieldSpec("minutesSent", .date), FieldSpec("note", .longText)]
        case .agendaItem:
            // One item of a meeting, its minutes, and whether it waits (the parking lot) or is the
            // standing item on housing-social challenges.
            [FieldSpec("meeting", .reference(.meeting), required: true), FieldSpec("title", .text, required: true),
             FieldSpec("minutes", .longText), FieldSpec("parked", .flag, default: false), FieldSpec("standing", .flag, default: false),
             FieldSpec("input", .reference(.input))]
        case .activity:
            // A line of the progress plan: what, who, when planned and done, and what it belongs to.
            [FieldSpec("title", .text, required: true), FieldSpec("responsible", .text), FieldSpec("planned", .date, required: true),
             FieldSpec("done", .date), FieldSpec("dugnad", .reference(.dugnad)), FieldSpec("meeting", .reference(.meeting)),
             FieldSpec("round", .text)]
        case .notice:
            // A notice to the residents of some addresses, beyond a dugnad's.
            [FieldSpec("addresses", .references(.address), alias: "address"), FieldSpec("text", .longText, required: true),
             FieldSpec("how", .choice(NoticeChannel.values), default: "posted"), FieldSpec("date", .date, required: true)]
        case .goal:
            // A goal of the project as its plan words it, and what the report counts beside it: event
            // kinds and indicators by their stored names, and the measures that serve it.
            [FieldSpec("title", .text, required: true), FieldSpec("number", .text), FieldSpec("parent", .reference(.goal)),
             FieldSpec("method", .longText), FieldSpec("means", .longText), FieldSpec("evaluation", .longText),
             FieldSpec("recommendation", .longText), FieldSpec("events", .textList), FieldSpec("indicators", .textList),
             FieldSpec("measures", .references(.measure), alias: "measure")]
        case .form:
            [FieldSpec("name", .text, required: true), FieldSpec("version", .count, default: 1), FieldSpec("scale", .json),
             FieldSpec("statements", .json, required: true)]
        }
    }

    /// The field that dates a record of the type, for `--from` and `--to`: the day it happened or
    /// began. Nil for records that are not events in time (an address, a measure with its own
    /// due and done).
    public static func dayField(_ type: EntityType) -> String? {
        switch type {
        case .visit, .event, .input, .response, .meeting, .notice: "date"
        case .activity: "planned"
        case .dugnad: "start"
        case .followUp: "started"
        case .tenancy: "from"
        case .address, .unit, .resident, .measure, .form, .project, .agendaItem, .goal: nil
        }
    }

    /// The field a flag names, by its name or alias, in camelCase or kebab-case (`--answered-on`).
    public static func field(_ type: EntityType, flag: String) -> FieldSpec? {
        let name = camelCase(flag)
        return fields(type).first { $0.name == name || $0.alias == name }
    }

    static func camelCase(_ s: String) -> String {
        var out = ""
        var upper = false
        for c in s {
            if c == "-" { upper = true; continue }
            out.append(upper ? Character(c.uppercased()) : c)
            upper = false
        }
        return out
    }
}

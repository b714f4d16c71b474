import ArgumentParser
import Foundation
import NaboCore
import NaboStore

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List records: addresses, units, residents, visits, measures, dugnads, inputs, responses, forms, followups, tenancies, events, projects, meetings, agenda-items, activities, notices, goals; or conflicts, or due (residents due a visit, most overdue first).")

    @Argument(help: "What to list.") var what: String
    @OptionGroup var options: StoreOptions
    @Flag(name: .long, help: "Include deleted records.") var deleted = false
    @Flag(name: .long, help: "Inputs still open (not answered), oldest first.") var open = false
    @Flag(name: .long, help: "Measures past their due date and not done.") var late = false
    @Flag(name: .long, help: "Measures Byggdrift has that are to be assessed, ordered or under way.") var waitingOnByggdrift = false
    @Option(name: .long, help: "Measures done on or after this date (YYYY-MM-DD).") var doneSince: String?
    @Option(name: .long, help: "Dated records (visits, events, inputs, responses, dugnads, followups, tenancies) on or after this day.") var from: String?
    @Option(name: .long, help: "Dated records on or before this day.") var to: String?
    @Argument(parsing: .allUnrecognized, help: "Filters as --FIELD VALUE (e.g. --address ID --status done).") var filters: [String] = []

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            if what == "conflicts" || what == "due" {
                try ListChoice.refuseFilters(what, filters, flags: deleted || open || late || waitingOnByggdrift || doneSince != nil || from != nil || to != nil)
                return what == "due" ? try printDue(store) : printConflicts(store)
            }
            guard let type = EntityType(name: what) else { throw ListChoice.unknown(what) }
            let filter = try ListFilter(type, filters, options: ListChoice.options)
            if open, type != .input {
                throw Message(nb: "--open gjelder innspill: nabo list inputs --open.", en: "--open applies to inputs: nabo list inputs --open.")
            }
            var query = ListQuery(type, filter: filter, today: try options.today(store))
            (query.deleted, query.open) = (deleted, open)
            query.plan = try planFilter(type)
            query.days = try dayFilter(type)
            // The matches' places come in listing order and each record is fetched at its place: a
            // JSON export then writes as it reads and holds one record at a time.
            if options.json {
                var stream = JSONArrayStream()
                var raw = RawRecord()
                var n = 0
                query.forEachPlace(in: store.replica) { place in
                    stream.append { w in store.replica.writeJSON(type, at: place, raw: &raw, into: &w) }
                    n += 1
                    if n % 512 == 0 { store.replica.forgetSnapshotPages() }
                }
                stream.finish()
            } else {
                let records = query.places(in: store.replica).compactMap { store.replica.record(type.rawValue, at: $0) }
                for line in RecordText.table(records, type, store.replica, options.language) { Output.line(line) }
            }
        }
    }

    /// The plan's own questions (late, waiting on Byggdrift, done since), asked as the board asks them.
    func planFilter(_ type: EntityType) throws(Message) -> PlanFilter? {
        guard late || waitingOnByggdrift || doneSince != nil else { return nil }
        guard type == .measure else {
            throw Message(nb: "--late, --waiting-on-byggdrift og --done-since gjelder tiltak: nabo list measures.",
                          en: "--late, --waiting-on-byggdrift and --done-since apply to measures: nabo list measures.")
        }
        return PlanFilter(lateOnly: late, waitingOnByggdrift: waitingOnByggdrift, doneSince: try DateOption.day(doneSince, option: "done-since"))
    }

    /// `--from` and `--to`: the records whose day (the visit's date, the dugnad's start, ...) lies
    /// in the period, both days included. A record without its day is outside any period.
    func dayFilter(_ type: EntityType) throws(Message) -> DayFilter? {
        guard from != nil || to != nil else { return nil }
        guard let field = Schema.dayField(type) else {
            let dated = EntityType.allCases.filter { Schema.dayField($0) != nil }.map(\.plural).joined(separator: ", ")
            throw Message(nb: "--from og --to gjelder poster med en dato: \(dated).", en: "--from and --to apply to records with a date: \(dated).")
        }
        let filter = DayFilter(field: field, from: try DateOption.day(from, option: "from"), to: try DateOption.day(to, option: "to"))
        if let a = filter.from, let b = filter.to, b < a {
            throw Message(nb: "--to kan ikke være før --from.", en: "--to cannot be before --from.")
        }
        return filter
    }

    struct DayFilter {
        var field: String
        var from: CalendarDate?
        var to: CalendarDate?

        func matches(_ r: Record) -> Bool {
            guard let day = r.date(field) else { return false }
            return (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
        }
    }

    func printDue(_ store: Store) throws(Message) {
        let today = try options.today(store)
        let due = Due.list(in: store.replica, today: today)
        let name = { (id: String) in store.replica.record(EntityType.resident.rawValue, id).map(Resident.init)?.name ?? "" }
        if options.json {
            Output.jsonArray(due.map { d in
                [("resident", .string(d.resident)), ("name", .string(name(d.resident))), ("due", .string(d.due.iso)),
                 ("daysOverdue", .int(d.daysOverdue)), ("lastVisit", d.lastVisit.map { .string($0.iso) } ?? .null), ("reason", .string(d.reason.rawValue)),
                 ("attempts", .int(d.attempts)), ("lastAttempt", d.lastAttempt.map { .string($0.iso) } ?? .null)]
            })
        } else if due.isEmpty {
            Output.line(Message(nb: "Ingen beboere har besøk til gode.", en: "No residents are due a visit.").text(options.language))
        } else {
            let l = options.language
            for d in due {
                let days = Message(nb: "\(d.daysOverdue) \(d.daysOverdue == 1 ? "dag" : "dager") over",
                                   en: "\(d.daysOverdue) \(d.daysOverdue == 1 ? "day" : "days") overdue").text(l)
                let date = { (day: CalendarDate) in DateWords.numeric(day, l) }
                let tries = d.attempts == 0 ? "" : "  " + AttemptWords.since(d.attempts, lastVisit: d.lastVisit.map(date)).text(l)
                Output.line("\(d.resident)  \(name(d.resident))  \(date(d.due))  \(days)\(tries)")
            }
        }
    }

    func printConflicts(_ store: Store) {
        let all = Conflicts.all(in: store.replica)
        if options.json {
            Output.jsonArray(all.map(ConflictJSON.pairs))
        } else if all.isEmpty {
            Output.line(Message(nb: "Ingen konflikter.", en: "No conflicts.").text(options.language))
        } else {
            for c in all {
                let values = c.values.map { "\($0.value.jsonText) (\($0.author ?? "?"))" }.joined(separator: " / ")
                Output.line("\(c.type) \(c.id) \(c.field ?? "deleted"): \(values)")
            }
        }
    }
}

enum ConflictJSON {
    static func pairs(_ c: Conflict) -> [(String, JSONValue)] {
        [("type", .string(c.type)), ("id", .string(c.id)), ("field", c.field.map { .string($0) } ?? .null),
         ("values", .array(c.values.map { .object(["value": $0.value, "author": $0.author.map { .string($0) } ?? .null, "op": .string($0.op.description)]) }))]
    }
}

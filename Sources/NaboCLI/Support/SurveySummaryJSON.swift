import NaboCore

/// `nabo survey summary --json`: figures as numbers (index 0-100, shares 0-1), hidden ones as null
/// with `"suppressed": true`.
enum SurveySummaryJSON {
    static func pairs(_ r: SurveyResults, _ d: SurveyDisclosure, rounds: [SurveyRound], address: String?) -> [(String, JSONValue)] {
        [("round", .string(r.round)),
         ("rounds", .array(rounds.map { .object(["name": .string($0.name), "responses": .int($0.responses),
                                                  "first": $0.first.map { .string($0.iso) } ?? .null,
                                                  "last": $0.last.map { .string($0.iso) } ?? .null]) })),
         ("form", .object(["id": .string(r.form.id), "name": .string(r.form.name), "version": .int(r.form.version)])),
         ("address", address.map { .string($0) } ?? .null),
         ("minGroup", .int(d.minimum)),
         ("respondents", .int(r.respondents.count)),
         ("olderFormVersion", .int(r.olderVersion)),
         ("index", index(r.total, shown: d.showsIndex(.all))),
         ("addresses", .array(r.groups.map { g in
             var o = index(g.index, shown: d.showsIndex(.address(g.address))).object ?? [:]
             o["id"] = g.address.map { .string($0) } ?? .null
             o["label"] = g.label.map { .string($0) } ?? .null
             return .object(o)
         })),
         ("statements", .array(r.statements.map { s in
             let shown = d.shows(statement: s.statement.id, .all)
             return .object(["id": .string(s.statement.id), "nb": .string(s.statement.nb), "en": .string(s.statement.en),
                             "negative": .bool(s.statement.negative), "suppressed": .bool(!shown),
                             "answered": shown ? .int(s.total.answered) : .null,
                             "median": shown ? number(s.total.median) : .null,
                             "agreeShare": shown ? number(s.total.agreeShare) : .null,
                             "distribution": shown ? .array(s.total.counts.map { .int($0) }) : .null])
         }))]
    }

    static func index(_ i: SurveyResults.IndexResult, shown: Bool) -> JSONValue {
        .object(["respondents": shown ? .int(i.respondents) : .null, "indexed": shown ? .int(i.indexed) : .null,
                 "median": shown ? number(i.median) : .null, "suppressed": .bool(!shown)])
    }

    /// Rounded to three decimals: enough for any display, and stable for scripts comparing output.
    static func number(_ x: Double?) -> JSONValue {
        x.map { .double(($0 * 1000).rounded() / 1000) } ?? .null
    }
}

import NaboCore

/// `nabo dugnad turnout --json`: one entry per dugnad, and each address's series over time.
enum TurnoutJSON {
    static func pairs(_ t: Turnout) -> [(String, JSONValue)] {
        [("dugnads", .array(t.events.map { e in
            .object(["id": .string(e.dugnad), "title": .string(e.title), "date": e.date.map { .string($0.iso) } ?? .null,
                     "upcoming": .bool(e.upcoming), "invited": .int(e.residents.invited), "attended": .int(e.residents.attended),
                     "uninvited": .int(e.uninvited), "extra": .object(Dictionary(uniqueKeysWithValues: e.extra.map { ($0.kind, JSONValue.int($0.count)) })),
                     "extraTotal": .int(e.extraTotal)])
        })),
         ("addresses", .array(t.addresses.map { s in
             .object(["id": .string(s.address), "label": .string(s.label), "dugnads": .array(s.points.map { p in
                 .object(["id": .string(p.dugnad), "date": p.date.map { .string($0.iso) } ?? .null, "upcoming": .bool(p.upcoming),
                          "invited": .int(p.count.invited), "attended": .int(p.count.attended)])
             })])
         }))]
    }
}

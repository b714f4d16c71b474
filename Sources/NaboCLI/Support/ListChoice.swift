import NaboCore

/// What `nabo list` can list, and the refusals of a list it cannot make.
enum ListChoice {
    /// Record types by their plural, then the two questions that are not a record type.
    static let names = EntityType.allCases.map(\.plural) + ["conflicts", "due"]

    /// The list command's own flags, for the suggestion when one is mistyped.
    static let options = StoreOptions.names + ["deleted", "open", "late", "waiting-on-byggdrift", "done-since"]

    static func unknown(_ what: String) -> Message {
        let list = names.joined(separator: ", ")
        return Message(nb: "Kan ikke liste «\(what)». Velg en av: \(list).", en: "Cannot list “\(what)”. Choose one of: \(list).")
    }

    /// `due` and `conflicts` take no filter: one would be ignored, and the list would seem filtered.
    static func refuseFilters(_ what: String, _ filters: [String], flags: Bool) throws(Message) {
        guard !filters.isEmpty || flags else { return }
        let named = filters.first.map { " (\($0))" } ?? ""
        throw Message(nb: "nabo list \(what) tar ingen filtre\(named).", en: "nabo list \(what) takes no filters\(named).")
    }
}

import NaboCore

/// Values from a closed set named on the command line (a record type, an export format) are read
/// here rather than by ArgumentParser, so that a wrong one is refused as every other value is: one
/// line in the worker's language naming the valid values, exit status 1, JSON under `--json`.
enum ClosedSet {
    static func value<T: CaseIterable & RawRepresentable>(_ text: String, option: String) throws(Message) -> T where T.RawValue == String {
        if let value = T(rawValue: text.lowercased()) { return value }
        let list = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw Message(nb: "«\(text)» er ikke en gyldig verdi for --\(option). Velg en av: \(list).",
                      en: "“\(text)” is not a valid value for --\(option). Choose one of: \(list).")
    }

    /// A record type, singular or plural, as `nabo add`, `set`, `show`, `delete` and `history` take it.
    static func recordType(_ text: String) throws(Message) -> EntityType {
        if let type = EntityType(name: text) { return type }
        let list = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
        throw Message(nb: "Nabo har ingen type som heter «\(text)». Velg en av: \(list).",
                      en: "Nabo has no record type “\(text)”. Choose one of: \(list).")
    }
}

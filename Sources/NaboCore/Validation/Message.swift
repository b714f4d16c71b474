/// A sentence for a worker, in both interface languages. Validation and every user-facing error
/// carry one, so the command line and the terminal interface say the same thing.
public struct Message: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var nb: String
    public var en: String
    /// The field the message is about, so a form can show it there and keep what was typed.
    public var field: String?

    public init(nb: String, en: String, field: String? = nil) {
        self.nb = nb
        self.en = en
        self.field = field
    }

    /// The same message, about a field.
    public func at(_ field: String) -> Message {
        var m = self
        m.field = m.field ?? field
        return m
    }

    public func text(_ language: Language) -> String {
        language == .nb ? nb : en
    }

    public var description: String { en }
}

/// The two interface languages. Domain content (demo data, survey wording) stays Norwegian in both.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nb, en
}

/// A sentence for a worker, in both interface languages. Validation and every user-facing error
/// carry one, so the command line and the terminal interface say the same thing.
public struct Message: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    public var nb: String
    public var en: String

    public init(nb: String, en: String) {
        self.nb = nb
        self.en = en
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

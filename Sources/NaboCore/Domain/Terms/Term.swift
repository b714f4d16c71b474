/// A closed set of values a field takes, as one table: the value stored in files and typed in
/// scripts (English kebab-case, the same in every language), the label reports and forms show, the
/// word running text and screens use, and a symbol where colour must not be needed. Each
/// vocabulary is an enum whose `words` switch is that table, so adding a value without its words
/// does not compile (the shape of tig's request table).
public protocol Term: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String, AllCases == [Self] {
    var words: TermWords { get }
    /// What a record without the field means.
    static var fallback: Self { get }
}

public struct TermWords: Sendable {
    /// As a report's column or a form's choice says it: "Ikke startet".
    public var label: Message
    /// In running text and on screens: "ikke startet".
    public var word: Message
    /// A sign that tells values apart without colour, or "".
    public var symbol: String

    public init(_ label: Message, word: Message? = nil, symbol: String = "") {
        self.label = label
        self.word = word ?? Message(nb: label.nb.lowercased(), en: label.en.lowercased())
        self.symbol = symbol
    }
}

extension Term {
    public var label: Message { words.label }
    public var word: Message { words.word }
    public var symbol: String { words.symbol }

    /// The stored values, in the table's order.
    public static var values: [String] { allCases.map(\.rawValue) }

    /// A stored value; a missing one is the vocabulary's fallback, one from a newer version is nil.
    public init?(stored: String?) {
        guard let stored else { self = Self.fallback; return }
        self.init(rawValue: stored)
    }
}

extension Term {
    /// The word for a stored value; a value from a newer version is shown as it is.
    public static func word(_ stored: String) -> Message {
        Self(rawValue: stored)?.word ?? Message(nb: stored, en: stored)
    }

    /// The symbol and the word, for a cell that must read without colour: "◐ pågår".
    public static func marked(_ stored: String) -> Message {
        guard let t = Self(rawValue: stored) else { return Message(nb: stored, en: stored) }
        return t.symbol.isEmpty ? t.word : Message(nb: t.symbol + " " + t.word.nb, en: t.symbol + " " + t.word.en)
    }
}

/// A survey form record read for calculation: its statements, which of them are negatively worded,
/// and its version.
public struct SurveyForm: Equatable, Sendable {
    public struct Statement: Equatable, Sendable {
        public var id: String
        public var nb: String
        public var en: String
        /// Agreeing is unfavourable ("I experience unwanted visitors"): the index reverses it as 8 - x.
        public var negative: Bool
        /// The follow-up question the worker asks, in each language; empty when the statement has none.
        public var followUpNb: String
        public var followUpEn: String

        public init(id: String, nb: String, en: String, negative: Bool, followUpNb: String = "", followUpEn: String = "") {
            self.id = id
            self.nb = nb
            self.en = en
            self.negative = negative
            self.followUpNb = followUpNb
            self.followUpEn = followUpEn
        }

        public func text(_ language: Language) -> String {
            language == .nb ? (nb.isEmpty ? en : nb) : (en.isEmpty ? nb : en)
        }

        /// The follow-up question, in the other language when this one lacks it; nil when there is none.
        public func followUp(_ language: Language) -> String? {
            let (first, second) = language == .nb ? (followUpNb, followUpEn) : (followUpEn, followUpNb)
            let q = first.isEmpty ? second : first
            return q.isEmpty ? nil : q
        }
    }

    public var id: String
    public var name: String
    public var version: Int
    public var statements: [Statement]

    public init(id: String, name: String, version: Int, statements: [Statement]) {
        self.id = id
        self.name = name
        self.version = version
        self.statements = statements
    }
}

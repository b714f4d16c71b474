/// A survey form record read for calculation: its statements, which of them are negatively worded,
/// and its version.
public struct SurveyForm: Equatable, Sendable {
    public struct Statement: Equatable, Sendable {
        public var id: String
        public var nb: String
        public var en: String
        /// Agreeing is unfavourable ("I experience unwanted visitors"): the index reverses it as 8 - x.
        public var negative: Bool

        public func text(_ language: Language) -> String {
            language == .nb ? (nb.isEmpty ? en : nb) : (en.isEmpty ? nb : en)
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

    public init(_ record: Record) {
        let list = record["statements"]?.array ?? []
        self.init(id: record.id, name: record.string("name") ?? record.id, version: record["version"]?.int ?? 1,
                  statements: list.enumerated().compactMap { i, s in
                      guard let o = s.object else { return nil }
                      // A statement without an id is known by its place, as the form file numbers them.
                      let id = o["id"]?.string ?? o["id"]?.int.map(String.init) ?? String(i + 1)
                      return Statement(id: id, nb: o["nb"]?.string ?? "", en: o["en"]?.string ?? "", negative: o["negative"]?.bool ?? false)
                  })
    }
}

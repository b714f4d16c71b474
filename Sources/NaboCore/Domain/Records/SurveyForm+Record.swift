/// A survey form read from its record; a statement without an id is known by its place.
extension SurveyForm {
    /// The words for the 7 points, from the form's own scale as stored (`[{"value": 1, "nb": "…",
    /// "en": "…"}]`), the built-in form's where it lacks one.
    public static func scaleWords(of record: Record) -> [Message] {
        let builtIn = BuiltInForm.scale.array ?? []
        let stored = record["scale"]?.array ?? builtIn
        return (1...7).map { point in
            let words = { (list: [JSONValue]) in list.compactMap(\.object).first { $0["value"]?.int == point } }
            let own = words(stored) ?? words(builtIn)
            return Message(nb: own?["nb"]?.string ?? String(point), en: own?["en"]?.string ?? String(point))
        }
    }

    public init(_ record: Record) {
        let list = record["statements"]?.array ?? []
        self.init(id: record.id, name: record.string("name") ?? record.id, version: record["version"]?.int ?? 1,
                  statements: list.enumerated().compactMap { i, s in
                      guard let o = s.object else { return nil }
                      // A statement without an id is known by its place, as the form file numbers them.
                      let id = o["id"]?.string ?? o["id"]?.int.map(String.init) ?? String(i + 1)
                      return Statement(id: id, nb: o["nb"]?.string ?? "", en: o["en"]?.string ?? "", negative: o["negative"]?.bool ?? false,
                                       followUpNb: o["followUpNb"]?.string ?? "", followUpEn: o["followUpEn"]?.string ?? "")
                  })
    }
}

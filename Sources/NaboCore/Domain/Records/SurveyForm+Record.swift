/// A survey form read from its record; a statement without an id is known by its place.
extension SurveyForm {
    /// The form's own words for the 7 points, as stored: `[{"value": 1, "nb": "…", "en": "…"}]`.
    public static func scale(of record: Record) -> JSONValue? { record["scale"] }

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

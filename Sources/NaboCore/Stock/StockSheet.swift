/// An office's sheet as the import reads it: which row is the header, what each column holds,
/// whether the rows are units or residents, and the columns Nabo does not know (left alone).
public struct StockSheet: Sendable {
    public var kind: StockExport.Kind
    /// The header row's index in the rows; the rows after it are the data.
    public var headerIndex: Int
    public var header: [String]
    public var columns: [StockField: Int]
    public var unknown: [String]

    /// A title or a note may stand above the header, so the header is the first of the first ten
    /// rows that names two fields Nabo knows (or one named with `--map`).
    public init(rows: [[String]], kind: StockExport.Kind?, map: [String: StockField]) throws(Message) {
        let mapped = Dictionary(map.map { (StockField.normalized($0.key), $0.value) }, uniquingKeysWith: { _, b in b })
        func field(_ header: String) -> StockField? { mapped[StockField.normalized(header)] ?? StockField(header: header) }
        guard !rows.allSatisfy(\.isEmpty) else {
            throw Message(nb: "Arket er tomt.", en: "The sheet is empty.")
        }
        guard let index = rows.prefix(10).firstIndex(where: { row in row.compactMap(field).count >= (mapped.isEmpty ? 2 : 1) }) else {
            let known = "Gateadresse, Husnr, H-nummer, Navn, Telefon, Innflyttet"
            throw Message(nb: "Fant ingen overskriftsrad med kolonner Nabo kjenner (for eksempel \(known)). Gi kolonnene navn med --map \"KOLONNE=felt\"; nabo import --help viser feltene.",
                          en: "Found no header row with columns Nabo knows (for example Street, Number, H-number, Name, Phone, Moved in). Name the columns with --map \"COLUMN=field\"; nabo import --help lists the fields.")
        }
        for given in map.keys.sorted() where !rows[index].contains(where: { StockField.normalized($0) == StockField.normalized(given) }) {
            throw Message(nb: "--map nevner kolonnen «\(given)», men arket har ingen kolonne med det navnet.",
                          en: "--map names the column “\(given)”, but the sheet has no column of that name.")
        }
        headerIndex = index
        header = rows[index]
        columns = [:]
        unknown = []
        for (i, h) in header.enumerated() {
            guard let f = field(h) else {
                if !h.trimmingWhitespace().isEmpty { unknown.append(h) }
                continue
            }
            if let earlier = columns[f] {
                throw Message(nb: "Kolonnene «\(header[earlier])» og «\(h)» er begge \(f.meaning.nb). Fjern den ene, eller gi den et annet navn med --map.",
                              en: "The columns “\(header[earlier])” and “\(h)” are both \(f.meaning.en). Remove one, or name it otherwise with --map.")
            }
            columns[f] = i
        }
        // A name column means residents: a units sheet has no column for a person.
        self.kind = kind ?? (columns[.name] != nil ? .residents : .units)
        try checkColumns()
    }

    func checkColumns() throws(Message) {
        switch kind {
        case .units:
            for f in [StockField.street, .hNumber] where columns[f] == nil {
                throw Message(nb: "Arket med boliger mangler en kolonne for \(f.meaning.nb).", en: "The sheet of units has no column for the \(f.meaning.en).")
            }
        case .residents:
            if columns[.name] == nil {
                throw Message(nb: "Arket med beboere mangler en kolonne for navn.", en: "The sheet of residents has no column for the name.")
            }
        }
    }

    /// The header of a field's column, as the sheet writes it, for a refusal.
    func title(_ field: StockField) -> Message {
        columns[field].map { Message(nb: header[$0], en: header[$0]) } ?? field.meaning
    }

    /// A row's cell for a field, read as the worker wrote it; "" where the sheet has no such column.
    func cell(_ row: [String], _ field: StockField) -> String {
        guard let i = columns[field], i < row.count else { return "" }
        return StockCell.text(row[i])
    }
}

/// Residents' contacts for an SMS tool, those invited to a dugnad or living where a notice goes:
/// name and phone, nothing else. Residents without a phone number are left out and counted, so the
/// worker knows to reach them another way.
public struct ResidentContacts: Equatable, Sendable {
    public struct Contact: Equatable, Sendable {
        public var name: String
        /// `+47` and eight digits, as the store keeps it.
        public var phone: String
    }

    public var contacts: [Contact]
    public var withoutPhone: Int

    public init(_ d: Dugnad, in replica: Replica) {
        self.init(residents: d.invited, in: replica)
    }

    public init(_ n: ResidentNotice, in replica: Replica) {
        self.init(residents: n.residents, in: replica)
    }

    init(residents: [String], in replica: Replica) {
        var found: [Contact] = []
        var missing = 0
        for id in residents {
            guard let r = replica.liveResident(id) else { continue }
            if let phone = r.phone {
                found.append(Contact(name: r.name, phone: phone))
            } else {
                missing += 1
            }
        }
        contacts = found.sorted { ($0.name, $0.phone) < ($1.name, $1.phone) }
        withoutPhone = missing
    }

    public func csv(_ language: Language) -> CSVTable {
        CSVTable(header: [Message(nb: "Navn", en: "Name").text(language), Message(nb: "Telefon", en: "Phone").text(language)],
                 rows: contacts.map { [$0.name, $0.phone] }, alwaysQuoted: [1])
    }

    /// vCard 4.0 (RFC 6350), one card per contact. The store has one name field, so N takes the last
    /// word as the family name: a guess some names defeat, while FN always shows the name as written.
    public func vcards() -> String {
        contacts.map { c in
            let words = c.name.split(separator: " ").map(String.init)
            let family = words.count > 1 ? words.last! : ""
            let given = words.count > 1 ? words.dropLast().joined(separator: " ") : c.name
            return ContentLines.document([
                "BEGIN:VCARD", "VERSION:4.0",
                "FN:" + ContentLines.escape(c.name),
                "N:" + ContentLines.escape(family) + ";" + ContentLines.escape(given) + ";;;",
                "TEL;VALUE=uri;TYPE=cell:tel:" + c.phone,
                "END:VCARD",
            ])
        }.joined()
    }
}

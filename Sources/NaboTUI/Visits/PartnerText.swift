import NaboCore

/// A plan's partners as the form shows them, one a line, "NAV: Kari Hansen, 900 00 000", and as
/// the record stores them, `[{"kind": "NAV", "contact": "Kari Hansen, 900 00 000"}]`.
enum PartnerText {
    /// The stored list as lines; a partner without a contact is its kind alone.
    static func lines(_ partners: [FollowUpPlan.Partner]) -> String {
        partners.map { $0.contact.isEmpty ? $0.kind : $0.kind + ": " + $0.contact }.joined(separator: "\n")
    }

    /// The lines typed as the stored list; "" (no partners) for none. Lines may also be separated
    /// by ";", since the inline field is one line.
    static func json(_ text: String) -> String {
        let entries = text.split { $0 == "\n" || $0 == ";" }.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
        guard !entries.isEmpty else { return "" }
        var writer = JSONWriter()
        writer.byte(UInt8(ascii: "["))
        for (index, entry) in entries.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            let parts = entry.split(separator: ":", maxSplits: 1).map { String($0).trimmingCharacters() }
            writer.raw("{\"kind\":")
            writer.string(parts[0])
            writer.raw(",\"contact\":")
            writer.string(parts.count > 1 ? parts[1] : "")
            writer.byte(UInt8(ascii: "}"))
        }
        writer.byte(UInt8(ascii: "]"))
        return writer.text
    }
}

private extension StringProtocol {
    func trimmingCharacters() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

/// Residents' names taken out of free text in a report that leaves the office: a measure's title
/// or a meeting's may name the resident it is about. A text is checked only against the names
/// that begin with one of its words, so a city's residents cost one lookup a word.
struct NameMask {
    private var byFirstWord: [Substring: [String]] = [:]
    let placeholder: String

    init(_ replica: Replica, placeholder: String) {
        self.placeholder = placeholder
        for r in replica.records(EntityType.resident.rawValue) where !r.isDeleted {
            let name = Resident(r).name.lowercased()
            guard name.count >= 2, let first = TextMention.words(name).first else { continue }
            byFirstWord[first, default: []].append(name)
        }
    }

    func callAsFunction(_ text: String) -> String {
        guard !byFirstWord.isEmpty else { return text }
        let lower = text.lowercased()
        let found = TextMention.words(lower).flatMap { byFirstWord[$0] ?? [] }.filter { lower.contains($0) }
        guard !found.isEmpty else { return text }
        // Replaced by position in the lowercased text; should lowercasing change the number of
        // characters, the text goes out lowercased rather than with a name left in.
        var low = Array(lower)
        var out = Array(text)
        if out.count != low.count { out = low }
        for name in Set(found).sorted(by: { $0.count > $1.count }) {
            let n = Array(name)
            var i = 0
            while i + n.count <= low.count {
                if Array(low[i..<(i + n.count)]) == n {
                    out.replaceSubrange(i..<(i + n.count), with: Array(placeholder))
                    low.replaceSubrange(i..<(i + n.count), with: Array(placeholder.lowercased()))
                    i += placeholder.count
                } else {
                    i += 1
                }
            }
        }
        return String(out)
    }
}

import NaboCore

/// The addresses of a dugnad as the plan form takes them: parts of addresses separated by commas,
/// "Tråkka 3, Lille". A part stands for one address: the one whose street and number are exactly
/// what was typed, else the only one whose street and number hold it, else the only one it matches
/// anywhere (a postcode's digits would otherwise make "Runarveien 3" Runarveien 1). A part that
/// matches several is not read as the first of them: the worker is shown them all and chooses.
struct DugnadAddressQuery: Hashable, Sendable {
    /// What was typed for one address, and the directory rows of the addresses it could mean.
    struct Part: Hashable, Sendable {
        var typed: String
        var matches: [Int]

        /// The address the part stands for, when it stands for exactly one.
        var row: Int? { matches.count == 1 ? matches[0] : nil }
    }

    var parts: [Part]

    init(_ text: String, directory: Directory) {
        parts = text.split(separator: ",").map { String(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }.map { typed in
            let matches = directory.filter(directory.allAddresses, on: .addresses, query: typed)
            let key = TextFolding.searchKey(typed)
            let titleKey = { (row: Int) in TextFolding.searchKey(directory.addresses[row].title) }
            if let exact = matches.first(where: { titleKey($0) == key }) { return Part(typed: typed, matches: [exact]) }
            let inTitle = matches.filter { titleKey($0).contains(key) }
            return Part(typed: typed, matches: inTitle.isEmpty ? matches : inTitle)
        }
    }

    /// The matched addresses' ids, each once, in the order typed.
    func ids(_ directory: Directory) -> [String] {
        var seen: Set<String> = []
        return parts.compactMap { $0.row.map { directory.addresses[$0].id } }.filter { seen.insert($0).inserted }
    }

    /// Why the first part that does not stand for one address is refused: it matches none, or several.
    func problem(_ directory: Directory) -> Message? {
        parts.first { $0.row == nil }.map { $0.problem(directory) }
    }
}

extension DugnadAddressQuery.Part {
    /// Why the part stands for no address, for a part that does not.
    func problem(_ directory: Directory) -> Message {
        matches.isEmpty ? DugnadText.noAddress(typed) : DugnadText.severalAddresses(typed, matches.map { directory.addresses[$0].title })
    }
}

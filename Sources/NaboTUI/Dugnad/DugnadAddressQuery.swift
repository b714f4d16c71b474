import NaboCore

/// The addresses of a dugnad as the plan form takes them: parts of addresses separated by commas,
/// "Tråkka 3, Lille", each read as the first address whose street and number hold it, else the first
/// it matches anywhere (a postcode's digits would otherwise make "Runarveien 3" Runarveien 1).
struct DugnadAddressQuery: Hashable, Sendable {
    /// What was typed for one address, and the directory row of the address it matches, if any.
    struct Part: Hashable, Sendable {
        var typed: String
        var row: Int?
    }

    var parts: [Part]

    init(_ text: String, directory: Directory) {
        parts = text.split(separator: ",").map { String(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }.map { typed in
            let matches = directory.filter(directory.allAddresses, on: .addresses, query: typed)
            let key = TextFolding.searchKey(typed)
            return Part(typed: typed, row: matches.first { TextFolding.searchKey(directory.addresses[$0].title).contains(key) } ?? matches.first)
        }
    }

    /// The matched addresses' ids, each once, in the order typed.
    func ids(_ directory: Directory) -> [String] {
        var seen: Set<String> = []
        return parts.compactMap { $0.row.map { directory.addresses[$0].id } }.filter { seen.insert($0).inserted }
    }

    /// The first part that matches no address.
    var unmatched: String? { parts.first { $0.row == nil }?.typed }
}

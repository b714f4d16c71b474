import NaboCore

/// The action plan searched as every other list is: each word of the query, folded, somewhere in
/// what `PlanFilter.searchedText` gives, so `las` finds "Låse" and `odegard` finds "Ødegård". The
/// board, the matrix and `nabo export plan --search` share it.
public enum PlanSearch {
    public static func matches(_ measure: Record, words: [[UInt8]], in replica: Replica) -> Bool {
        words.isEmpty || SearchQuery.matches(words, key: TextFolding.searchKey(PlanFilter.searchedText(measure, in: replica)))
    }

    /// The measures, in their order, that match the query; all of them for a query of no words.
    public static func filter(_ measures: [Record], query: String, in replica: Replica) -> [Record] {
        let words = SearchQuery.words(query)
        return measures.filter { matches($0, words: words, in: replica) }
    }
}

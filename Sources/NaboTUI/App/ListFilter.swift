/// A search typed with `/` over the current list: the query, and the rows of the unfiltered list
/// that match it, in the list's order.
public struct ListFilter: Hashable, Sendable {
    public var query: String
    public var matches: [Int]

    public init(query: String, matches: [Int]) {
        self.query = query
        self.matches = matches
    }
}

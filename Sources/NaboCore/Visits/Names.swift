/// Ids numbered in the order first met, so that half a million links to 30,000 residents are
/// four-byte numbers rather than strings.
struct Names: Sendable {
    private(set) var ids: [String] = []
    private var numbers: [String: Int32] = [:]

    init() {}

    init(_ ids: [String]) {
        self.ids = ids
        numbers.reserveCapacity(ids.count)
        for (n, id) in ids.enumerated() { numbers[id] = Int32(n) }
    }

    func number(of id: String) -> Int32? { numbers[id] }

    /// The id's number, given one if it has none.
    mutating func numbering(_ id: String) -> Int32 {
        if let n = numbers[id] { return n }
        let n = Int32(ids.count)
        ids.append(id)
        numbers[id] = n
        return n
    }

    subscript(number: Int32) -> String { ids[Int(number)] }
}

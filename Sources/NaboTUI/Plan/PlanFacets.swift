import NaboCore

/// The filters of the board and the matrix, carried by their screens so going back, toggling
/// between the two and searching all see the same measures. Values are the stored vocabulary
/// values ("ordered", "byggdrift") and address ids.
public struct PlanFacets: Hashable, Sendable {
    public var address: String?
    public var category: String?
    public var responsible: String?
    public var status: String?
    public var lateOnly: Bool

    public init(address: String? = nil, category: String? = nil, responsible: String? = nil, status: String? = nil, lateOnly: Bool = false) {
        self.address = address
        self.category = category
        self.responsible = responsible
        self.status = status
        self.lateOnly = lateOnly
    }

    public var isEmpty: Bool { self == PlanFacets() }

    /// The core's filter, which `nabo export plan` uses too.
    public var filter: PlanFilter {
        PlanFilter(address: address, category: category, responsible: responsible, status: status, lateOnly: lateOnly)
    }

    /// The facets a key steps through.
    public enum Kind: Hashable, Sendable {
        case address, category, responsible, status
    }

    subscript(kind: Kind) -> String? {
        get {
            switch kind {
            case .address: address
            case .category: category
            case .responsible: responsible
            case .status: status
            }
        }
        set {
            switch kind {
            case .address: address = newValue
            case .category: category = newValue
            case .responsible: responsible = newValue
            case .status: status = newValue
            }
        }
    }

    /// The next value of a facet: none, then each of `values` in turn, then none again.
    func stepped(_ kind: Kind, through values: [String]) -> PlanFacets {
        var next = self
        let index = self[kind].flatMap { values.firstIndex(of: $0) }
        switch index {
        case nil: next[kind] = values.first
        case let i? where i + 1 < values.count: next[kind] = values[i + 1]
        default: next[kind] = nil
        }
        return next
    }
}

/// The residents erased, as an office's sheet would name them again: each receipt keeps a keyed
/// hash of the name and unit (`ErasureReceipt.personKey`), never the name, so an import can ask
/// before bringing someone back without Nabo holding who they were.
public struct ErasedPeople: Sendable {
    let keys: Set<String>
    let hash: KeyedHash

    public init(_ receipts: [ErasureReceipt], hash: @escaping KeyedHash) {
        keys = Set(receipts.map(\.person))
        self.hash = hash
    }

    public func contains(name: String, unit: String?) -> Bool {
        !keys.isEmpty && keys.contains(ErasureReceipt.personKey(name: name, unit: unit, hash: hash))
    }
}

/// Small-group suppression for figures that leave the office. A group with fewer than `minimum`
/// respondents is hidden; and where a total is shown and exactly one group under it is hidden, the
/// smallest shown group is hidden too, since the total minus the shown groups would give the hidden
/// one back. Groups of size 0 are not shown at all and take no part.
public enum Suppression {
    public static let defaultMinimum = 5

    /// The keys of the groups to hide, given in display order (which breaks ties between equal sizes:
    /// the later of two equally small groups is hidden).
    public static func hidden<Key: Hashable>(_ groups: [(key: Key, size: Int)], minimum: Int, totalShown: Bool) -> Set<Key> {
        let present = groups.filter { $0.size > 0 }
        var hidden = Set(present.filter { $0.size < minimum }.map(\.key))
        if totalShown, hidden.count == 1 {
            let shown = present.enumerated().filter { !hidden.contains($0.element.key) }
            if let next = shown.min(by: { ($0.element.size, -$0.offset) < ($1.element.size, -$1.offset) }) {
                hidden.insert(next.element.key)
            }
        }
        return hidden
    }
}

/// Positions grouped by a number: group `g` holds `members[start[g]..<start[g + 1]]`.
///
/// Two flat arrays rather than an array per group, so grouping half a million visits by their
/// 30,000 residents costs two passes and no allocation per resident.
struct Groups: Sendable {
    private var start: [Int32] = [0]
    private var members: [Int32] = []

    init() {}

    /// `pairs` in any order; members keep their order within a group.
    init(count: Int, pairs: [(group: Int32, member: Int32)]) {
        var start = [Int32](repeating: 0, count: count + 1)
        for pair in pairs { start[Int(pair.group) + 1] += 1 }
        for g in 0..<count { start[g + 1] += start[g] }
        var fill = start
        var members = [Int32](repeating: 0, count: pairs.count)
        for pair in pairs {
            members[Int(fill[Int(pair.group)])] = pair.member
            fill[Int(pair.group)] += 1
        }
        self.start = start
        self.members = members
    }

    subscript(group: Int32) -> ArraySlice<Int32> {
        guard group >= 0, Int(group) + 1 < start.count else { return [] }
        return members[Int(start[Int(group)])..<Int(start[Int(group) + 1])]
    }
}

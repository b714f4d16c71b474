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

    /// How many groups.
    var count: Int { start.count - 1 }

    /// In the snapshot's form: the groups' starts, then the members, as 32-bit numbers; `order`
    /// gives the group written at each place (the residents are renumbered as they are written).
    func encode(order: [Int]? = nil, into w: inout BinaryWriter) {
        let order = order ?? Array(0..<count)
        w.u32(UInt32(order.count))
        var at: Int32 = 0
        w.u32(0)
        for g in order {
            at += start[g + 1] - start[g]
            w.u32(UInt32(bitPattern: at))
        }
        w.u32(UInt32(members.count))
        for g in order {
            for m in members[Int(start[g])..<Int(start[g + 1])] { w.u32(UInt32(bitPattern: m)) }
        }
    }

    /// Read back in bulk; refused unless it has `count` groups whose members are all below `limit`.
    init(from r: inout BinaryReader, count: Int, limit: Int) throws(BinaryReader.Corrupt) {
        guard Int(try r.u32()) == count else { throw BinaryReader.Corrupt() }
        start = try r.int32s(count + 1)
        members = try r.int32s(Int(try r.u32()))
        guard start[0] == 0, start[count] == Int32(members.count) else { throw BinaryReader.Corrupt() }
        for g in 0..<count where start[g] > start[g + 1] { throw BinaryReader.Corrupt() }
        guard members.allSatisfy({ $0 >= 0 && $0 < limit }) else { throw BinaryReader.Corrupt() }
    }
}

/// Ids numbered in the order first met, so that half a million links to 30,000 residents are
/// four-byte numbers rather than strings.
///
/// The numbers are found by an open-addressing table over the ids' UTF-8 bytes rather than a
/// `[String: Int32]`: the due list looks up every resident at each start, and a lookup here takes
/// the bytes a snapshot holds without making a string (measured in DECISIONS.md).
struct Names: Sendable {
    private(set) var ids: [String] = []
    /// Each slot a number plus one (0 is empty); never more than half full.
    private var slots: [Int32] = []

    init() {}

    /// How many ids from the first are in increasing byte order (as a snapshot writes residents).
    private(set) var sortedPrefix = 0

    init(_ ids: [String]) {
        self.ids = ids
        grow(to: ids.count)
        sortedPrefix = ids.isEmpty ? 0 : 1
        while sortedPrefix < ids.count, ids[sortedPrefix - 1].utf8.lexicographicallyPrecedes(ids[sortedPrefix].utf8) { sortedPrefix += 1 }
    }

    /// Finds the numbers of ids asked for in increasing byte order: those in the sorted prefix by
    /// stepping forward through it, reading memory in order; any other (an id not there, or asked
    /// out of order) by the table.
    struct Cursor {
        private var next = 0

        mutating func number(ofUTF8 key: UnsafeRawBufferPointer, in names: Names) -> Int32? {
            while next < names.sortedPrefix, Names.compare(names.ids[next], key) < 0 { next += 1 }
            if next < names.sortedPrefix, Names.compare(names.ids[next], key) == 0 { return Int32(next) }
            return names.number(ofUTF8: key)
        }
    }

    func number(of id: String) -> Int32? {
        var id = id
        return id.withUTF8 { number(ofUTF8: UnsafeRawBufferPointer($0)) }
    }

    /// The number of the id with these UTF-8 bytes.
    func number(ofUTF8 key: UnsafeRawBufferPointer) -> Int32? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] != 0 {
            let n = slots[slot] - 1
            if Self.equal(ids[Int(n)], key) { return n }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The id's number, given one if it has none.
    mutating func numbering(_ id: String) -> Int32 {
        if let n = number(of: id) { return n }
        let n = Int32(ids.count)
        ids.append(id)
        if ids.count * 2 > slots.count { grow(to: ids.count) } else { place(n) }
        return n
    }

    subscript(number: Int32) -> String { ids[Int(number)] }

    /// A table for `count` ids and room to add as many again, holding every id.
    private mutating func grow(to count: Int) {
        var size = 16
        while size < count * 4 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        for n in ids.indices { place(Int32(n)) }
    }

    private mutating func place(_ n: Int32) {
        var id = ids[Int(n)]
        let mask = slots.count - 1
        var slot = id.withUTF8 { Self.hash(UnsafeRawBufferPointer($0)) } & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = n + 1
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    private static func equal(_ id: String, _ key: UnsafeRawBufferPointer) -> Bool {
        var id = id
        return id.withUTF8 { $0.count == key.count && UnsafeRawBufferPointer($0).elementsEqual(key) }
    }

    /// The id's bytes against the key's: negative, zero or positive, in byte order.
    static func compare(_ id: String, _ key: UnsafeRawBufferPointer) -> Int {
        var id = id
        return id.withUTF8 { bytes in
            for i in 0..<min(bytes.count, key.count) where bytes[i] != key[i] { return Int(bytes[i]) - Int(key[i]) }
            return bytes.count - key.count
        }
    }
}

/// Record ids in the order of their UTF-8 bytes, as the snapshot's tables keep them for a binary
/// search. Compared on the bytes directly: the generic `utf8.lexicographicallyPrecedes` made
/// sorting half a million ids a tenth of writing the snapshot.
public enum IDOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        var b = b
        return b.withUTF8 { compare(a, UnsafeRawBufferPointer($0)) } < 0
    }

    /// Negative, zero or positive as `a` comes before, with or after the id whose bytes are `b`.
    public static func compare(_ a: String, _ b: UnsafeRawBufferPointer) -> Int {
        var a = a
        return a.withUTF8 { x in
            let n = min(x.count, b.count)
            for i in 0..<n where x[i] != b[i] { return Int(x[i]) - Int(b[i]) }
            return x.count - b.count
        }
    }
}

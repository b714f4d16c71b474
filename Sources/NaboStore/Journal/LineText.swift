/// Whether a journal line's bytes are text a worker's screen may show: valid UTF-8 (no overlong
/// forms, no surrogates) without DEL or C1 control characters. Raw C0 bytes are refused by the
/// JSON parser, escaped ones by its `refusesControlCharacters`. Runs for every line read, so
/// ASCII is passed eight bytes at a time.
enum LineText {
    static func isClean(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // A byte of 0x7F or above sets its high bit in one of the two words.
                if (w | (w &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let c = base[i]
            if c < 0x7F { i += 1; continue }
            guard let length = sequenceLength(base, at: i, count: n) else { return false }
            i += length
        }
        return true
    }

    /// The length of the well-formed, non-control UTF-8 sequence at `i`, or nil.
    private static func sequenceLength(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int? {
        let c = p[i]
        func continuation(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0xC2...0xDF:
            guard continuation(1) else { return nil }
            // U+0080–U+009F: C1 controls.
            return c == 0xC2 && p[i + 1] < 0xA0 ? nil : 2
        case 0xE0...0xEF:
            guard continuation(1), continuation(2) else { return nil }
            if c == 0xE0, p[i + 1] < 0xA0 { return nil }  // overlong
            if c == 0xED, p[i + 1] >= 0xA0 { return nil }  // surrogates
            return 3
        case 0xF0...0xF4:
            guard continuation(1), continuation(2), continuation(3) else { return nil }
            if c == 0xF0, p[i + 1] < 0x90 { return nil }  // overlong
            if c == 0xF4, p[i + 1] >= 0x90 { return nil }  // above U+10FFFF
            return 4
        default:
            // DEL, a lone continuation byte, C0/C1 lead bytes of overlong forms, F5–FF.
            return nil
        }
    }
}

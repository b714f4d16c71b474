/// UTF-8 as a screen may show it: a well-formed sequence (no overlong forms, no surrogates, nothing
/// above U+10FFFF) that is not DEL or a C1 control character. The parser checks every byte of 0x7F
/// and above in an untrusted line's strings with this.
public enum UTF8Sequence {
    /// The length of the well-formed, non-control UTF-8 sequence at `i`, or nil.
    @inlinable public static func length(_ p: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int? {
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

/// A JSON parser over UTF-8 bytes, built for journal lines: no Foundation, no intermediate objects,
/// strings made straight from the bytes. Journals are read at start-up, so this is on the hot path.
public struct JSONParser: ~Copyable {
    public struct Failure: Error, Equatable {
        public var offset: Int
        /// Well-formed JSON, but not text a person's screen may show (see `untrusted`).
        public var badText: Bool
        @inlinable public init(offset: Int, badText: Bool = false) {
            self.offset = offset
            self.badText = badText
        }
    }

    @usableFromInline let base: UnsafePointer<UInt8>
    @usableFromInline let end: Int
    @usableFromInline var pos: Int
    /// How many arrays and objects are open: input from another laptop may nest without end, and
    /// both parsing and freeing a value recurse, so depth is bounded rather than trusted.
    var depth = 0
    /// Deeper than anything Nabo writes (survey answers nest three levels) by a wide margin.
    public static let maxDepth = 64
    /// Input from another laptop: its strings and keys must be valid UTF-8 (no overlong forms, no
    /// surrogates) and hold no control characters but tab and newline, raw or escaped, since they
    /// would reach a worker's terminal (`ControlCharacters`). Checked while the strings are scanned,
    /// so trusted and untrusted lines cost the same for ASCII.
    public var untrusted = false

    public init(_ buffer: UnsafeBufferPointer<UInt8>) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        end = buffer.count
        pos = 0
    }

    public var offset: Int { pos }
    public var atEnd: Bool { pos >= end }

    @inlinable mutating func skipSpace() {
        while pos < end {
            let b = base[pos]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { pos += 1 } else { return }
        }
    }

    @inlinable public mutating func expect(_ byte: UInt8) throws(Failure) {
        skipSpace()
        guard pos < end, base[pos] == byte else { throw Failure(offset: pos) }
        pos += 1
    }

    /// Consumes `byte` if it comes next (after white space).
    @inlinable public mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        if pos < end, base[pos] == byte {
            pos += 1
            return true
        }
        return false
    }

    public mutating func value() throws(Failure) -> JSONValue {
        skipSpace()
        guard pos < end else { throw Failure(offset: pos) }
        switch base[pos] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"):
            try enter()
            defer { depth -= 1 }
            var o: [String: JSONValue] = [:]
            if consume(UInt8(ascii: "}")) { return .object(o) }
            repeat {
                let k = try string()
                try expect(UInt8(ascii: ":"))
                o[k] = try value()
            } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"))
            return .object(o)
        case UInt8(ascii: "["):
            try enter()
            defer { depth -= 1 }
            var a: [JSONValue] = []
            if consume(UInt8(ascii: "]")) { return .array(a) }
            repeat { a.append(try value()) } while consume(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"))
            return .array(a)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return try number()
        }
    }

    private mutating func enter() throws(Failure) {
        guard depth < Self.maxDepth else { throw Failure(offset: pos) }
        depth += 1
        pos += 1
    }

    mutating func literal(_ word: StaticString) throws(Failure) {
        let n = word.utf8CodeUnitCount
        guard pos + n <= end else { throw Failure(offset: pos) }
        let w = word.utf8Start
        for i in 0..<n where base[pos + i] != w[i] { throw Failure(offset: pos) }
        pos += n
    }

    public mutating func number() throws(Failure) -> JSONValue {
        skipSpace()
        let start = pos
        var negative = false
        if pos < end, base[pos] == UInt8(ascii: "-") { negative = true; pos += 1 }
        // Accumulated as a negative number, so Int.min, which a writer can produce, reads back.
        var i = 0
        var digits = 0
        while pos < end, base[pos] >= 48, base[pos] <= 57 {
            let (m, o1) = i.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int(base[pos] - 48))
            if o1 || o2 { return try double(from: start) }
            i = s
            pos += 1
            digits += 1
        }
        guard digits > 0 else { throw Failure(offset: start) }
        if pos < end, base[pos] == UInt8(ascii: ".") || base[pos] == UInt8(ascii: "e") || base[pos] == UInt8(ascii: "E") {
            return try double(from: start)
        }
        if negative { return .int(i) }
        guard i != Int.min else { return try double(from: start) }
        return .int(-i)
    }

    /// Reads an unsigned integer that must come next; the journal's clock and sequence numbers.
    /// The whole UInt64 range reads, so any clock a writer can produce reads back; more is refused.
    @inlinable public mutating func unsigned() throws(Failure) -> UInt64 {
        skipSpace()
        var v: UInt64 = 0
        let start = pos
        while pos < end, base[pos] >= 48, base[pos] <= 57 {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(base[pos] - 48))
            guard !o1, !o2 else { throw Failure(offset: start) }
            v = s
            pos += 1
        }
        guard pos > start else { throw Failure(offset: start) }
        return v
    }

    mutating func double(from start: Int) throws(Failure) -> JSONValue {
        pos = start
        while pos < end, let b = Optional(base[pos]),
              (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            pos += 1
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self)
        // 1e999 reads as infinity, which JSON cannot write back: refused, so what is read can be written.
        guard let d = Double(text), d.isFinite else { throw Failure(offset: start) }
        return .double(d)
    }

    /// Reads a string that must come next. Strings without escapes, nearly all of them, are made
    /// from the bytes in one step.
    public mutating func string() throws(Failure) -> String {
        skipSpace()
        guard pos < end, base[pos] == UInt8(ascii: "\"") else { throw Failure(offset: pos) }
        pos += 1
        let start = pos
        // One loop, inlined twice with `checking` fixed, so the trusted one stays as tight as it was
        // (a shared run-time check cost the cold load 4 % more instructions): this runs for every string.
        return untrusted ? try scanString(from: start, checking: true) : try scanString(from: start, checking: false)
    }

    /// The rest of a string; with `checking`, every byte of 0x7F and above is checked (`untrusted`).
    @inline(__always)
    mutating func scanString(from start: Int, checking: Bool) throws(Failure) -> String {
        while pos < end {
            let b = base[pos]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(start: base + start, count: pos - start), as: UTF8.self)
                pos += 1
                return s
            }
            if b == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if b < 0x20 { throw Failure(offset: pos) }
            if checking, b >= 0x7F {
                // æ, ø, å and the rest of Latin-1 above C1: two bytes, checked here without a call.
                if b >= 0xC3, b <= 0xDF, pos + 1 < end, base[pos + 1] & 0xC0 == 0x80 { pos += 2; continue }
                pos += try checkedSequence()
                continue
            }
            pos += 1
        }
        throw Failure(offset: pos)
    }

    /// The length of the UTF-8 sequence at `pos`, or a failure if it is malformed or a control character.
    @inline(__always) @usableFromInline mutating func checkedSequence() throws(Failure) -> Int {
        guard let n = UTF8Sequence.length(base, at: pos, count: end) else { throw Failure(offset: pos, badText: true) }
        return n
    }

    /// Compares the string that comes next with `key` without making a String; used for object keys.
    @inlinable public mutating func key() throws(Failure) -> UnsafeBufferPointer<UInt8> {
        skipSpace()
        guard pos < end, base[pos] == UInt8(ascii: "\"") else { throw Failure(offset: pos) }
        pos += 1
        let start = pos
        while pos < end, base[pos] != UInt8(ascii: "\"") {
            if base[pos] == UInt8(ascii: "\\") || base[pos] < 0x20 { throw Failure(offset: pos) }
            if base[pos] >= 0x7F, untrusted { pos += try checkedSequence(); continue }
            pos += 1
        }
        guard pos < end else { throw Failure(offset: pos) }
        let k = UnsafeBufferPointer(start: base + start, count: pos - start)
        pos += 1
        return k
    }

    mutating func escapedString(from start: Int) throws(Failure) -> String {
        var out: [UInt8] = Array(UnsafeBufferPointer(start: base + start, count: pos - start))
        while pos < end {
            let b = base[pos]
            pos += 1
            switch b {
            case UInt8(ascii: "\""):
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard pos < end else { throw Failure(offset: pos) }
                let e = base[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                    guard !untrusted else { throw Failure(offset: pos - 1, badText: true) }
                    out.append(e == UInt8(ascii: "r") ? 0x0D : e == UInt8(ascii: "b") ? 0x08 : 0x0C)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if scalar >= 0xD800, scalar < 0xDC00 {
                        guard pos + 1 < end, base[pos] == UInt8(ascii: "\\"), base[pos + 1] == UInt8(ascii: "u") else { throw Failure(offset: pos) }
                        pos += 2
                        let low = try hex4()
                        guard low >= 0xDC00, low < 0xE000 else { throw Failure(offset: pos) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw Failure(offset: pos) }
                    if untrusted, ControlCharacters.isControl(u), !ControlCharacters.isLineBreak(u) { throw Failure(offset: pos, badText: true) }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw Failure(offset: pos)
                }
            default:
                if b < 0x20 { throw Failure(offset: pos - 1) }
                if b >= 0x7F, untrusted {
                    pos -= 1
                    let n = try checkedSequence()
                    out.append(contentsOf: UnsafeBufferPointer(start: base + pos, count: n))
                    pos += n
                    continue
                }
                out.append(b)
            }
        }
        throw Failure(offset: pos)
    }

    mutating func hex4() throws(Failure) -> UInt32 {
        guard pos + 4 <= end else { throw Failure(offset: pos) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = base[pos]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 97...102: d = UInt32(b - 87)
            case 65...70: d = UInt32(b - 55)
            default: throw Failure(offset: pos)
            }
            v = v << 4 | d
            pos += 1
        }
        return v
    }

    /// Skips the value that comes next, whatever it is.
    public mutating func skipValue() throws(Failure) {
        _ = try value()
    }
}

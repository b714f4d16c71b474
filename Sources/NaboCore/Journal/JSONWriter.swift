/// Writes JSON text by hand: keys in a stable order, UTF-8 as is (æøå stay readable in journals and
/// in `--json` output), and no control character raw: JSON requires escaping only C0, but DEL and
/// C1 are escaped too, so that JSON printed to a terminal cannot drive it.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(reservingCapacity capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the text written so far, keeping its room: a stream writes out and goes on.
    public mutating func clear() { bytes.removeAll(keepingCapacity: true) }

    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func byte(_ b: UInt8) { bytes.append(b) }

    public mutating func string(_ s: String) {
        let copied: Void? = s.utf8.withContiguousStorageIfAvailable { string(utf8: UnsafeRawBufferPointer($0)) }
        guard copied == nil else { return }
        bytes.append(UInt8(ascii: "\""))
        escaped(s.utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string given as its UTF-8 bytes (as the snapshot holds an id).
    public mutating func string(utf8 text: UnsafeRawBufferPointer) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: it is looked over first and then copied whole, rather than
        // appended a byte at a time (an export writes some five million strings).
        if text.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != 0x7F && $0 != 0xC2 }) {
            bytes.append(contentsOf: text)
        } else {
            escaped(text)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// JSON text already written (a value's text as the snapshot keeps it), copied as it is.
    public mutating func json(_ text: UnsafeRawBufferPointer) { bytes.append(contentsOf: text) }

    /// Takes back what was written after `count` bytes.
    public mutating func truncate(to count: Int) { bytes.removeSubrange(count...) }

    private mutating func escaped(_ utf8: some Sequence<UInt8>) {
        // C1 is U+0080–U+009F, in UTF-8 the lead byte 0xC2 and a second byte below 0xA0 that
        // equals the scalar; 0xC2 is held back until that byte is seen.
        var afterC2 = false
        for b in utf8 {
            if afterC2 {
                afterC2 = false
                if b < 0xA0 {
                    unicodeEscape(b)
                    continue
                }
                bytes.append(0xC2)
            }
            switch b {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(b)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20, 0x7F: unicodeEscape(b)
            case 0xC2: afterC2 = true
            default: bytes.append(b)
            }
        }
        // A text that ends in 0xC2 (not valid UTF-8, so not from a String) keeps it.
        if afterC2 { bytes.append(0xC2) }
    }

    /// `\u00XX` for a scalar below U+0100.
    private mutating func unicodeEscape(_ scalar: UInt8) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(scalar >> 4)], hex[Int(scalar & 15)]])
    }

    public mutating func int<I: BinaryInteger>(_ i: I) {
        bytes.append(contentsOf: String(i).utf8)
    }

    public mutating func value(_ v: JSONValue, pretty indent: Int? = nil) {
        switch v {
        case .null: raw("null")
        case .bool(let b): b ? raw("true") : raw("false")
        case .int(let i): int(i)
        case .double(let d):
            if d.isFinite { bytes.append(contentsOf: "\(d)".utf8) } else { raw("null") }
        case .string(let s): string(s)
        case .array(let a):
            byte(UInt8(ascii: "["))
            for (i, e) in a.enumerated() {
                if i > 0 { byte(UInt8(ascii: ",")) }
                newline(indent.map { $0 + 1 })
                value(e, pretty: indent.map { $0 + 1 })
            }
            if !a.isEmpty { newline(indent) }
            byte(UInt8(ascii: "]"))
        case .object(let o):
            object(o.sorted { $0.key < $1.key }, pretty: indent)
        }
    }

    /// Objects keep the caller's key order, so records print with `id` first and fields as declared.
    public mutating func object(_ pairs: [(String, JSONValue)], pretty indent: Int? = nil) {
        byte(UInt8(ascii: "{"))
        for (i, (k, v)) in pairs.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            newline(indent.map { $0 + 1 })
            string(k)
            byte(UInt8(ascii: ":"))
            if indent != nil { byte(UInt8(ascii: " ")) }
            value(v, pretty: indent.map { $0 + 1 })
        }
        if !pairs.isEmpty { newline(indent) }
        byte(UInt8(ascii: "}"))
    }

    private mutating func newline(_ indent: Int?) {
        guard let indent else { return }
        byte(0x0A)
        for _ in 0..<indent { raw("  ") }
    }
}

extension JSONValue {
    /// Compact JSON text of this value.
    public var jsonText: String {
        var w = JSONWriter()
        w.value(self)
        return w.text
    }
}

/// Little-endian binary encoding for the start-up snapshot: fixed-width numbers, length-prefixed text.
public struct BinaryWriter {
    public var bytes: [UInt8] = []
    /// Reused for each value's JSON text, so writing half a million records makes no string per value.
    private var json = JSONWriter()

    public init() {}

    public mutating func u8(_ v: UInt8) { bytes.append(v) }
    public mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    public mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }

    public mutating func string(_ s: String) {
        u32(UInt32(s.utf8.count))
        bytes.append(contentsOf: s.utf8)
    }

    /// A value as its compact JSON text (`jsonText`), length-prefixed as `string` writes text.
    public mutating func jsonText(_ v: JSONValue) {
        json.clear()
        json.value(v)
        u32(UInt32(json.bytes.count))
        bytes += json.bytes
    }

    public mutating func version(_ v: Version) {
        u64(v.clock.raw)
        u16(v.device)
        u32(v.seq)
        u16(v.wallLag)
    }

    public mutating func ref(_ r: OpRef) {
        u16(r.device)
        u32(r.seq)
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, and the caller falls back to the journals.
public struct BinaryReader {
    public struct Corrupt: Error {
        public init() {}
    }

    public let base: UnsafeRawBufferPointer
    public var pos = 0

    public init(_ base: UnsafeRawBufferPointer, at pos: Int = 0) {
        self.base = base
        self.pos = pos
    }

    public mutating func need(_ n: Int) throws(Corrupt) {
        guard n >= 0, pos + n <= base.count else { throw Corrupt() }
    }

    public mutating func u8() throws(Corrupt) -> UInt8 {
        try need(1)
        defer { pos += 1 }
        return base[pos]
    }

    public mutating func u16() throws(Corrupt) -> UInt16 {
        try need(2)
        defer { pos += 2 }
        return UInt16(littleEndian: base.loadUnaligned(fromByteOffset: pos, as: UInt16.self))
    }

    public mutating func u32() throws(Corrupt) -> UInt32 {
        try need(4)
        defer { pos += 4 }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
    }

    public mutating func u64() throws(Corrupt) -> UInt64 {
        try need(8)
        defer { pos += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: pos, as: UInt64.self))
    }

    public mutating func string() throws(Corrupt) -> String {
        let n = Int(try u32())
        try need(n)
        defer { pos += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[pos..<(pos + n)]), as: UTF8.self)
    }

    /// `n` little-endian 32-bit numbers, copied in bulk.
    public mutating func int32s(_ n: Int) throws(Corrupt) -> [Int32] {
        guard n >= 0, n <= Int.max / 4 else { throw Corrupt() }
        let raw = try bytes(n * 4)
        var out = [Int32](unsafeUninitializedCapacity: n) { buffer, initialised in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            initialised = n
        }
        if 1.littleEndian != 1 { out = out.map { Int32(littleEndian: $0) } }
        return out
    }

    public mutating func bytes(_ n: Int) throws(Corrupt) -> UnsafeRawBufferPointer {
        try need(n)
        defer { pos += n }
        return UnsafeRawBufferPointer(rebasing: base[pos..<(pos + n)])
    }

    public mutating func skip(_ n: Int) throws(Corrupt) {
        try need(n)
        pos += n
    }

    public mutating func version() throws(Corrupt) -> Version {
        let clock = HLC(raw: try u64())
        let device = try u16()
        var v = Version(clock: clock, device: device, seq: try u32())
        v.wallLag = try u16()
        return v
    }

    public mutating func ref() throws(Corrupt) -> OpRef {
        let device = try u16()
        return OpRef(device: device, seq: try u32())
    }
}

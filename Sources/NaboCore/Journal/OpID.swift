/// An operation's identity: the device that wrote it and its place in that device's journal.
/// Only one device ever appends to a journal, so (device, seq) is unique unless a file is damaged.
public struct OpID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var device: String
    public var seq: UInt32

    public init(device: String, seq: UInt32) {
        self.device = device
        self.seq = seq
    }

    /// Parses `DEVICE:SEQ`.
    public init?(_ text: String) {
        var t = text
        guard let id = t.withUTF8({ OpID(utf8: $0) }) else { return nil }
        self = id
    }

    /// The longest device id read: the twelve characters `nabo init` makes, with room to spare.
    public static let maxDeviceLength = 32

    /// Parses `DEVICE:SEQ` straight from a journal line's bytes: this runs for every line read.
    /// The grammar (DECISIONS.md): DEVICE is 1 to 32 of `0-9a-z`, SEQ is 1 to 4294967295 without
    /// leading zeros. Device ids become file names, so nothing else may pass.
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        var colon = 0
        while colon < b.count, b[colon] != UInt8(ascii: ":") {
            guard Self.isDeviceByte(b[colon]) else { return nil }
            colon += 1
        }
        guard colon > 0, colon <= Self.maxDeviceLength, colon < b.count - 1, b.count - colon - 1 <= 10,
              b[colon + 1] != UInt8(ascii: "0") else { return nil }
        var n: UInt64 = 0
        for i in (colon + 1)..<b.count {
            let d = b[i] &- 48
            guard d < 10 else { return nil }
            n = n * 10 + UInt64(d)
        }
        guard n <= UInt64(UInt32.max) else { return nil }
        self.init(device: String(decoding: UnsafeBufferPointer(rebasing: b[..<colon]), as: UTF8.self), seq: UInt32(n))
    }

    @inline(__always) static func isDeviceByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }

    /// Whether a text is a device id by the grammar above: the only text that may name a file.
    public static func isValidDevice(_ device: String) -> Bool {
        let u = device.utf8
        return !u.isEmpty && u.count <= maxDeviceLength && u.allSatisfy(isDeviceByte)
    }

    public var description: String { "\(device):\(seq)" }

    public static func < (a: OpID, b: OpID) -> Bool {
        a.device != b.device ? a.device < b.device : a.seq < b.seq
    }
}

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

    /// Parses `DEVICE:SEQ` straight from a journal line's bytes: this runs for every line read.
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        var colon = b.count - 1
        while colon >= 0, b[colon] != UInt8(ascii: ":") { colon -= 1 }
        guard colon > 0, colon < b.count - 1, b.count - colon - 1 <= 10 else { return nil }
        var n: UInt64 = 0
        for i in (colon + 1)..<b.count {
            let d = b[i] &- 48
            guard d < 10 else { return nil }
            n = n * 10 + UInt64(d)
        }
        guard n > 0, n <= UInt64(UInt32.max) else { return nil }
        self.init(device: String(decoding: UnsafeBufferPointer(rebasing: b[..<colon]), as: UTF8.self), seq: UInt32(n))
    }

    public var description: String { "\(device):\(seq)" }

    public static func < (a: OpID, b: OpID) -> Bool {
        a.device != b.device ? a.device < b.device : a.seq < b.seq
    }
}

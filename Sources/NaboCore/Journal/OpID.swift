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
    public init?(_ text: some StringProtocol) {
        guard let colon = text.lastIndex(of: ":"), let n = UInt32(text[text.index(after: colon)...]), n > 0 else { return nil }
        let device = String(text[..<colon])
        guard !device.isEmpty else { return nil }
        self.init(device: device, seq: n)
    }

    public var description: String { "\(device):\(seq)" }

    public static func < (a: OpID, b: OpID) -> Bool {
        a.device != b.device ? a.device < b.device : a.seq < b.seq
    }
}

import NaboCore

/// This machine's identity for each data folder it writes, kept outside the data folder
/// (`$XDG_STATE_HOME/nabo/devices.json`): a copied folder is a new device with a journal of its own.
/// It also remembers the last sequence number written, to notice a journal that went back in time.
public struct DeviceRegistry: Sendable {
    public struct Entry: Equatable, Sendable {
        public var device: String
        public var worker: String
        public var lastSeq: UInt32
        /// The key slot this laptop last unlocked with, tried first (each try costs a key derivation).
        public var slot: String?

        public init(device: String, worker: String, lastSeq: UInt32, slot: String? = nil) {
            self.device = device
            self.worker = worker
            self.lastSeq = lastSeq
            self.slot = slot
        }
    }

    let path: String
    var entries: [String: Entry]

    public init(stateHome: String) {
        path = stateHome + "/devices.json"
        entries = [:]
        guard let bytes = try? Files.contents(path), let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)),
              let o = v.object else { return }
        for (folder, e) in o {
            guard let e = e.object, let d = e["device"]?.string else { continue }
            entries[folder] = Entry(device: d, worker: e["worker"]?.string ?? "", lastSeq: UInt32(clamping: e["lastSeq"]?.int ?? 0),
                                    slot: e["slot"]?.string)
        }
    }

    public func entry(for folder: String) -> Entry? { entries[folder] }

    mutating func set(_ entry: Entry, for folder: String) throws(Files.Failure) {
        entries[folder] = entry
        let dir = String(path[..<path.lastIndex(of: "/")!])
        try Files.makeDirectory(dir)
        var w = JSONWriter()
        let pairs: [(String, JSONValue)] = entries.sorted { $0.key < $1.key }.map {
            var o: [String: JSONValue] = ["device": .string($0.value.device), "worker": .string($0.value.worker), "lastSeq": .int(Int($0.value.lastSeq))]
            if let slot = $0.value.slot { o["slot"] = .string(slot) }
            return ($0.key, .object(o))
        }
        w.object(pairs, pretty: 0)
        w.byte(0x0A)
        try Files.replaceAtomically(path, w.bytes)
    }

    /// Twelve random base-32 characters: short enough to stay inline in Swift strings.
    static func newDeviceID() -> String {
        let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
        var g = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet[Int(g.next() % 32)] })
    }
}

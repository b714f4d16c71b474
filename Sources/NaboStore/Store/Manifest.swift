import NaboCore

/// `store.json`: which store a folder holds. It is the same on every device, so syncing two
/// different stores can be refused.
public struct Manifest: Equatable, Sendable {
    public var format: Int
    public var store: String
    public var created: String
    /// Whether journal lines are sealed (`LineSeal`); readable before unlocking, like the store id.
    public var encrypted: Bool

    public init(format: Int = 1, store: String, created: String, encrypted: Bool = false) {
        self.format = format
        self.store = store
        self.created = created
        self.encrypted = encrypted
    }

    var bytes: [UInt8] {
        var w = JSONWriter()
        var pairs: [(String, JSONValue)] = [("format", .int(format)), ("store", .string(store)), ("created", .string(created))]
        if encrypted { pairs.append(("encrypted", .bool(true))) }
        w.object(pairs, pretty: 0)
        w.byte(0x0A)
        return w.bytes
    }

    static func read(_ path: String) throws(Files.Failure) -> Manifest {
        let bytes = try Files.contents(path, atMost: 64 << 10)
        guard let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)), let store = v.object?["store"]?.string else {
            throw Files.Failure(message: Message(nb: "\(path) er skadet: finner ikke hvilket datasett mappen hører til.",
                                                 en: "\(path) is damaged: cannot tell which store the folder belongs to."))
        }
        return Manifest(format: v.object?["format"]?.int ?? 1, store: store, created: v.object?["created"]?.string ?? "",
                        encrypted: v.object?["encrypted"]?.bool == true)
    }
}

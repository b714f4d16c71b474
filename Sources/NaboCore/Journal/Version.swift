/// Where a value came from: the clock reading and the operation that wrote it. Devices are interned
/// as small numbers by the replica that holds them, to keep millions of registers compact.
public struct Version: Hashable, Sendable {
    public var clock: HLC
    public var device: UInt16
    /// How many days the writer's wall clock (`Op.wallMillis`) was behind the ordering clock: not
    /// part of the order, only shown. Declared beside `device`, in the two bytes a Version has spare
    /// (16 in all), since millions are held.
    public var wallLag: UInt16
    public var seq: UInt32

    public init(clock: HLC, device: UInt16, seq: UInt32, wall: Int64? = nil) {
        self.clock = clock
        self.device = device
        self.seq = seq
        let lag = wall.map { (clock.millis - $0) / 86_400_000 } ?? 0
        wallLag = UInt16(clamping: max(0, lag))
    }

    /// The writer's wall time, to the day: what "done in the last 30 days" counts by.
    public var wall: Int64 { clock.millis - Int64(wallLag) * 86_400_000 }

    public var ref: OpRef { OpRef(device: device, seq: seq) }
}

/// An operation id with its device interned by a replica.
public struct OpRef: Hashable, Sendable {
    public var device: UInt16
    public var seq: UInt32
}

/// Device ids interned to small numbers. Ordering between devices (the tie-break of equal clocks)
/// is by the device id text, so every replica picks the same winner.
public struct DeviceTable: Sendable {
    public private(set) var names: [String] = []
    private var index: [String: UInt16] = [:]

    public init() {}

    /// Journals come a device at a time, so the last name looked up is nearly always the next one.
    private var last: (name: String, index: UInt16)?

    public mutating func intern(_ name: String) -> UInt16 {
        if let last, last.name == name { return last.index }
        if let i = index[name] {
            last = (name, i)
            return i
        }
        let i = UInt16(truncatingIfNeeded: names.count)
        names.append(name)
        index[name] = i
        last = (name, i)
        return i
    }

    public func lookup(_ name: String) -> UInt16? { index[name] }

    public func name(_ i: UInt16) -> String { names[Int(i)] }

    public func isNewer(_ a: Version, than b: Version) -> Bool {
        if a.clock != b.clock { return a.clock > b.clock }
        if a.device != b.device { return names[Int(a.device)] > names[Int(b.device)] }
        return a.seq > b.seq
    }

    public func opID(_ r: OpRef) -> OpID { OpID(device: name(r.device), seq: r.seq) }
}

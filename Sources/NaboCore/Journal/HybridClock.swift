/// A hybrid logical clock reading: wall milliseconds in the high 48 bits, a counter in the low 16.
/// It never runs backwards and always passes every reading it has seen, so an operation made after
/// seeing another always sorts after it, even when laptops' clocks disagree.
public struct HLC: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var raw: UInt64

    public init(raw: UInt64) { self.raw = raw }

    public init(millis: Int64, counter: UInt16) {
        raw = UInt64(max(0, millis)) << 16 | UInt64(counter)
    }

    public var millis: Int64 { Int64(raw >> 16) }
    public var counter: UInt16 { UInt16(raw & 0xFFFF) }

    public static func < (a: HLC, b: HLC) -> Bool { a.raw < b.raw }

    /// The next reading after `self` given the wall clock now.
    public func tick(now millis: Int64) -> HLC {
        let candidate = HLC(millis: millis, counter: 0)
        if candidate > self { return candidate }
        return HLC(raw: raw + 1)
    }

    public var description: String { "\(millis).\(counter)" }
}

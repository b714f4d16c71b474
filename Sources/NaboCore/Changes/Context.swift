/// Everything a change needs from the world, passed in so that the rules stay pure and every test
/// is deterministic: who, on which device, when, and where the next journal line goes.
public struct Context: Sendable {
    public var device: String
    public var author: String
    /// Wall clock, milliseconds since 1970 UTC.
    public var now: Int64
    public var nextSeq: UInt32
    /// Minutes east of UTC for a local date and time (Norway: +60 in winter, +120 in summer).
    public var utcOffset: @Sendable (CalendarDate, Int) -> Int

    public init(device: String, author: String, now: Int64, nextSeq: UInt32, utcOffset: @escaping @Sendable (CalendarDate, Int) -> Int) {
        self.device = device
        self.author = author
        self.now = now
        self.nextSeq = nextSeq
        self.utcOffset = utcOffset
    }

    /// Today where the worker is.
    public var today: CalendarDate {
        let utcDay = Int((now / 1000).floorDiv(86400))
        let utcMinutes = Int(((now / 1000) - Int64(utcDay) * 86400) / 60)
        let offset = utcOffset(CalendarDate(dayNumber: utcDay), utcMinutes)
        let local = utcMinutes + offset
        return CalendarDate(dayNumber: utcDay + (local >= 1440 ? 1 : local < 0 ? -1 : 0))
    }

    /// The local time now, as minutes after midnight.
    public var minutesNow: Int {
        let secs = now / 1000
        let utcDay = secs.floorDiv(86400)
        let utcMinutes = Int((secs - utcDay * 86400) / 60)
        let offset = utcOffset(CalendarDate(dayNumber: Int(utcDay)), utcMinutes)
        return ((utcMinutes + offset) % 1440 + 1440) % 1440
    }

    /// A record's id follows from the operation that creates it: a tag for the type, the device's
    /// first six characters and the sequence number. Unique without a random generator.
    public static func recordID(_ type: EntityType, device: String, seq: UInt32) -> String {
        let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
        var n = seq
        var digits: [Character] = []
        repeat {
            digits.append(alphabet[Int(n % 32)])
            n /= 32
        } while n > 0
        return type.idPrefix + "-" + String(device.prefix(6)) + String(digits.reversed())
    }
}

extension Int64 {
    func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}

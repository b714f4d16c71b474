import NaboCore

/// A frozen world for deterministic tests: Norway in winter (UTC+1), 22 November 2026 at 12:00.
public enum Fixed {
    public static let now: Int64 = 1_795_345_200_000
    /// The frozen day as `NABO_TODAY` takes it, for the built `nabo`.
    public static let todayText = "2026-11-22"
    public static let offset: @Sendable (CalendarDate, Int) -> Int = { _, _ in 60 }

    public static func context(device: String = "devaaaaaaaaa", author: String = "Kari Test", seq: UInt32 = 1, now: Int64 = Fixed.now) -> Context {
        Context(device: device, author: author, now: now, nextSeq: seq, utcOffset: offset)
    }
}

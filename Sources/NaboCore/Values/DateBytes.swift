/// Dates and times read straight from the bytes of stored ISO 8601 text, because the directory
/// reads one or more for every resident and the visit index one or more for every visit.
public enum DateBytes {
    /// The date at the start of "2026-11-22" or "2026-11-22T14:30+01:00".
    public static func date(_ text: String?) -> CalendarDate? {
        guard let text else { return nil }
        return date(utf8: text.utf8)
    }

    /// The same, from text's UTF-8 bytes (as the snapshot holds them); inlinable, so a caller's
    /// bytes are read without a generic call for each.
    @inlinable public static func date(utf8 text: some Sequence<UInt8>) -> CalendarDate? {
        var utf8 = text.makeIterator()
        guard let year = number(&utf8, digits: 4), utf8.next() == UInt8(ascii: "-"),
              let month = number(&utf8, digits: 2), utf8.next() == UInt8(ascii: "-"),
              let day = number(&utf8, digits: 2) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// Minutes after midnight of a date written with a time ("…T14:30"); nil without one.
    public static func minutes(_ text: String) -> Int? { minutes(utf8: text.utf8) }

    @inlinable public static func minutes(utf8 text: some Sequence<UInt8>) -> Int? {
        var utf8 = text.dropFirst(10).makeIterator()
        guard utf8.next() == UInt8(ascii: "T"), let hours = number(&utf8, digits: 2), utf8.next() == UInt8(ascii: ":"),
              let minutes = number(&utf8, digits: 2) else { return nil }
        return hours * 60 + minutes
    }

    @inlinable static func number(_ bytes: inout some IteratorProtocol<UInt8>, digits: Int) -> Int? {
        var value = 0
        for _ in 0..<digits {
            guard let byte = bytes.next(), byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

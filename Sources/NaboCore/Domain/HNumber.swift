/// A unit number as Norwegian housing registers write it: `H0101` is main floor (H), floor 01, unit 01.
/// U is below ground, K basement, L loft.
public struct HNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(Message) {
        let upper = text.trimmingWhitespace().uppercased()
        let chars = Array(upper.utf8)
        guard chars.count == 5, [UInt8(ascii: "H"), UInt8(ascii: "U"), UInt8(ascii: "K"), UInt8(ascii: "L")].contains(chars[0]),
              chars[1...].allSatisfy({ $0 >= 48 && $0 <= 57 })
        else {
            throw Message(
                nb: "«\(text)» er ikke et gyldig H-nummer. Skriv for eksempel H0101: H, U, K eller L, to sifre for etasje og to for bolig.",
                en: "“\(text)” is not a valid H-number. Write for example H0101: H, U, K or L, two digits for the floor and two for the unit.")
        }
        let floor = (Int(chars[1]) - 48) * 10 + Int(chars[2]) - 48
        let unit = (Int(chars[3]) - 48) * 10 + Int(chars[4]) - 48
        guard floor >= 1, unit >= 1 else {
            throw Message(
                nb: "«\(text)» er ikke et gyldig H-nummer: etasje og bolig begynner på 01.",
                en: "“\(text)” is not a valid H-number: floor and unit start at 01.")
        }
        value = upper
    }

    public var description: String { value }

    public static func < (a: HNumber, b: HNumber) -> Bool { a.value < b.value }
}

extension String {
    public func trimmingWhitespace() -> Substring {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}

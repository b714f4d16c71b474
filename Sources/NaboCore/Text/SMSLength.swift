/// How many messages an SMS text takes. The GSM 7-bit alphabet (which has æøå) gives 160 characters,
/// 153 per part when split; one character outside it makes the whole text UCS-2, 70 and 67.
public struct SMSLength: Equatable, Sendable {
    public var units: Int
    public var segments: Int
    public var gsm: Bool

    static let basic = Set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà".unicodeScalars)
    /// These take an escape and the character: two units each.
    static let extended = Set("^{}\\[~]|€\u{0C}".unicodeScalars)

    public init(_ text: String) {
        let scalars = text.unicodeScalars
        gsm = scalars.allSatisfy { Self.basic.contains($0) || Self.extended.contains($0) }
        if gsm {
            units = scalars.reduce(0) { $0 + (Self.extended.contains($1) ? 2 : 1) }
            segments = units <= 160 ? 1 : (units + 152) / 153
        } else {
            units = text.utf16.count
            segments = units <= 70 ? 1 : (units + 66) / 67
        }
    }
}

import Foundation

/// Text reduced to what matters for finding and ordering names typed on a Norwegian keyboard, or
/// on one without the letters a name is written in.
///
/// Folding runs for every resident when the directory is built, so it works scalar by scalar
/// from a table made once with Foundation's folding, instead of calling Foundation per name.
public enum TextFolding {
    /// Lower case without accents, as UTF-8: "Nguyễn Thị" and "nguyen thi" meet, "Ødegård" and
    /// "odegard" too. The letters that do not decompose into a base letter and a mark (ø, æ, đ,
    /// ł, ß) are spelled the way people without them type them.
    public static func searchKey(_ text: some StringProtocol) -> [UInt8] {
        fold(text, norwegianOrder: false)
    }

    /// A key that sorts names as a Norwegian reader expects: accents ignored, case ignored, and
    /// æ, ø, å after z in that order (plain Unicode order would put å before æ).
    public static func sortKey(_ text: some StringProtocol) -> [UInt8] {
        fold(text, norwegianOrder: true)
    }

    /// A key's first eight bytes as a number that orders as they do (a shorter key padded with
    /// zeros); keys with the same prefix are compared whole.
    public static func prefix(_ key: [UInt8]) -> UInt64 {
        var n: UInt64 = 0
        for i in 0..<8 { n = n << 8 | UInt64(i < key.count ? key[i] : 0) }
        return n
    }

    private static func fold(_ text: some StringProtocol, norwegianOrder: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if norwegianOrder, let mark = afterZ[value] {
                bytes.append(mark)
            } else if let folded = latin[value] {
                bytes += folded
            } else if (0x300...0x36F).contains(value) {
                // A combining accent of text written decomposed.
                continue
            } else {
                bytes += String(scalar).lowercased().utf8
            }
        }
        return bytes
    }

    /// Æ, Ø and Å and their lower case as the three byte values after "z".
    private static let afterZ: [UInt32: UInt8] = [0xC6: 0x7B, 0xE6: 0x7B, 0xD8: 0x7C, 0xF8: 0x7C, 0xC5: 0x7D, 0xE5: 0x7D]

    /// The accented Latin letters (Latin-1 to Extended-B, and Extended Additional, which holds
    /// the Vietnamese ones) folded.
    private static let latin: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            table[UInt32(value)] = Array(folded.unicodeScalars.map { spelledOut[$0] ?? String($0) }.joined().utf8)
        }
        return table
    }()

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ß": "ss", "œ": "oe", "ı": "i",
    ]
}

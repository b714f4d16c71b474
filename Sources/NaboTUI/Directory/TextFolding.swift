import Foundation

/// Text reduced to what matters for finding and ordering names typed on a Norwegian keyboard, or
/// on one without the letters a name is written in.
public enum TextFolding {
    /// Lower case without accents, as UTF-8: "Nguyễn Thị" and "nguyen thi" meet, "Ødegård" and
    /// "odegard" too. The letters that do not decompose into a base letter and a mark (ø, æ, đ,
    /// ł, ß) are spelled the way people without them type them.
    public static func searchKey(_ text: some StringProtocol) -> [UInt8] {
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        for scalar in folded.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else if let spelled = spelledOut[scalar] {
                bytes += spelled.utf8
            } else {
                bytes += String(scalar).utf8
            }
        }
        return bytes
    }

    /// A key that sorts names as a Norwegian reader expects: accents ignored, case ignored, and
    /// æ, ø, å after z in that order (plain Unicode order would put å before æ).
    public static func sortKey(_ text: some StringProtocol) -> [UInt8] {
        var marked = ""
        for character in text.lowercased() {
            switch character {
            case "æ": marked += "{"
            case "ø": marked += "|"
            case "å": marked += "}"
            default: marked.append(character)
            }
        }
        return searchKey(marked)
    }

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ß": "ss", "œ": "oe", "ı": "i",
    ]
}

/// How many terminal columns text takes, computed from Unicode properties rather than assumed
/// from the character count: æøå take one, CJK ideographs and emoji take two, combining marks none.
///
/// The rules follow what glibc's `wcwidth` and current terminal emulators do in a UTF-8 locale,
/// so that the columns Nabo computes are the columns curses and the terminal draw. Compared with
/// glibc 2.36 over every scalar, the one deliberate difference is the regional indicators: two
/// columns here, because a pair of them is a flag. East Asian "ambiguous" characters (box
/// drawing, some symbols) count as one, as they do outside CJK locales.
public enum DisplayWidth {
    /// Columns of one grapheme: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // ASCII is almost all of what a screen holds.
        if first.value >= 0x20, first.value < 0x7F, scalars.count == 1 { return 1 }
        var width = 0
        var emojiBase = false
        for scalar in scalars {
            if scalar.value == 0xFE0F, emojiBase {
                // Variation selector 16 asks for the emoji (two-column) form of a text symbol.
                return 2
            }
            let scalarWidth = of(scalar)
            if scalarWidth > 0, width == 0 {
                emojiBase = scalar.properties.isEmoji
            }
            width = max(width, scalarWidth)
        }
        return width
    }

    /// Columns of a string: the sum over its graphemes.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// Columns of a single scalar, as `wcwidth` counts them, except that controls count as zero.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }
        if isZeroWidth(scalar) { return 0 }
        if WideRanges.contains(value) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static let visibleFormatCharacters: Set<UInt32> = [
        0x00AD, 0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD,
    ]

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            // Format characters that terminals nevertheless draw: the soft hyphen, and the
            // Arabic and Syriac signs written in front of numbers.
            return !visibleFormatCharacters.contains(scalar.value)
        default:
            // Hangul medial vowels and final consonants join the preceding initial consonant.
            return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
        }
    }
}

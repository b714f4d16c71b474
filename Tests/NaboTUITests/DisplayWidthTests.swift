import Foundation
import Testing
@testable import NaboTUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("æøå", 3), ("ÆØÅ", 3), ("Ørjan Ødegård", 13),
        ("Cabdullaahi Maxamed", 19),  // Somali, Latin script
        ("محمد", 4), ("مُحَمَّد", 4),  // Arabic, without and with vowel marks
        ("张伟", 4), ("한국", 4), ("ＡＢ", 4),
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇳🇴", 2), ("☺", 1), ("☺️", 2),
        ("\u{0301}", 0), ("\t", 0), ("", 0),
        ("\u{0600}", 1), ("\u{00AD}", 1),  // format characters that are drawn
        ("が", 2), ("\u{304B}\u{3099}", 2),  // kana with its voicing mark precomposed and combining
    ])
    func columns(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func vietnameseIsTheSameWidthPrecomposedAndDecomposed() {
        let precomposed = "Nguyễn Thị Minh Khai"
        let decomposed = precomposed.decomposedStringWithCanonicalMapping
        #expect(precomposed.unicodeScalars.count != decomposed.unicodeScalars.count)
        #expect(precomposed.displayWidth == 20)
        #expect(decomposed.displayWidth == 20)
        // e + circumflex + tilde typed as three code points is still one column.
        #expect(DisplayWidth.of(Character("e\u{0302}\u{0303}")) == 1)
    }

    @Test func decomposedHangulSyllableIsOneWideCharacter() {
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)
    }
}

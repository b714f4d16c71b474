import Testing
@testable import NaboCore

/// The one rule for control characters: which text is clean, and how the rest is shown.
@Suite struct ControlCharactersTests {
    @Test(arguments: ["\u{0}", "\u{7}", "\u{8}", "\u{B}", "\u{D}", "\u{1B}", "\u{1F}"])
    func c0IsRefusedEvenInLongText(control: String) {
        #expect(!ControlCharacters.isClean("Kari" + control + "Test"))
        #expect(!ControlCharacters.isClean("Kari" + control + "Test", allowingLineBreaks: true))
    }

    @Test func delIsRefused() {
        #expect(!ControlCharacters.isClean("Kari\u{7F}"))
        #expect(!ControlCharacters.isClean("\u{7F}", allowingLineBreaks: true))
    }

    @Test(arguments: ["\u{80}", "\u{85}", "\u{90}", "\u{9B}", "\u{9F}"])
    func c1IsRefused(control: String) {
        #expect(!ControlCharacters.isClean("Ødegård" + control))
        #expect(!ControlCharacters.isClean(control + "Ødegård", allowingLineBreaks: true))
    }

    @Test func tabAndNewlinePassOnlyInLongText() {
        #expect(ControlCharacters.isClean("Snakket om låsen.\n\tNeste gang: vinduet.", allowingLineBreaks: true))
        #expect(!ControlCharacters.isClean("Kari\nTest"))
        #expect(!ControlCharacters.isClean("Kari\tTest"))
    }

    @Test func norwegianTextWithEmojiAndTheCharactersNextToC1IsClean() {
        // U+00A0 and U+00C5 are the first characters after C1 and share its UTF-8 lead bytes' range.
        for text in ["Ærlige Øystein på Åsen 🏠👍🏽", "blåbær\u{A0}syltetøy", "Ærfugl", "张伟", "", "\\u{1B} skrevet for hånd"] {
            #expect(ControlCharacters.isClean(text), "\(text)")
        }
    }

    @Test func bytesAreReadTheSameAsText() {
        for (text, clean) in [("Kari Test", true), ("Kari\u{1B}[2J", false), ("Kari\u{9B}", false), ("Åse", true)] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { ControlCharacters.isClean(utf8: $0) } == clean)
        }
    }

    @Test func escapedFormIsPrintableAndKeepsABackslashDistinguishable() {
        #expect(ControlCharacters.escaped("Kari\u{1B}]0;x\u{7}") == "Kari\\u{1B}]0;x\\u{07}")
        #expect(ControlCharacters.escaped("a\u{7F}b\u{9B}c\u{0}") == "a\\u{7F}b\\u{9B}c\\u{00}")
        #expect(ControlCharacters.escaped("\\u{1B}") == "\\\\u{1B}")
        #expect(ControlCharacters.escaped("\\u{1B}") != ControlCharacters.escaped("\u{1B}"))
        #expect(ControlCharacters.escaped("Ærlige Øystein 🏠") == "Ærlige Øystein 🏠")
        #expect(ControlCharacters.escaped("to\nlinjer\tog\r") == "to\\u{0A}linjer\\u{09}og\\u{0D}")
        #expect(ControlCharacters.escaped("to\nlinjer\tog\r", keepingLineBreaks: true) == "to\nlinjer\tog\\u{0D}")
        #expect(ControlCharacters.escaped("Kari\u{1B}Test\u{9B}").unicodeScalars.allSatisfy { !ControlCharacters.isControl($0) })
    }

    @Test func jsonEscapesEveryControlCharacterAndReadsBackTheSame() throws {
        let text = "a\u{1B}b\u{7F}c\u{80}d\u{9B}e\u{9F}f\u{A0}gæøå🏠\n"
        var w = JSONWriter()
        w.string(text)
        #expect(w.text == #""a\u001bb\u007fc\u0080d\u009be\u009ff\#u{A0}gæøå🏠\n""#)
        #expect(ControlCharacters.isClean(w.text))
        #expect(try JSONParser.parse(w.text) == .string(text))
    }
}

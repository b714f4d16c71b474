import Testing
@testable import NaboTUI

@Suite struct WordWrapTests {
    @Test func breaksAtSpaces() {
        #expect(WordWrap.lines("Gjør vinduet større nå", width: 12) == ["Gjør vinduet", "større nå"])
    }

    @Test func breaksInsideAWordOnlyWhenItIsWiderThanTheLine() {
        #expect(WordWrap.lines("Sikringsskapdører", width: 6) == ["Sikrin", "gsskap", "dører"])
    }

    @Test func countsColumnsOfWideCharacters() {
        #expect(WordWrap.lines("张伟张伟张", width: 4) == ["张伟", "张伟", "张"])
        #expect(WordWrap.lines("张", width: 1) == ["张"])
    }

    @Test func keepsNewlines() {
        #expect(WordWrap.lines("a\n\nb", width: 5) == ["a", "", "b"])
    }
}

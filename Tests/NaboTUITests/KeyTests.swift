import Testing
@testable import NaboTUI

@Suite struct KeyTests {
    @Test(arguments: [
        (13, Key.enter), (10, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
        (3, .ctrl("c")), (1, .ctrl("a")), (26, .ctrl("z")),
        (0x61, .character("a")), (0xE5, .character("å")), (0x4E2D, .character("中")), (0x20, .character(" ")),
    ] as [(UInt32, Key)])
    func typedCharactersBecomeKeys(code: UInt32, key: Key) throws {
        #expect(Key(typed: try #require(Unicode.Scalar(code))) == key)
    }

    @Test(arguments: [0, 0x1C, 0x1F, 0x85] as [UInt32])
    func strayControlCharactersAreNotKeys(code: UInt32) throws {
        #expect(Key(typed: try #require(Unicode.Scalar(code))) == nil)
    }

    @Test func labelsAreLocalisedWhereKeyboardsDiffer() {
        #expect(Key.character(" ").label(.nb) == "Mellomrom")
        #expect(Key.character(" ").label(.en) == "Space")
        #expect(Key.ctrl("c").label(.nb) == "Ctrl-C")
        #expect(Key.down.label(.en) == "↓")
        #expect(Key.function(1).label(.en) == "F1")
    }
}

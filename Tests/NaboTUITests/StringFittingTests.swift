import Testing
@testable import NaboTUI

@Suite struct StringFittingTests {
    static let names = ["Nguyễn Thị Minh Khai", "Cabdullaahi Maxamed", "张伟", "Ørjan Ødegård"]

    @Test func truncatesToColumnsWithAnEllipsis() {
        #expect("Nguyễn Thị Minh Khai".truncated(toWidth: 10) == "Nguyễn…")
        #expect("Cabdullaahi Maxamed".truncated(toWidth: 12) == "Cabdullaahi…")
        #expect("Ørjan".truncated(toWidth: 5) == "Ørjan")
        #expect("Ørjan".truncated(toWidth: 1) == "…")
        #expect("Ørjan".truncated(toWidth: 0) == "")
    }

    @Test func cutsAfterAWholeWordWhenOneEndsNearTheEdge() {
        #expect("Type part of a name, address or H-number; ↑/↓ chooses.".truncated(toWidth: 30) == "Type part of a name, address…")
        // One long word is cut where the room ends: a word ending early would waste the line.
        #expect("Ab Cabdullaahimaxamed".truncated(toWidth: 12) == "Ab Cabdulla…")
    }

    @Test func shortensAPathFromTheStartAWholeStepAtATime() {
        let path = "Hjem › Runarveien 1 › H0101 › Nguyễn Thị Minh Khai"
        #expect(path.truncatedPath(toWidth: 60) == path)
        #expect(path.truncatedPath(toWidth: 40) == "… › H0101 › Nguyễn Thị Minh Khai")
        #expect(path.truncatedPath(toWidth: 26) == "… › Nguyễn Thị Minh Khai")
        #expect(path.truncatedPath(toWidth: 12) == "Nguyễn Thị…")
    }

    @Test func neverSplitsAWideCharacter() {
        // 张 and the ellipsis take three columns; 伟 would make five, so the fourth stays empty.
        #expect("张伟明".truncated(toWidth: 4) == "张…")
        #expect("张伟明".truncated(toWidth: 4).displayWidth == 3)
        #expect("张伟明".fitted(toWidth: 4).displayWidth == 4)
    }

    @Test func padsByColumnsNotCharacters() {
        #expect("张伟".padded(toWidth: 6) == "张伟  ")
        #expect("ab".padded(toWidth: 5, alignment: .trailing) == "   ab")
        #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
        #expect("abcdef".padded(toWidth: 3) == "abcdef")
    }

    @Test(arguments: [8, 12, 16, 24])
    func aColumnOfNamesFromEverywhereStaysAligned(width: Int) {
        let decomposed = Self.names.map { $0.decomposedStringWithCanonicalMapping }
        for name in Self.names + decomposed {
            #expect((name.fitted(toWidth: width) + "│").displayWidth == width + 1)
        }
    }

    @Test func tableOfNamesSnapshot() {
        var screen = ScreenBuffer(rows: 5, columns: 36)
        screen.put("Navn".fitted(toWidth: 16) + "│ Bolig", row: 0, column: 0, role: .header)
        for (index, name) in Self.names.enumerated() {
            screen.put(name.fitted(toWidth: 16) + "│ H010\(index + 1)", row: index + 1, column: 0)
        }
        assertSnapshot(screen, named: "names-column")
    }
}

import Testing
@testable import NaboTUI

@Suite struct TooSmallScreenTests {
    @Test func explainsInWordsAt40x10() {
        assertSnapshot(TooSmallScreen.render(size: TerminalSize(rows: 10, columns: 40), language: .nb), named: "too-small-40x10-nb")
        assertSnapshot(TooSmallScreen.render(size: TerminalSize(rows: 10, columns: 40), language: .en), named: "too-small-40x10-en")
    }

    @Test func tinyWindowsStillGetTheTitle() {
        let screen = TooSmallScreen.render(size: TerminalSize(rows: 3, columns: 10), language: .nb)
        assertSnapshot(screen, named: "too-small-10x3-nb")
    }

    @Test func anySizeDrawsWithoutCrashing() {
        for rows in 0...12 {
            for columns in 0...30 {
                let screen = TooSmallScreen.render(size: TerminalSize(rows: rows, columns: columns), language: .en)
                #expect(screen.size == TerminalSize(rows: rows, columns: columns))
                #expect(screen.lines().allSatisfy { $0.displayWidth <= columns })
            }
        }
    }
}

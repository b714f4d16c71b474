import Testing
@testable import NaboTUI

@Suite struct ListPositionTests {
    @Test func movingInALongListScrollsOnlyAsFarAsNeeded() {
        var position = ListPosition()
        for _ in 0..<25 { position = position.moved(.down, count: 20_000, height: 20) }
        #expect(position == ListPosition(selected: 25, top: 6))
        position = position.moved(.last, count: 20_000, height: 20)
        #expect(position == ListPosition(selected: 19_999, top: 19_980))
        position = position.moved(.pageUp, count: 20_000, height: 20)
        #expect(position == ListPosition(selected: 19_980, top: 19_961))
        position = position.moved(.first, count: 20_000, height: 20)
        #expect(position == ListPosition())
    }

    @Test func settlingKeepsTheSelectionVisibleWhenThePaneShrinks() {
        let position = ListPosition(selected: 30, top: 20)
        #expect(position.settled(count: 100, height: 5) == ListPosition(selected: 30, top: 26))
        #expect(position.settled(count: 10, height: 5) == ListPosition(selected: 9, top: 5))
        #expect(position.settled(count: 0, height: 5) == ListPosition())
    }
}

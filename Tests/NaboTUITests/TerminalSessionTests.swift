import NaboCore
import Testing
@testable import NaboTUI

/// The session as `InterfaceRunner` drives it: `show` a frame, then take the `nextKey`.
@Suite struct TerminalSessionTests {
    /// A list of residents with one selected, as a screen draws it at any size.
    static func residents(selected: Int) -> (TerminalSize) -> ScreenBuffer {
        { size in
            var screen = ScreenBuffer(size: size)
            for (index, name) in PainterTests.names.enumerated() {
                screen.put(name, row: index, column: 0, role: index == selected ? .selection : .normal)
            }
            return screen
        }
    }

    @Test func showsTheFrameAndHandsOnKeysInOrder() {
        var session = TerminalSession(device: RecordingTerminal(size: .minimum, keys: [.character("j"), .character("q")]), language: .nb)
        session.show(Self.residents(selected: 0))
        #expect(session.device.screen == Self.residents(selected: 0)(.minimum))
        #expect(session.nextKey() == .character("j"))
        #expect(session.nextKey() == .character("q"))
        #expect(session.nextKey() == nil)
    }

    @Test func tooSmallWindowShowsTheExplanationAndSwallowsKeysUntilResized() {
        let small = TerminalSize(rows: 10, columns: 40), large = TerminalSize(rows: 30, columns: 100)
        var session = TerminalSession(device: RecordingTerminal(size: small, keys: [.character("j"), .character("j")]), language: .en)
        session.show(Self.residents(selected: 0))
        #expect(session.isTooSmall)
        #expect(session.device.screen.text.contains("The window is too small"))
        #expect(session.nextKey() == nil)
        #expect(session.device.pendingKeys.isEmpty)

        session.device.resize(to: large)
        session.device.pendingKeys += [.character("j")]
        session.device.resetCounts()
        #expect(session.nextKey() == .resize)
        #expect(!session.isTooSmall)
        session.show(Self.residents(selected: 1))
        // The resize makes the next paint a full one: the old contents are gone.
        #expect(session.device.clears == 1)
        #expect(session.device.screen == Self.residents(selected: 1)(large))
        #expect(session.nextKey() == .character("j"))
    }

    @Test func ctrlCStillReachesTheProgramWhenTheWindowIsTooSmall() {
        var session = TerminalSession(device: RecordingTerminal(size: TerminalSize(rows: 5, columns: 20), keys: [.character("q"), .ctrl("c")]), language: .nb)
        session.show(Self.residents(selected: 0))
        #expect(session.nextKey() == .ctrl("c"))
    }

    @Test func aResizeToTheSameSizeStillRepaintsWhatTheTerminalLost() {
        var session = TerminalSession(device: RecordingTerminal(size: .minimum), language: .nb)
        session.show(Self.residents(selected: 0))
        session.device.resize(to: .minimum)
        #expect(session.nextKey() == .resize)
        session.show(Self.residents(selected: 0))
        #expect(session.device.screen == Self.residents(selected: 0)(.minimum))
    }

    @Test func redrawAllRepaintsEverythingOnTheNextShow() {
        var session = TerminalSession(device: RecordingTerminal(size: .minimum), language: .nb)
        session.show(Self.residents(selected: 0))
        session.device.resetCounts()
        session.show(Self.residents(selected: 0))
        #expect(session.device.clears == 0 && session.device.cellsWritten == 0)
        session.redrawAll()
        session.show(Self.residents(selected: 0))
        #expect(session.device.clears == 1)
        #expect(session.device.screen == Self.residents(selected: 0)(.minimum))
    }
}

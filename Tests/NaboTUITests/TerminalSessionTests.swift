import NaboCore
import Testing
@testable import NaboTUI

@Suite struct TerminalSessionTests {
    /// The smallest program with a list: j/k move, q quits.
    struct Residents: TerminalProgram {
        var selected = 0
        var keysSeen: [Key] = []

        func render(size: TerminalSize, language: Language) -> ScreenBuffer {
            var screen = ScreenBuffer(size: size)
            for (index, name) in PainterTests.names.enumerated() {
                if index == selected { screen.fill(row: index, role: .selection) }
                screen.put(name, row: index, column: 0, role: index == selected ? .selection : .normal)
            }
            return screen
        }

        mutating func handle(_ key: Key) -> ProgramStep {
            keysSeen.append(key)
            switch key {
            case .character("j"): selected += 1
            case .character("k"): selected -= 1
            case .character("q"), .ctrl("c"): return .quit
            default: break
            }
            return .keepRunning
        }
    }

    @Test func runsAProgramUntilItQuits() {
        var session = TerminalSession(device: RecordingTerminal(size: .minimum, keys: [.character("j"), .character("j"), .character("q"), .character("j")]), language: .nb)
        var program = Residents()
        session.run(&program)
        #expect(program.selected == 2)
        #expect(session.device.pendingKeys == [.character("j")])
        #expect(session.device.screen == program.render(size: .minimum, language: .nb))
    }

    @Test func tooSmallWindowShowsTheExplanationAndSwallowsKeysUntilResized() {
        var session = TerminalSession(device: RecordingTerminal(size: .minimum), language: .en)
        var program = Residents()
        session.run(&program)

        session.device.resize(to: TerminalSize(rows: 10, columns: 40))
        session.device.pendingKeys += [.character("j"), .character("j")]
        session.run(&program)
        #expect(session.isTooSmall)
        #expect(program.selected == 0)
        #expect(session.device.screen.text.contains("The window is too small"))

        session.device.resize(to: TerminalSize(rows: 30, columns: 100))
        session.device.resetCounts()
        session.device.pendingKeys += [.character("j")]
        session.run(&program)
        #expect(program.selected == 1)
        #expect(session.device.clears == 1)
        #expect(session.device.screen == program.render(size: TerminalSize(rows: 30, columns: 100), language: .en))
    }

    @Test func ctrlCStillReachesTheProgramWhenTheWindowIsTooSmall() {
        var session = TerminalSession(device: RecordingTerminal(size: TerminalSize(rows: 5, columns: 20), keys: [.character("q"), .ctrl("c")]), language: .nb)
        var program = Residents()
        session.run(&program)
        #expect(program.keysSeen == [.ctrl("c")])
    }
}

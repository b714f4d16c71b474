import Foundation
import NaboCore
import NaboTUI

/// The terminal interface's share of the benchmark, against an in-memory terminal that counts
/// what it is asked to write: building the screens' directory and the home screen, a cursor move
/// in the full residents list (and in a short one, to show the cost does not grow with the
/// list), a move that scrolls the list, and search as you type over all residents.
enum InterfaceBenchmark {
    static func run(replica: Replica, report: (String, Double, String) -> Void) {
        let clock = ContinuousClock()
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let today = Context(device: "", author: "", now: now, nextSeq: 1, utcOffset: { _, _ in 60 }).today

        var directory = Directory(replica: Replica(), today: today)
        report("interface: directory built from the replica", milliseconds(clock.measure {
            directory = Directory(replica: replica, today: today)
        }), "ms")
        report("interface: residents", Double(directory.residents.count), "rows")

        var state = AppState(language: .nb, isDemo: false)
        var terminal = RecordingTerminal(size: .minimum)
        var painter = Painter()
        report("interface: home screen rendered and painted, 80x24", milliseconds(clock.measure {
            painter.present(AppView.render(state, directory: directory, size: terminal.size), on: &terminal)
        }), "ms")

        let size = TerminalSize(rows: 40, columns: 120)
        terminal = RecordingTerminal(size: size)
        painter = Painter()
        _ = AppReducer.reduce(&state, .screenChosen(.residents), directory: directory, size: size)
        let rows = directory.allResidents.count
        let full = cursorMoves(&state, directory: directory, terminal: &terminal, painter: &painter, clock: clock, scrolling: false)
        report("interface: cursor move + render + paint, \(rows)-row list, 120x40", full.milliseconds, "ms")
        report("interface: cells written per cursor move, \(rows)-row list", full.cells, "cells")
        let scrolling = cursorMoves(&state, directory: directory, terminal: &terminal, painter: &painter, clock: clock, scrolling: true)
        report("interface: cursor move that scrolls the \(rows)-row list by one row", scrolling.milliseconds, "ms")
        report("interface: cells written per scrolling move", scrolling.cells, "cells")

        // The same moves among the residents of one address: the list is short, the cost the same.
        let address = directory.residents.lazy.compactMap { $0.unit.flatMap { directory.units[$0].address } }.first
        _ = AppReducer.reduce(&state, .searchStarted, directory: directory, size: size)
        for character in address.map({ directory.addresses[$0].title }) ?? "" {
            _ = AppReducer.reduce(&state, .searchTyped(character), directory: directory, size: size)
        }
        _ = AppReducer.reduce(&state, .searchKept, directory: directory, size: size)
        let shortRows = state.current.filter?.matches.count ?? 0
        let short = cursorMoves(&state, directory: directory, terminal: &terminal, painter: &painter, clock: clock, scrolling: false)
        report("interface: cursor move + render + paint, \(shortRows)-row list, 120x40", short.milliseconds, "ms")
        report("interface: cells written per cursor move, \(shortRows)-row list", short.cells, "cells")
        _ = AppReducer.reduce(&state, .wentBack, directory: directory, size: size)

        let typing = searchKeystrokes(&state, directory: directory, size: size, clock: clock)
        report("interface: search keystroke over \(rows) residents, mean", typing.mean, "ms")
        report("interface: search keystroke over \(rows) residents, slowest", typing.slowest, "ms")
    }

    /// The mean of 500 moves in the middle of the list, each reduced, rendered and painted: down
    /// and up again within the pane, or down at its bottom edge so that every move scrolls.
    private static func cursorMoves(_ state: inout AppState, directory: Directory, terminal: inout RecordingTerminal,
                                    painter: inout Painter, clock: ContinuousClock, scrolling: Bool) -> (milliseconds: Double, cells: Double) {
        let size = terminal.size
        let height = Layout(size).list(for: state.current.screen).rows
        _ = AppReducer.reduce(&state, .cursorMoved(.last), directory: directory, size: size)
        let middle = state.current.position.selected / 2
        state.current.position = ListPosition(selected: middle, top: max(0, middle - (scrolling ? height - 1 : height / 2)))
        painter.present(AppView.render(state, directory: directory, size: size), on: &terminal)
        terminal.resetCounts()
        let moves = 500
        let elapsed = clock.measure {
            for move in 0..<moves {
                let direction: ListMove = scrolling || move % 2 == 0 ? .down : .up
                _ = AppReducer.reduce(&state, .cursorMoved(direction), directory: directory, size: size)
                painter.present(AppView.render(state, directory: directory, size: size), on: &terminal)
            }
        }
        return (milliseconds(elapsed) / Double(moves), Double(terminal.cellsWritten) / Double(moves))
    }

    /// Types a surname-like query letter by letter, as a worker looking someone up would, and
    /// repeats it with other queries; each keystroke's reduction is timed.
    private static func searchKeystrokes(_ state: inout AppState, directory: Directory, size: TerminalSize,
                                         clock: ContinuousClock) -> (mean: Double, slowest: Double) {
        let queries = directory.residents.prefix(4000).enumerated().filter { $0.offset % 1000 == 0 }
            .map { String($0.element.name.split(separator: " ").last ?? "") }
        var times: [Double] = []
        for query in queries {
            _ = AppReducer.reduce(&state, .searchStarted, directory: directory, size: size)
            for character in query {
                times.append(milliseconds(clock.measure {
                    _ = AppReducer.reduce(&state, .searchTyped(character), directory: directory, size: size)
                }))
            }
            _ = AppReducer.reduce(&state, .searchCleared, directory: directory, size: size)
        }
        return (times.reduce(0, +) / Double(max(1, times.count)), times.max() ?? 0)
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }
}

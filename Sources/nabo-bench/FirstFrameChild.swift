import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// Start-up as a worker sees it, in a fresh process: open the store with its snapshot, build the
/// screens' directory, and paint the home screen on an in-memory terminal.
enum FirstFrameChild {
    static func run(folder: String, state: String) -> Never {
        var store: Store?
        var cells = 0
        let time = seconds {
            guard let s = try? Store(folder, stateHome: state, readOnly: true) else { return }
            store = s
            let directory = Directory(replica: s.replica, today: s.today())
            var terminal = RecordingTerminal(size: .minimum)
            var painter = Painter()
            painter.present(AppView.render(AppState(language: .nb, isDemo: false), directory: directory, size: terminal.size), on: &terminal)
            cells = terminal.cellsWritten
        }
        print("\(time) \(cells)")
        exit(store == nil ? 1 : 0)
    }
}

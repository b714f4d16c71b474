import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// Start-up as a worker sees it, in a fresh process: open the store with its snapshot, build the
/// screens' directory, and paint the home screen on an in-memory terminal. With `passphraseFile`,
/// an encrypted store; the time of unlocking is left out of the first figure and printed third.
enum FirstFrameChild {
    static func run(folder: String, state: String, passphraseFile: String? = nil) -> Never {
        var store: Store?
        var cells = 0
        let secret = passphraseFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?.trimmingCharacters(in: .newlines)
        var ask: (() throws(Message) -> String)?
        if let secret { ask = { () throws(Message) in secret } }
        let time = seconds {
            guard let s = try? Store(folder, stateHome: state, readOnly: true, passphrase: ask) else { return }
            store = s
            let directory = Directory(replica: s.replica, today: s.today())
            var terminal = RecordingTerminal(size: .minimum)
            var painter = Painter()
            painter.present(AppView.render(AppState(language: .nb, isDemo: false), directory: directory, size: terminal.size), on: &terminal)
            cells = terminal.cellsWritten
        }
        let unlock = store?.unlockSeconds ?? 0
        print("\(time - unlock) \(cells) \(unlock)")
        exit(store == nil ? 1 : 0)
    }
}

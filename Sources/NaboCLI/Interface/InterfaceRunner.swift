import Foundation
import NaboCore
import NaboStore
import NaboTerminal
import NaboTUI

/// The program loop: a key becomes an action through the screen's key map, the reducer changes
/// the state and names effects, the effects are carried out here, and the new state is painted.
enum InterfaceRunner {
    static func run(store: Store, isDemo: Bool, language: Language, themeName: String?, environment: [String: String],
                    clock: DayClock) throws(Message) {
        InterfaceMemory.tune()
        let catalog = ThemeFiles.catalog(environment: environment)
        let today = store.today(now: clock.now())
        var directory = Directory(replica: store.replica, today: today)
        var saves = SaveLog()
        var imports = InterfaceImport()
        var catchUp = CatchUp()
        // After the interface's own write the directory is built again at once; a build under way is older.
        func rebuild() {
            directory = Directory(replica: store.replica, today: today)
            catchUp.superseded()
        }

        // Work folded from the journals at this start (a sync, another device's lines) is kept
        // for the next start; after the terminal is given back, so the wait shows as the shell's.
        defer { try? store.exclusively { store.saveSnapshotIfStale() } }
        // Commands, syncs and a watcher may write while the interface is open: it takes the lock
        // for each write only, and reads what they wrote while it waits for a key.
        try store.shareWhileOpen()
        var autoSync = AutoSync(named: store.namedSyncFolder, now: clock.now())
        defer { autoSync.finish() }
        let terminal = try CursesTerminal()
        // A deinit would not run on every way out, so the terminal is given back explicitly;
        // fatal signals give it back through the handlers CursesTerminal installs.
        defer { terminal.shutdown() }
        let colorAllowed = ColorPolicy.colorAllowed(environment: environment) && terminal.supportsColor
        let first = resolve(themeName, in: catalog, colorAllowed: colorAllowed)
        terminal.apply(first.theme)

        var state = AppState(language: language, isDemo: isDemo, isEncrypted: store.isEncrypted, themeNames: catalog.names,
                             message: first.problem.map { StatusMessage(.warning, $0) })
        var session = TerminalSession(device: terminal, language: language)
        var settled = false
        let found = store.readDraft()
        var drafts = DraftKeeper(store: store, found: found != nil)
        if let found, let draft = FormDraft(json: found) {
            state.offer(draft, directory: directory, today: today)
        }
        // Every way out (a quit, a closed terminal, SIGTERM) keeps what was being typed.
        defer { _ = drafts.flush(force: true) }
        while true {
            session.language = state.language
            session.show { AppView.render(state, directory: directory, size: $0) }
            // The first frame is up; a sealed snapshot that was opening meanwhile must pass its check
            // before the worker acts on what it shows, else the journals are read again.
            if !settled {
                settled = true
                if try store.settleSnapshot() {
                    rebuild()
                    state.message = StatusMessage(.warning, Message(
                        nb: "Øyeblikksbildet av dataene var skadet; alt er lest på nytt fra journalene.",
                        en: "The saved snapshot of the data was damaged; everything was read again from the journals."))
                    continue
                }
            }
            if let built = catchUp.built() {
                store.retired.keep(directory)
                directory = built
                continue
            }
            var actions: [AppAction] = []
            let synced = autoSync.tick(store, now: clock.now()) { catchUp.start() }
            if synced.status != state.sync { actions.append(.syncShown(synced.status)) }
            if let problem = synced.problem { actions.append(.syncFailed(problem)) }
            if actions.isEmpty {
                let wait = [drafts.timeoutMilliseconds(), autoSync.timeoutMilliseconds, catchUp.timeoutMilliseconds].compactMap { $0 }.min() ?? 0
                if let key = session.nextKey(timeoutMilliseconds: wait) {
                    guard key != .resize, let action = AppKeys.action(for: key, in: state) else { continue }
                    actions.append(action)
                } else {
                    // No key: the terminal is gone, or it is time to keep the draft and read what others wrote.
                    guard !terminal.isGone else { return }
                    // A pause: what was replaced is freed now, where no key waits for it.
                    if !catchUp.isBusy, wait >= 100 { store.retired.drop() }
                    if let problem = drafts.flush() { state.message = StatusMessage(.error, problem) }
                    do throws(Message) {
                        try catchUp.step(store, today: today)
                    } catch {
                        actions.append(.syncFailed(error))
                    }
                    if actions.isEmpty { continue }
                }
            }
            while !actions.isEmpty {
                let now = localNow(store, clock)
                for effect in AppReducer.reduce(&state, actions.removeFirst(), directory: directory, size: terminal.size, now: now) {
                    switch effect {
                    case .quit:
                        return
                    case .applyTheme(let name):
                        let chosen = resolve(name, in: catalog, colorAllowed: colorAllowed)
                        terminal.apply(chosen.theme)
                        session.redrawAll()
                        actions.append(.themeApplied(name: chosen.theme.name, problem: chosen.problem))
                    case .save(let change, let done):
                        actions.append(outcome { () throws(Message) in
                            try store.exclusively { () throws(Message) in try saves.save(change, done: done, in: store, now: clock.now()) }
                        })
                        autoSync.saved(now: clock.now())
                        rebuild()
                    case .loadHistory(let type, let id):
                        do throws(Message) {
                            let entries = try store.history(type, id).map { HistoryEntry($0, utcOffset: store.utcOffset) }
                            actions.append(.historyLoaded(RecordHistory(type: type, id: id, entries: entries)))
                        } catch {
                            actions.append(.saveFailed(error))
                        }
                    case .exportDugnad(let id, let kind):
                        actions.append(outcome { () throws(Message) in
                            try DugnadFileExport.write(id, kind, replica: store.replica, language: state.language, environment: environment,
                                                   now: clock.now())
                        })
                    case .exportPerson(let id):
                        actions.append(outcome { () throws(Message) in
                            let file = try PersonFile.text(id, .md, store: store, language: state.language, today: store.today(now: clock.now()))
                            return try DocumentsFolder.write(file.text, named: file.suggestedName, environment: environment)
                        })
                    case .writeReport(let request):
                        actions.append(outcome { () throws(Message) in
                            try DocumentsFolder.write(try ReportMaking.text(store, request), named: request.fileName, environment: environment)
                        })
                    case .sync(let folder):
                        do throws(Message) {
                            try autoSync.asked(folder.map { InterfaceImport.expanded($0, environment: environment) }, now: clock.now())
                        } catch {
                            actions.append(.syncFailed(error))
                        }
                    case .erasePerson(let id, let reason):
                        actions.append(outcome { () throws(Message) in
                            try store.exclusively { () throws(Message) in
                                let name = store.replica.liveResident(id)?.name ?? ""
                                try store.erase(residents: [id], reason: reason, now: clock.now())
                                return ErasureText.erased(name)
                            }
                        })
                        autoSync.saved(now: clock.now())
                        rebuild()
                    case .previewImport(let path):
                        do throws(Message) {
                            actions.append(.importing(.previewed(try imports.preview(path, store: store, now: clock.now(), environment: environment))))
                        } catch {
                            actions.append(.saveFailed(error))
                        }
                    case .importSheet(let path):
                        actions.append(outcome { () throws(Message) in
                            try store.exclusively { () throws(Message) in
                                try imports.save(path, store: store, saves: &saves, now: clock.now(), language: state.language)
                            }
                        })
                        autoSync.saved(now: clock.now())
                        rebuild()
                    case .undo:
                        actions.append(outcome { () throws(Message) in
                            try store.exclusively { () throws(Message) in try saves.undo(in: store, now: clock.now()) }
                        })
                        autoSync.saved(now: clock.now())
                        rebuild()
                    case .editText(let text):
                        terminal.suspend()
                        do throws(Message) {
                            actions.append(.textEdited(try TextEditor.edit(text, environment: environment)))
                        } catch {
                            actions.append(.saveFailed(error))
                        }
                        terminal.resume()
                        session.redrawAll()
                    }
                }
            }
            drafts.track(state, directory: directory, now: localNow(store, clock))
        }
    }

    /// The local date and time now, for the reducer, which has no clock of its own.
    static func localNow(_ store: Store, _ clock: DayClock) -> LocalDateTime {
        let context = Context(device: "", author: "", now: Int64(clock.now().timeIntervalSince1970 * 1000), nextSeq: 1, utcOffset: store.utcOffset)
        let minutes = context.minutesNow
        return LocalDateTime(date: context.today, minutes: minutes, offset: store.utcOffset(context.today, minutes))
    }

    /// A save's result as the action the reducer hears.
    static func outcome(_ body: () throws(Message) -> Message) -> AppAction {
        do throws(Message) {
            return .saved(try body())
        } catch {
            return .saveFailed(error)
        }
    }

    /// The catalog's choice, and a word on why colours were asked for but not given.
    static func resolve(_ name: String?, in catalog: ThemeCatalog, colorAllowed: Bool) -> (theme: Theme, problem: Message?) {
        let resolved = catalog.resolve(name, colorAllowed: colorAllowed)
        guard !colorAllowed, let name, name != resolved.theme.name else { return resolved }
        return (resolved.theme, Message(
            nb: "Uten farger (NO_COLOR er satt, eller terminalen har ingen) brukes «monochrome» i stedet for «\(name)».",
            en: "Without colour (NO_COLOR is set, or the terminal has none) “monochrome” is used instead of “\(name)”."))
    }
}

import ArgumentParser
import NaboCore
import NaboStore

/// `nabo person retention --moved-out-before DATE --reason TEXT`: the office's retention rule in
/// one step, each resident erased as `nabo person erase` does.
struct PersonRetention: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Erase every resident who moved out before a date, in one step. Cannot be undone.",
        discussion: "Example: nabo person retention --moved-out-before 2024-01-01 --reason \"Kept two years after moving out\" --dry-run")

    @Option(name: .customLong("moved-out-before"), help: "The day: residents who moved out before it are erased.") var movedOutBefore: String
    @Option(name: .long, help: "Why; kept on every receipt.") var reason: String
    @Flag(name: .customLong("dry-run"), help: "List who would be erased; erase nothing.") var dryRun = false
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore { (store) throws(Message) in
            guard let day = CalendarDate(movedOutBefore) else {
                throw Message(nb: "«\(movedOutBefore)» er ingen dato; skriv for eksempel 2024-01-01.",
                              en: "“\(movedOutBefore)” is not a date; write for example 2024-01-01.", field: "moved-out-before")
            }
            let leaving = store.replica.records(EntityType.resident.rawValue).map(Resident.init)
                .filter { $0.movedOut.map { $0 < day } ?? false }.sorted { $0.id < $1.id }
            if dryRun {
                ErasureText.showDryRun(leaving, before: day, options)
                return
            }
            let previews = try store.erasurePreview(leaving.map(\.id))
            let receipts = try store.erase(previews, reason: reason, now: try options.now())
            ErasureText.show(receipts, mentions: previews.flatMap(\.mentions), options)
        }
    }
}

import ArgumentParser
import NaboCore
import NaboStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read every journal and report damage (non-zero exit) and unresolved conflicts (listed, not a failure).")

    @Option(name: .long, help: "Also look for lines in clear in this sync folder (for an encrypted data folder).")
    var folder: String?

    @OptionGroup var options: StoreOptions

    func run() throws {
        var damaged = false
        try options.run { () throws(Message) in
            // Every line is read again: a snapshot would hide damage in what it already folded.
            let source = options.passphrase
            let store = try Store(options.folder, stateHome: options.stateHome, readOnly: true, useSnapshot: false, now: try options.now(),
                                  passphrase: { () throws(Message) in try source.unlocking() })
            let conflicts = Conflicts.all(in: store.replica)
            // In a plain store every line is in clear by choice; in an encrypted one a plain line is a leak.
            let plainInFolder = store.isEncrypted ? folder.map(Store.plainLines(inSyncFolder:)) ?? 0 : 0
            damaged = !store.damage.isEmpty || store.missingOwnOperations != nil || store.plainLines > 0 || plainInFolder > 0
            if options.json {
                var extra: [(String, JSONValue)] = []
                if folder != nil { extra.append(("plainLinesInFolder", .int(plainInFolder))) }
                Output.json(pairs: [("operations", .int(store.replica.operationCount)), ("encrypted", .bool(store.isEncrypted)), ("plainLines", .int(store.plainLines))] + extra + [
                                    ("damaged", .array(store.damage.map(DamageJSON.object))),
                                    ("conflicts", .array(conflicts.map { .object(Dictionary(ConflictJSON.pairs($0), uniquingKeysWith: { a, _ in a })) }))])
            } else {
                let l = options.language
                Output.line(CountWords.of(store.replica.operationCount, nb: ("endring lest.", "endringer lest."), en: ("change read.", "changes read.")).text(l))
                for d in store.damage { Output.line(d.message.text(l)) }
                if let m = store.missingOwnOperations {
                    Output.line(Message(nb: "Journalen for denne maskinen mangler endring \(m.lowerBound)–\(m.upperBound).",
                                        en: "This machine's journal lacks changes \(m.lowerBound)–\(m.upperBound).").text(l))
                }
                if store.plainLines > 0 {
                    Output.line(Message(nb: CountWords.of(store.plainLines, "linje", "linjer") + " i datamappen står ukryptert.",
                                        en: CountWords.of(store.plainLines, "line", "lines") + " in the data folder " + (store.plainLines == 1 ? "is" : "are") + " not encrypted.").text(l))
                }
                if let folder, plainInFolder > 0 {
                    Output.line(Message(nb: CountWords.of(plainInFolder, "linje", "linjer") + " i \(folder) står ukryptert. Synkroniser med mappen for å kryptere.",
                                        en: CountWords.of(plainInFolder, "line", "lines") + " in \(folder) " + (plainInFolder == 1 ? "is" : "are") + " not encrypted. Sync with the folder to seal them.").text(l))
                }
                for (device, a) in store.replica.ahead.sorted(by: { $0.key < $1.key }) {
                    Output.line(SyncReport.aheadNotice(SyncReport.Ahead(device: device, worker: nil, count: a.count, latest: a.latest)).text(l))
                }
                if conflicts.isEmpty {
                    Output.line(Message(nb: "Ingen uavklarte konflikter.", en: "No unresolved conflicts.").text(l))
                } else {
                    Output.line(Message(nb: "\(conflicts.count) uavklarte konflikter:", en: "\(conflicts.count) unresolved conflicts:").text(l))
                    for c in conflicts.prefix(20) { Output.line("  \(c.type) \(c.id) \(c.field ?? "deleted")") }
                    if conflicts.count > 20 {
                        Output.line(Message(nb: "  … og \(conflicts.count - 20) til (se nabo list conflicts).", en: "  … and \(conflicts.count - 20) more (see nabo list conflicts).").text(l))
                    }
                }
                if !damaged { Output.line(Message(nb: "Ingen skade funnet.", en: "No damage found.").text(l)) }
            }
        }
        if damaged { throw ExitCode(2) }
    }
}

import ArgumentParser
import NaboCore
import NaboStore

/// `nabo report`: the evaluation report of the project, or with `--status` the short status for
/// the next work group meeting, as one HTML file or as Markdown.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the evaluation report (html or md): the goals with their figures, events, the survey, participation and the plan.",
        discussion: """
            Without --from/--to the project's periods are used (nabo set project). With --from/--to and no baseline, the baseline \
            is the same number of days just before --from. Nothing in it names a resident, and a count that concerns fewer than 5 \
            residents shows as <5; --internal keeps names and exact counts for the office and marks every page. --status writes the \
            short status since the last work group meeting instead. With --output FOLDER the file gets a name such as \
            evaluering-2026-11-22.html.
            """)

    @Option(name: .long, help: "The project period's first day (default: the project's start).") var from: String?
    @Option(name: .long, help: "The project period's last day (default: the project's end, or today).") var to: String?
    @Option(name: .customLong("baseline-from"), help: "The baseline period's first day.") var baselineFrom: String?
    @Option(name: .customLong("baseline-to"), help: "The baseline period's last day.") var baselineTo: String?
    @Option(name: .customLong("address"), help: "Only this address (repeat for several).") var addresses: [String] = []
    @Option(name: .customLong("format"), help: "html or md (with --status, md by default).") var formatName: String?
    @Flag(name: .long, help: "Keep residents' names and exact counts, for the office's own use; every page says so.") var `internal` = false
    @Flag(name: .long, help: "The short status since the last work group meeting: done, late, what residents asked and were told.") var status = false
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    var format: ReportRequest.Format {
        get throws(Message) {
            guard let formatName else {
                if status { return .md }
                throw Message(nb: "Velg --format html eller --format md.", en: "Choose --format html or --format md.")
            }
            return try ClosedSet.value(formatName, option: "format")
        }
    }

    func validate() throws {
        try options.run { () throws(Message) in
            _ = try format
            if status, from != nil || to != nil || baselineFrom != nil || baselineTo != nil {
                throw Message(nb: "--status gjelder tiden siden siste arbeidsgruppemøte; den tar ikke --from, --to eller grunnlag.",
                              en: "--status covers the time since the last work group meeting; it takes no --from, --to or baseline.")
            }
        }
    }

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let today = try options.today(store)
            let replica = store.replica
            let language = options.language
            for id in addresses where replica.live(EntityType.address.rawValue, id) == nil { throw Message(nb: "Fant ingen adresse med id \(id).", en: "No address with id \(id).") }
            var chosen = status ? ReportOptions(period: IndicatorPeriod(from: today, to: today), baseline: nil, language: language, today: today)
                : try ReportPeriods.chosen(replica, today: today, from: from, to: to, baselineFrom: baselineFrom, baselineTo: baselineTo)
            chosen.addresses = addresses.isEmpty ? nil : Set(addresses)
            chosen.language = language
            chosen.internalUse = `internal`
            let request = ReportRequest(options: chosen, format: try format, status: status)
            try output.write(try ReportMaking.text(store, request), suggestedName: request.fileName, language: language)
        }
    }
}

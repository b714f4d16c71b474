import ArgumentParser
import NaboCore
import NaboStore

/// `nabo indicators`: the counts the project's goals are measured by, per address and period.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Count events and the work per address and period: the baseline and the project (nabo set project), or --from/--to.",
        discussion: """
            Events: \(EventKind.values.joined(separator: ", ")). Beside them: \(Indicator.allCases.map(\.rawValue).joined(separator: ", ")).
            Example: nabo indicators --by quarter; nabo indicators --from 2026-01-01 --to 2026-06-30 --json
            """)

    @Option(name: .customLong("address"), help: "Only this address (repeat for several).") var addresses: [String] = []
    @Option(name: .long, help: "The first day counted (default: the project's baseline start).") var from: String?
    @Option(name: .long, help: "The last day counted (default: the project's end, or today).") var to: String?
    @Option(name: .customLong("by"), help: "Cut the periods into month or quarter.") var step: String?
    @OptionGroup var options: StoreOptions

    func validate() throws {
        try options.run { () throws(Message) in _ = try steps }
    }

    var steps: IndicatorPeriod.Step? {
        get throws(Message) { try step.map { (s) throws(Message) in try ClosedSet.value(s, option: "by") } }
    }

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let today = try options.today(store)
            let replica = store.replica
            for id in addresses where replica.live(EntityType.address.rawValue, id) == nil { throw Message(nb: "Fant ingen adresse med id \(id).", en: "No address with id \(id).") }
            var periods = try chosenPeriods(replica, today: today)
            if let step = try steps { periods = periods.flatMap { $0.split(by: step) } }
            let table = Indicators(replica, periods: periods, addresses: addresses.isEmpty ? nil : Set(addresses), today: today)
            if options.json {
                Output.json(IndicatorsJSON.value(table, replica))
            } else {
                for line in IndicatorsText.lines(table, replica, options.language) { Output.line(line) }
            }
        }
    }

    /// `--from`/`--to` make one period; without them the project's baseline and project periods.
    func chosenPeriods(_ replica: Replica, today: CalendarDate) throws(Message) -> [IndicatorPeriod] {
        let first = try DateOption.day(from, option: "from"), last = try DateOption.day(to, option: "to")
        let defaults = Indicators.defaultPeriods(replica, today: today)
        guard first != nil || last != nil else { return defaults }
        let start = first ?? defaults.first!.from, end = last ?? defaults.last!.to
        guard start <= end else { throw Message(nb: "--to kan ikke være før --from.", en: "--to cannot be before --from.") }
        return [IndicatorPeriod(from: start, to: end)]
    }
}

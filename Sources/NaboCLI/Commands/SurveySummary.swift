import ArgumentParser
import NaboCore
import NaboStore

struct SurveySummary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "A round's results: the index per address and each statement's answers.",
        discussion: "For use inside the office: nothing is suppressed unless --min-group is given. Reports that leave the office: nabo export survey.")

    @Option(name: .long, help: "The round (default: the latest by response dates).") var round: String?
    @Option(name: .long, help: "Only respondents at this address (id).") var address: String?
    @Option(name: .customLong("min-group"), help: "Hide groups smaller than this, as exports do (default: hide nothing).") var minGroup: Int?
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let replica = store.replica
            let responses = try SurveySelection.responses(replica, address: address)
            let name = try SurveySelection.round(round, in: responses)
            let results = SurveyResults(round: name, form: nil, responses: responses, replica: replica)
            let disclosure = try minGroup.map { (n) throws(Message) in SurveyDisclosure(results, minimum: try SurveySelection.minimum(n)) }
                ?? .everything(results)
            if options.json {
                Output.json(pairs: SurveySummaryJSON.pairs(results, disclosure, rounds: SurveyRound.all(responses), address: address))
            } else {
                for line in SurveySummaryText.lines(results, disclosure, options.language) { Output.line(line) }
            }
        }
    }
}

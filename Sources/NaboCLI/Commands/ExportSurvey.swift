import ArgumentParser
import NaboCore
import NaboStore

struct ExportSurvey: FormatChoice {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Export survey results for reports that leave the office, with small groups suppressed.",
        discussion: "No group of fewer than --min-group respondents is shown, and where one group under a total is hidden the next smallest is hidden too. The latest round is used when none is named.")

    enum Format: String, CaseIterable { case csv, md }

    @Option(name: .long, help: "The round (default: the latest by response dates).") var round: String?
    @Option(name: .long, help: "An earlier round to compare with.") var compare: String?
    @Option(name: .customLong("format"), help: "csv or md.") var formatName: String
    @Option(name: .customLong("min-group"), help: "The smallest group shown (default 5).") var minGroup = Suppression.defaultMinimum
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let format = try self.format
            let replica = store.replica
            let minimum = try SurveySelection.minimum(minGroup)
            let responses = try SurveySelection.responses(replica, address: nil)
            let name = try SurveySelection.round(round, in: responses)
            let results = SurveyResults(round: name, form: nil, responses: responses, replica: replica)
            // The earlier round is read against the same form, so statements pair up by id.
            let before = try compare.map { (c) throws(Message) in
                SurveyResults(round: try SurveyRound.named(c, in: responses), form: results.form, responses: responses, replica: replica)
            }
            let language = options.language
            let dialect = try csv.dialect()
            let text = switch format {
            case .csv: SurveyExport.csv(results, before: before, minimum: minimum, language: language, dialect: dialect).text(dialect)
            case .md: SurveyExport.markdown(results, before: before, minimum: minimum, language: language)
            }
            let file = Message(nb: "kartlegging", en: "survey").text(language) + "-" + Self.slug(name) + ".\(format.rawValue)"
            try output.write(text, suggestedName: file, language: options.language)
        }
    }

    /// A round's name as part of a file name: "Januar 2024" becomes "januar-2024".
    static func slug(_ s: String) -> String {
        let kept = s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(kept).split(separator: "-").joined(separator: "-")
    }
}

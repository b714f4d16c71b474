import ArgumentParser
import NaboCore
import NaboStore
import NaboTUI

struct ExportPlan: FormatChoice {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Export the action plan: CSV with one row per measure, or Markdown laid out as the report's matrix.",
        discussion: "Example: nabo export plan --format csv --separator ';' --bom --output handlingsplan.csv")

    enum Format: String, CaseIterable { case csv, md }

    @Option(name: .customLong("format"), help: "csv or md.") var formatName: String
    @Option(name: .long, help: "Only measures at this address (id).") var address: String?
    @Option(name: .long, help: "Only this category (attic, lock, ...).") var category: String?
    @Option(name: .long, help: "Only this responsible (byggdrift, project, resident, other).") var responsible: String?
    @Option(name: .long, help: "Only this status (not-started, to-assess, waiting, ordered, in-progress, done).") var status: String?
    @Flag(name: .long, help: "Only measures past their due date and not done.") var late = false
    @Option(name: .long, help: "Only measures whose text holds every word of this, accents and æ ø å optional.") var search: String?
    @OptionGroup var csv: CSVOptions
    @OptionGroup var output: ExportOutput
    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let format = try self.format
            let replica = store.replica
            let today = try options.today(store)
            let filter = try PlanFilter(address: address, category: category, responsible: responsible, status: status,
                                        lateOnly: late).validated(in: replica)
            let language = options.language
            let name = Message(nb: "handlingsplan", en: "action-plan").text(language) + "-\(today.iso).\(format.rawValue)"
            let words = SearchQuery.words(search ?? "")
            switch format {
            case .csv:
                let dialect = try csv.dialect()
                try output.stream(suggestedName: name, language: language) { write in
                    PlanCSV.write(replica, filter: filter, words: words, today: today, language: language, dialect: dialect, write)
                }
            case .md:
                // The matrix is a summary of every measure, made whole.
                let measures = filter.measures(in: replica, today: today).filter { PlanSearch.matches($0, words: words, in: replica) }
                try output.write(PlanExport.markdown(PlanMatrix.build(measures: measures, replica: replica, today: today), today: today, language: language),
                                 suggestedName: name, language: language)
            }
        }
    }
}

/// What a coordinator asks for, from the command line or the interface: the report over these
/// options or the status since the last meeting, in a format, and the file name it suggests.
public struct ReportRequest: Hashable, Sendable {
    public enum Format: String, CaseIterable, Hashable, Sendable {
        case html, md

        public func text(_ document: ReportDocument) -> String {
            switch self {
            case .html: ReportHTML.html(document)
            case .md: ReportMarkdown.markdown(document)
            }
        }
    }

    public var options: ReportOptions
    public var format: Format
    /// The short status since the last work group meeting rather than the evaluation.
    public var status: Bool

    public init(options: ReportOptions, format: Format, status: Bool = false) {
        self.options = options
        self.format = format
        self.status = status
    }

    /// `evaluering-2026-11-22.html`, `status-2026-11-22-internt.md`: the day and what it is, never who.
    public var fileName: String {
        let l = options.language
        let stem = status ? "status-" + options.today.iso : Message(nb: "evaluering-", en: "evaluation-").text(l) + options.period.to.iso
        return stem + (options.internalUse ? Message(nb: "-internt", en: "-internal").text(l) : "") + "." + format.rawValue
    }

    /// The status document; the evaluation needs the measures' histories, which the store reads.
    public func statusDocument(_ replica: Replica) -> ReportDocument {
        Report.status(replica, today: options.today, addresses: options.addresses, language: options.language, internalUse: options.internalUse)
    }
}

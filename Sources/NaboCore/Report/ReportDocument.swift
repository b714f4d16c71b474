/// A report as its writers read it: chapters of blocks, every text already in the report's
/// language and every figure already suppressed. The Markdown and HTML writers only lay it out, so
/// what may leave the office is decided once, where the figures are counted.
public struct ReportDocument: Equatable, Sendable {
    public var language: Language
    /// "Evaluering – Bomiljø Sandefjord".
    public var title: String
    /// The project and its periods, for the first page and every printed page's header.
    public var subtitle: String
    /// Set with `--internal`: names and exact counts are kept, and every page says so.
    public var internalUse: Bool
    /// The marking every page of an internal report carries.
    public var internalMark: String
    /// How figures were hidden and what "<5" means, under the title.
    public var preface: [String]
    public var chapters: [ReportChapter]
    /// A short document (the status for a meeting): printed without a page break between chapters.
    public var compact: Bool

    public init(language: Language, title: String, subtitle: String, internalUse: Bool, internalMark: String,
                preface: [String], chapters: [ReportChapter], compact: Bool = false) {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.internalUse = internalUse
        self.internalMark = internalMark
        self.preface = preface
        self.chapters = chapters
        self.compact = compact
    }
}

public struct ReportChapter: Equatable, Sendable {
    /// A stable anchor: "goals", "events", "survey", "participation", "plan", "limits".
    public var id: String
    public var title: String
    public var blocks: [ReportBlock]

    public init(id: String, title: String, blocks: [ReportBlock]) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }
}

public enum ReportBlock: Equatable, Sendable {
    /// A heading inside a chapter (a goal, a sub-goal).
    case heading(String)
    case paragraph(String)
    /// Labelled texts, as the seed writes a goal: "Metode: …", "Virkemidler: …".
    case facts([ReportFact])
    case list([String])
    case table(ReportTable)
    case bars(ReportBarChart)
    case stacked(ReportStackedChart)
    /// A caution the reader must not miss: what the data cannot say.
    case caution(String)
}

public struct ReportFact: Equatable, Sendable {
    public var label: String
    public var text: String

    public init(_ label: String, _ text: String) {
        self.label = label
        self.text = text
    }
}

public struct ReportTable: Equatable, Sendable {
    public var caption: String
    public var header: [String]
    public var rows: [[String]]
    /// Columns that hold figures, set right-aligned.
    public var numeric: Set<Int>

    public init(caption: String, header: [String], rows: [[String]], numeric: Set<Int> = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.numeric = numeric
    }
}

/// One figure as shown: its text ("12", "<5", "62,5", "–") and the value a bar is drawn to, nil
/// where no bar may be drawn (a hidden or missing figure).
public struct ReportValue: Equatable, Sendable {
    public var text: String
    public var value: Double?

    public init(_ text: String, _ value: Double?) {
        self.text = text
        self.value = value
    }
}

/// Bars in groups: for each group (an address, a month) one bar per series (baseline and project
/// period, or one series alone), each labelled with its figure, and what the comparison says.
public struct ReportBarChart: Equatable, Sendable {
    public struct Group: Equatable, Sendable {
        public var label: String
        /// One per series, in the series' order.
        public var values: [ReportValue]
        /// "−48 %", "too few to compare", or empty.
        public var comparison: String

        public init(label: String, values: [ReportValue], comparison: String = "") {
            self.label = label
            self.values = values
            self.comparison = comparison
        }
    }

    public var caption: String
    public var series: [String]
    public var groups: [Group]
    /// The heading of the comparison column in the chart's table, empty when no group compares.
    public var comparisonLabel: String

    public init(caption: String, series: [String], groups: [Group], comparisonLabel: String = "") {
        self.caption = caption
        self.series = series
        self.groups = groups
        self.comparisonLabel = comparisonLabel
    }
}

/// Distributions as stacked bars: each row (a round, an address) split into the answers 1–7, with
/// the number who answered beside it. A hidden row has no parts and says why in `total`.
public struct ReportStackedChart: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var label: String
        /// One per category; empty when the row is hidden.
        public var counts: [Int]
        /// "n = 12", or "<5".
        public var total: String

        public init(label: String, counts: [Int], total: String) {
            self.label = label
            self.counts = counts
            self.total = total
        }
    }

    public var caption: String
    /// "1" … "7", with the scale's words at the ends where the form has them.
    public var categories: [String]
    public var rows: [Row]

    public init(caption: String, categories: [String], rows: [Row]) {
        self.caption = caption
        self.categories = categories
        self.rows = rows
    }
}

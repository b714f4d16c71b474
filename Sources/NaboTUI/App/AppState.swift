import NaboCore

/// Everything the interface shows that is not the data itself: where the user is, what they are
/// typing, the last message. Views draw it together with a `Directory`; the reducer changes it.
public struct AppState: Hashable, Sendable {
    /// The way here from home, home first; never empty.
    public var places: [Place]
    public var mode: InputMode
    /// The outcome of the last action, shown until the next key.
    public var message: StatusMessage?
    public var language: Language
    /// Running on the demo store: the status line says DEMO.
    public var isDemo: Bool
    /// The store is sealed: a plain one says "not encrypted" on the status line.
    public var isEncrypted: Bool
    /// The themes `:theme` can switch to.
    public var themeNames: [String]
    public var visits = VisitState()
    /// The record form open over the screen: an input, its answer, a plan, a measure or a dugnad's.
    public var recordForm: RecordForm?
    public var dugnad = DugnadState()
    /// An address, unit or resident about to be deleted.
    public var stock = StockState()
    /// The history of the record on screen, once the runner has read it.
    public var history: RecordHistory?
    /// The survey being taken, while its screen is open.
    public var survey: SurveyTaking?
    /// The feature whose save or export the runner is carrying out: its outcome goes back there.
    public var awaitingSave: FeatureID?
    /// A draft found at start, offered back until the worker answers.
    public var offeredDraft: FormDraft?
    /// A sheet `:import` read, shown until the worker answers.
    public var importPreview: ImportPreview?
    /// The report `:rapport` will write, shown until the worker answers.
    public var reportOrder: ReportOrder?
    /// The automatic sync, for the status line; nil when no sync folder is named.
    public var sync: SyncStatus?

    public init(language: Language, isDemo: Bool, isEncrypted: Bool = false, themeNames: [String] = [], message: StatusMessage? = nil) {
        self.places = [Place(.home)]
        self.mode = .browsing
        self.message = message
        self.language = language
        self.isDemo = isDemo
        self.isEncrypted = isEncrypted
        self.themeNames = themeNames
    }

    /// A form has the keys: printable keys are text.
    public var isFormOpen: Bool { visits.form != nil || recordForm != nil }

    /// The place on screen.
    public var current: Place {
        get { places[places.count - 1] }
        set { places[places.count - 1] = newValue }
    }
}

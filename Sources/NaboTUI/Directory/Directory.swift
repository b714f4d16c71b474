import NaboCore

/// What the screens read, derived once from the folded records: sorted tables of addresses,
/// units and residents, the indexes between them, and the search keys. Visits, by far the most
/// records, are read through the replica's visit index and decoded only when a screen shows them.
///
/// Built when the data changes, never per frame, so drawing a screen and moving through a list of
/// tens of thousands of rows costs the rows on screen only. Rows refer to each other by position
/// in these tables.
public struct Directory: Sendable {
    /// The day "due" and "late" are measured against.
    public let today: CalendarDate
    /// Sorted by street, number and letter.
    public internal(set) var addresses: [AddressEntry] = []
    /// Sorted by address, then H-nummer.
    public internal(set) var units: [UnitEntry] = []
    /// Sorted by name, as Norwegian orders letters.
    public internal(set) var residents: [ResidentEntry] = []
    /// Every live visit's day, unit and residents; lists of visits hold positions in it. Read from
    /// the snapshot on the second core while the tables are built.
    public internal(set) var visitIndex = VisitIndex()
    /// The newest visits, newest first, as many as the tallest recent-activity list shows.
    public internal(set) var recentVisits: [Int] = []
    /// Every address and every resident, as the lists show them unfiltered.
    public internal(set) var allAddresses: [Int] = []
    public internal(set) var allResidents: [Int] = []
    /// Residents due a visit, longest overdue first.
    public internal(set) var dueResidents: [Int] = []
    /// Residents due a visit as the core counts it (the agreed date or the plan's frequency), most overdue first.
    public internal(set) var due: [DueEntry] = []
    /// This week's planned visits, Monday to Sunday.
    public internal(set) var planned: [PlannedEntry] = []
    /// Inputs waiting for an answer, oldest first; worked out when the inputs screen first asks.
    public var openInputs: [OpenInput] { openInputList.value }
    let openInputList: Deferred<[OpenInput]>
    public internal(set) var openMeasures = 0
    /// The follow-up plan (id) of each resident (id) that has one, the latest started.
    var planOfResident: [String: String] = [:]
    /// For the timelines, which are read from the records when a timeline screen asks; made then,
    /// since start-up has no use for it, and kept until the records change.
    var timelineIndex: Deferred<TimelineIndex>
    /// For the indicators screen: a pass over the records, made when the screen is opened.
    let indicatorTable: Deferred<IndicatorRows>
    public internal(set) var lateMeasures = 0
    /// The data itself, for the action plan's filters, matrix and conflicts.
    public let replica: Replica
    /// Live measures in plan order, worked out when the board or the matrix first asks.
    public var measures: [Record] { planTable.value.measures }
    let planTable: Deferred<PlanTable>
    public internal(set) var waitingOnByggdrift = 0
    /// Measures whose status was set to done in the last 30 days.
    public internal(set) var doneRecently = 0
    var measureByID: [String: Int] { planTable.value.byID }
    public internal(set) var dugnads = DugnadTables()
    public internal(set) var survey = SurveyTables()
    /// The meetings, their agendas and the measures decided at them, read whole when a meeting's
    /// screen or form first asks: start-up does not wait for the pass over every measure it takes.
    public var meetings: MeetingOverview { meetingOverview.value }
    let meetingOverview: Deferred<MeetingOverview>
    /// The progress plan in planned order.
    public let activities: [Activity]

    var addressByID: [String: Int] = [:]
    var unitByID: [String: Int] = [:]
    var residentByID: [String: Int] = [:]
    /// Units of each address (by its row), in H-nummer order.
    var unitsOfAddress: [[Int]] = []
    /// Residents of each unit (by its row): those living there by name, then earlier ones,
    /// latest out first.
    var residentsOfUnit: [[Int]] = []
    /// Made at the first search, from the tables as built; copies of the directory share it.
    var search = Deferred { DirectorySearch() }

    public init(replica: Replica, today: CalendarDate) {
        self.today = today
        self.replica = replica
        // Given the directory's visit index once it is read, below.
        timelineIndex = Deferred { TimelineIndex(replica) }
        indicatorTable = Deferred { IndicatorRows(replica, today: today) }
        meetingOverview = Deferred { MeetingOverview(replica, today: today) }
        planTable = Deferred { PlanTable(PlanFilter().measures(in: replica, today: today)) }
        openInputList = Deferred { OpenInputs.list(replica, today: today) }
        activities = Activity.plan(replica)
        let lists = BackgroundWork { DirectoryLists(replica, today: today) }
        collectAddresses(replica)
        collectUnits(replica)
        collectResidents(replica)
        collectMeasures(replica)
        collectDugnads(replica)
        summarise()
        deferSearch()
        let found = lists.wait()
        (visitIndex, recentVisits) = (found.visits, found.recent)
        let visits = found.visits
        timelineIndex = Deferred { TimelineIndex(replica, visits: visits) }
        takeDue(found)
        survey = found.survey
    }

    public func address(_ id: String) -> AddressEntry? { addressByID[id].map { addresses[$0] } }
    public func unit(_ id: String) -> UnitEntry? { unitByID[id].map { units[$0] } }
    public func resident(_ id: String) -> ResidentEntry? { residentByID[id].map { residents[$0] } }

    public func units(at addressID: String) -> [Int] { addressByID[addressID].map { unitsOfAddress[$0] } ?? [] }
    public func residents(of unitID: String) -> [Int] { unitByID[unitID].map { residentsOfUnit[$0] } ?? [] }
    /// The resident's visits, newest first, as positions in `visitIndex`.
    public func visits(of residentID: String) -> [Int] { visitIndex.newestFirst(visitIndex.visits(ofResident: residentID)) }

    /// "Runarveien 1, H0101" for a resident's or unit's home, as far as it is known.
    public func home(ofUnit index: Int?) -> String {
        guard let index else { return "" }
        let unit = units[index]
        guard let address = unit.address else { return unit.number }
        return addresses[address].title + ", " + unit.number
    }
}

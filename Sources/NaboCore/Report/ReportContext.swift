/// What every chapter of a report reads, gathered once: the addresses in scope in address order,
/// the periods, the indicators per address and period, and the ways a figure is shown.
struct ReportContext {
    let replica: Replica
    let options: ReportOptions
    let figures: ReportFigures
    let mask: NameMask
    /// Address ids in address order.
    let addresses: [String]
    let inScope: Set<String>
    /// The baseline first when there is one, then the project period.
    let periods: [IndicatorPeriod]
    /// The indicators' rows by key, then address: a report of a city asks for thousands of them.
    let rows: [String: [String: [Double?]]]
    let paths: [String: MeasurePath]
    let participation: ParticipationTally
    /// The live measures at the addresses in scope, by plan item, title and address.
    let measures: [Measure]

    init(_ replica: Replica, _ options: ReportOptions, paths: [String: MeasurePath]) {
        self.replica = replica
        self.options = options
        self.paths = paths
        figures = ReportFigures(language: options.language, internalUse: options.internalUse)
        mask = options.internalUse ? NameMask.none : NameMask(replica, placeholder: Message(nb: "[beboer]", en: "[resident]").text(options.language))
        periods = (options.baseline.map { [$0] } ?? []) + [options.period]
        // The project's months after its periods, so that one pass over the visits counts them all.
        let months = options.period.split(by: .month)
        let indicators = Indicators(replica, periods: periods + months, addresses: options.addresses, today: options.today)
        var seen: [String] = []
        var rows: [String: [String: [Double?]]] = [:]
        for row in indicators.rows {
            if seen.last != row.address { seen.append(row.address) }
            rows[row.key, default: [:]][row.address] = Array(row.values.prefix(periods.count))
        }
        self.rows = rows
        // By street, then house number as a number: Bjerggata 2 before Bjerggata 10.
        addresses = AddressText.ordered(seen, in: replica)
        inScope = Set(seen)
        let place = Dictionary(addresses.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        measures = replica.records(EntityType.measure.rawValue).filter { !$0.isDeleted }.map(Measure.init)
            .filter { $0.address.map(place.keys.contains) ?? false }
            .sorted { ($0.planItem ?? "~", $0.title, place[$0.address!]!, $0.id) < ($1.planItem ?? "~", $1.title, place[$1.address!]!, $1.id) }
        participation = ParticipationTally(replica, periods: periods, months: months, indicators: indicators, inScope: inScope, today: options.today)
    }

    func t(_ nb: String, _ en: String) -> String { figures.t(nb, en) }
    var language: Language { options.language }
    var hasBaseline: Bool { options.baseline != nil }

    func label(_ address: String) -> String { AddressText.short(address, in: replica) }

    /// The series of a two-period chart: "Før (…)" and "Prosjekt (…)".
    var periodNames: [String] {
        (options.baseline.map { [t("Før", "Before") + " " + figures.period($0)] } ?? []) + [t("Prosjekt", "Project") + " " + figures.period(options.period)]
    }

    /// One figure per period for one address, or summed over the addresses in scope.
    func values(_ key: String, at address: String? = nil) -> [Double?] {
        let byAddress = rows[key] ?? [:]
        if let address { return byAddress[address] ?? Array(repeating: nil, count: periods.count) }
        return periods.indices.map { p in
            let present = byAddress.values.compactMap { $0[p] }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
    }

    func counts(_ key: String, at address: String? = nil) -> [Int] {
        values(key, at: address).map { Int(($0 ?? 0).rounded()) }
    }


    func status(_ value: String) -> String { VocabularyLabel.text(value, language) }
}

extension NameMask {
    /// For a report that stays in the office, where names are kept.
    static let none = NameMask(Replica(), placeholder: "")
}

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
    let indicators: Indicators
    let paths: [String: MeasurePath]
    let participation: ParticipationTally

    init(_ replica: Replica, _ options: ReportOptions, paths: [String: MeasurePath]) {
        self.replica = replica
        self.options = options
        self.paths = paths
        figures = ReportFigures(language: options.language, internalUse: options.internalUse)
        mask = options.internalUse ? NameMask.none : NameMask(replica, placeholder: Message(nb: "[beboer]", en: "[resident]").text(options.language))
        periods = (options.baseline.map { [$0] } ?? []) + [options.period]
        indicators = Indicators(replica, periods: periods, addresses: options.addresses, today: options.today)
        var seen: [String] = []
        for row in indicators.rows where seen.last != row.address { seen.append(row.address) }
        addresses = seen
        inScope = Set(seen)
        participation = ParticipationTally(replica, periods: periods, months: options.period.split(by: .month), inScope: inScope, today: options.today)
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
        let rows = indicators.rows.filter { $0.key == key && (address == nil || $0.address == address) }
        return periods.indices.map { p in
            let present = rows.compactMap { $0.values[p] }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
    }

    func counts(_ key: String, at address: String? = nil) -> [Int] {
        values(key, at: address).map { Int(($0 ?? 0).rounded()) }
    }

    func measures() -> [Measure] {
        replica.records(EntityType.measure.rawValue).filter { !$0.isDeleted }.map(Measure.init)
            .filter { $0.address.map(inScope.contains) ?? false }
            .sorted { ($0.planItem ?? "~", $0.title, AddressText.short($0.address ?? "", in: replica), $0.id) < ($1.planItem ?? "~", $1.title, AddressText.short($1.address ?? "", in: replica), $1.id) }
    }

    func status(_ value: String) -> String { VocabularyLabel.text(value, language) }
}

extension NameMask {
    /// For a report that stays in the office, where names are kept.
    static let none = NameMask(Replica(), placeholder: "")
}

/// The results of one round of one form: each respondent's index, each statement's answers in all and
/// per address, and each address's index as the median of its respondents'. Nothing here is hidden;
/// reports that leave the office pass these through `SurveyDisclosure`.
public struct SurveyResults: Equatable, Sendable {
    public struct Respondent: Equatable, Sendable {
        public var response: String
        public var resident: String
        public var address: String?
        public var answered: Int
        public var index: Double?
    }

    public struct StatementResult: Equatable, Sendable {
        public var statement: SurveyForm.Statement
        public var total: Distribution
        /// By address id; nil collects residents whose address is unknown.
        public var byAddress: [String?: Distribution]
    }

    /// The index of a group: the median of the indexes of its respondents who have one.
    public struct IndexResult: Equatable, Sendable {
        public var respondents: Int
        public var indexed: Int
        public var median: Double?
    }

    public struct Group: Equatable, Sendable {
        /// nil for residents whose address is unknown.
        public var address: String?
        public var label: String?
        public var index: IndexResult
    }

    public var round: String
    public var form: SurveyForm
    public var respondents: [Respondent]
    public var statements: [StatementResult]
    /// In address order, the unknown address last.
    public var groups: [Group]
    public var total: IndexResult
    /// Responses in the round that answered an older version of the form than its current one.
    public var olderVersion: Int
    /// Responses in the round to other forms, not counted here.
    public var otherForms: Int

    /// `form` nil picks the form most responses in the round answered. One response per resident
    /// counts: the latest, should a resident have answered twice in a round.
    public init(round: String, form chosen: SurveyForm?, responses all: [SurveyResponse], replica: Replica) {
        let inRound = all.filter { $0.round == round }
        let form = chosen ?? Self.commonForm(inRound, replica) ?? SurveyForm(id: "", name: "", version: 1, statements: [])
        self.round = round
        self.form = form
        var latest: [String: SurveyResponse] = [:]
        for r in inRound where r.form == form.id {
            if let seen = latest[r.resident], (seen.date?.dayNumber ?? Int.min, seen.id) > (r.date?.dayNumber ?? Int.min, r.id) { continue }
            latest[r.resident] = r
        }
        let counted = latest.values.sorted { $0.id < $1.id }
        otherForms = inRound.count - inRound.filter { $0.form == form.id }.count
        olderVersion = counted.filter { ($0.formVersion ?? form.version) < form.version }.count
        let people = counted.map { r in
            let (answered, index) = RespondentIndex.compute(r.answers, form: form)
            return Respondent(response: r.id, resident: r.resident, address: r.address, answered: answered, index: index)
        }
        respondents = people
        statements = form.statements.map { s in
            var result = StatementResult(statement: s, total: Distribution(), byAddress: [:])
            for r in counted {
                guard let a = r.answers[s.id] else { continue }
                result.total.add(a)
                result.byAddress[r.address, default: Distribution()].add(a)
            }
            return result
        }
        let addresses = Set(counted.map(\.address))
        let ordered = addresses.compactMap { $0 }.sorted { a, b in
            switch (replica.record("address", a), replica.record("address", b)) {
            case let (x?, y?): AddressText.sortKey(x) < AddressText.sortKey(y)
            default: a < b
            }
        }.map { Optional($0) } + (addresses.contains(nil) ? [nil] : [])
        groups = ordered.map { a in
            Group(address: a, label: a.map { AddressText.short($0, in: replica) }, index: Self.index(people.filter { $0.address == a }))
        }
        total = Self.index(people)
    }

    static func index(_ people: [Respondent]) -> IndexResult {
        let values = people.compactMap(\.index)
        return IndexResult(respondents: people.count, indexed: values.count, median: Median.of(values))
    }

    static func commonForm(_ responses: [SurveyResponse], _ replica: Replica) -> SurveyForm? {
        var counts: [String: Int] = [:]
        for r in responses where replica.live("form", r.form) != nil { counts[r.form, default: 0] += 1 }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }
        return best.flatMap { replica.live("form", $0.key) }.map(SurveyForm.init)
    }

    /// All respondents, or those at one address (nil: the address is unknown).
    public enum Scope: Hashable, Sendable {
        case all
        case address(String?)
    }

    public func statement(_ id: String) -> StatementResult? {
        statements.first { $0.statement.id == id }
    }

    public func distribution(_ statement: String, _ scope: Scope) -> Distribution? {
        guard let s = self.statement(statement) else { return nil }
        switch scope {
        case .all: return s.total
        case .address(let a): return s.byAddress[a]
        }
    }

    public func index(_ scope: Scope) -> IndexResult? {
        switch scope {
        case .all: total
        case .address(let a): groups.first { $0.address == a }?.index
        }
    }
}

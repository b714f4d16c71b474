/// The draft as the record it would become, so the rules read its fields through the same typed
/// records as everything else instead of by name. Built when a rule asks: rules run once a change.
extension Draft {
    var record: Record {
        let version = Version(clock: HLC(raw: 0), device: 0, seq: 0)
        var record = Record(id: id)
        record.registers = values.map { Register(field: $0.key, winner: Head(value: $0.value, version: version)) }
        record.sets = sets.map { field, members in
            SetRegister(field: field, elements: members.map { SetRegister.Element(value: $0, present: true, version: version) })
        }
        return record
    }

    var visit: Visit { Visit(record) }
    var input: Input { Input(record) }
    var measure: Measure { Measure(record) }
    var resident: Resident { Resident(record) }
    var housingUnit: HousingUnit { HousingUnit(record) }
    var followUpPlan: FollowUpPlan { FollowUpPlan(record) }
    var tenancy: Tenancy { Tenancy(record) }
    var countedEvent: CountedEvent { CountedEvent(record) }
    var project: Project { Project(record) }
    func dugnad(in replica: Replica) -> Dugnad { Dugnad(record, in: replica) }
    func response(in replica: Replica) -> SurveyResponse { SurveyResponse(record, in: replica) }
}

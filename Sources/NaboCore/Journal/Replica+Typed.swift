/// Typed records looked up by id, and the one way from a resident to the address they live at.
extension Replica {
    public func liveResident(_ id: String) -> Resident? { live(EntityType.resident.rawValue, id).map(Resident.init) }
    public func liveUnit(_ id: String) -> HousingUnit? { live(EntityType.unit.rawValue, id).map(HousingUnit.init) }
    public func liveVisit(_ id: String) -> Visit? { live(EntityType.visit.rawValue, id).map(Visit.init) }

    /// The address of the resident's unit, deleted or not: counts of past dugnads and surveys place
    /// a resident where the store last put them.
    public func address(ofResident id: String) -> String? {
        record(EntityType.resident.rawValue, id).flatMap(Resident.unit(of:))
            .flatMap { record(EntityType.unit.rawValue, $0) }
            .flatMap { HousingUnit($0).address }
    }

    /// The live unit of a live resident.
    public func unit(ofResident id: String) -> HousingUnit? {
        liveResident(id)?.unit.flatMap(liveUnit)
    }
}

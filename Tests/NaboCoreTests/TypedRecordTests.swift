import Testing
@testable import NaboCore

/// Typed records read from records as stored, including what an older or newer version, or a hand
/// edit, may have left: missing fields, fields of the wrong type, values outside a vocabulary.
@Suite struct TypedRecordTests {
    /// One record of `type` holding exactly these fields, folded as a journal line would be.
    func record(_ type: EntityType, _ fields: [String: JSONValue], sets: [String: [String]] = [:]) -> Record {
        var op = Op(id: OpID(device: "d1", seq: 1), clock: HLC(raw: 1), author: "T", type: type.rawValue, entity: "x1")
        op.writes = fields.sorted { $0.key < $1.key }.map { FieldWrite($0.key, $0.value) }
        op.setChanges = sets.sorted { $0.key < $1.key }.flatMap { field, members in members.map { SetChange(field, $0, add: true) } }
        var replica = Replica()
        replica.apply(op)
        return replica.record(type.rawValue, "x1")!
    }

    @Test func anInputReadsItsFieldsAndItsOutcome() {
        let i = Input(record(.input, ["resident": "r1", "text": "Lyset i trappa", "outcome": "declined", "reason": "Ikke vårt",
                                      "date": "2026-11-02", "answeredOn": "2026-11-20", "visit": "v1", "response": "s1", "statement": "3"]))
        #expect(i.resident == "r1")
        #expect(i.text == "Lyset i trappa")
        #expect(i.outcome == .declined)
        #expect(!i.isOpen)
        #expect(i.reason == "Ikke vårt")
        #expect(i.date == CalendarDate("2026-11-02"))
        #expect(i.answeredOn == CalendarDate("2026-11-20"))
        #expect([i.visit, i.response, i.statement] == ["v1", "s1", "3"])
    }

    @Test func anInputWithoutFieldsIsOpenAndEmpty() {
        let i = Input(record(.input, [:]))
        #expect(i.resident == nil)
        #expect(i.text == "")
        #expect(i.outcome == .open)
        #expect(i.isOpen)
        #expect(i.date == nil && i.answeredOn == nil)
    }

    @Test func anInputWithWrongTypedFieldsReadsThemAsMissing() {
        let i = Input(record(.input, ["resident": 7, "text": ["a"], "outcome": true, "date": "22. november", "answeredOn": 20261120]))
        #expect(i.resident == nil)
        #expect(i.text == "")
        #expect(i.outcome == .open)
        #expect(i.date == nil)
        #expect(i.answeredOn == nil)
    }

    @Test func anOutcomeFromANewerVersionIsKeptButIsNoneOfOurs() {
        let i = Input(record(.input, ["outcome": "forwarded"]))
        #expect(i.outcomeValue == "forwarded")
        #expect(i.outcome == nil)
        #expect(!i.isOpen)
    }

    @Test func aFollowUpPlanReadsItsFieldsAndPartners() {
        let p = FollowUpPlan(record(.followUp, [
            "resident": "r1", "frequency": 14, "content": "Samtaler", "consent": "Muntlig, 22.11.", "started": "2026-11-22",
            "ended": "2026-12-30", "endReason": "Flyttet",
            "partners": [["kind": "NAV", "contact": "Kari Hansen"], ["kind": "DPS"], ["contact": "no kind"], "NAV"],
        ]))
        #expect(p.resident == "r1")
        #expect(p.frequency == 14)
        #expect(p.content == "Samtaler")
        #expect(p.consent == "Muntlig, 22.11.")
        #expect(p.started == CalendarDate("2026-11-22"))
        #expect(p.ended == CalendarDate("2026-12-30"))
        #expect(p.endReason == "Flyttet")
        #expect(p.partners == [FollowUpPlan.Partner(kind: "NAV", contact: "Kari Hansen"), FollowUpPlan.Partner(kind: "DPS")])
    }

    @Test func aFollowUpPlanWithoutFieldsOrWithWrongTypedOnes() {
        let empty = FollowUpPlan(record(.followUp, [:]))
        #expect(empty.resident == nil && empty.frequency == nil && empty.consent == nil && empty.started == nil && empty.ended == nil)
        #expect(empty.partners == nil)
        let wrong = FollowUpPlan(record(.followUp, ["frequency": "14", "partners": "NAV", "started": 5, "consent": ""]))
        #expect(wrong.frequency == nil)
        #expect(wrong.partners == [])
        #expect(wrong.started == nil)
        #expect(wrong.consent == nil)
        #expect(FollowUpPlan(record(.followUp, ["partners": nil])).partners == [])
    }

    @Test func aVisitKindOutsideTheVocabularyIsNone() {
        #expect(Visit(record(.visit, ["kind": "inspection"])).kind == .inspection)
        #expect(Visit(record(.visit, [:])).kind == .homeVisit)
        let newer = Visit(record(.visit, ["kind": "video-call"]))
        #expect(newer.kindValue == "video-call")
        #expect(newer.kind == nil)
        #expect(Visit(record(.visit, ["kind": 3])).kind == .homeVisit)
    }

    @Test func aMeasureReadsSingleFieldsAsItsWholeReadingDoes() {
        let r = record(.measure, ["address": "a1", "unit": "u1", "category": "pest", "responsible": "project", "visit": "v1"])
        let m = Measure(r)
        #expect(Measure.address(of: r) == m.address)
        #expect(Measure.unit(of: r) == m.unit)
        #expect(Measure.categoryValue(of: r) == "pest")
        #expect(Measure.responsibleValue(of: r) == "project")
        #expect(Measure.origins(of: r).visit == "v1" && Measure.origins(of: r).response == nil)
        let bare = record(.measure, ["category": 4])
        #expect(Measure.categoryValue(of: bare) == MeasureCategory.fallback.rawValue)
        #expect(Measure.responsibleValue(of: bare) == Responsible.fallback.rawValue)
    }

    @Test func aSurveyResponseReadsItsStatusAndFollowUps() {
        let r = record(.response, ["resident": "r1", "form": "f1", "round": "Høst 2026", "status": "in-progress",
                                   "followUps": ["3": "Låsen", "4": "  ", "5": 2]])
        #expect(SurveyResponse.resident(of: r) == "r1")
        #expect(SurveyResponse.form(of: r) == "f1")
        #expect(SurveyResponse.round(of: r) == "Høst 2026")
        #expect(SurveyResponse.status(of: r) == .inProgress)
        #expect(SurveyResponse.followUps(of: r) == ["3": "Låsen"])
        let old = record(.response, ["status": "archived", "followUps": "Låsen"])
        #expect(SurveyResponse.status(of: old) == .complete)
        #expect(SurveyResponse.followUps(of: old).isEmpty)
        #expect(SurveyResponse.resident(of: old) == "")
    }

    @Test func aResidentsAddressGoesThroughTheirUnit() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let r = try w.resident("Ola Test", at: a)
        #expect(w.replica.address(ofResident: r) == a)
        #expect(w.replica.unit(ofResident: r)?.address == a)
        #expect(w.replica.address(ofResident: "nobody") == nil)
        let unit = try #require(w.replica.liveResident(r)?.unit)
        try w.commit(.set(.resident, id: r, Edit(values: ["unit": ""])))
        #expect(w.replica.address(ofResident: r) == nil)
        #expect(w.replica.liveUnit(unit)?.address == a)
    }

    @Test func aDraftReadsAsTheRecordItWouldBecome() {
        var d = Draft(type: .visit, id: "v1")
        d.values = ["date": "2026-11-22T14:30+01:00", "kind": "phone", "note": .null]
        d.sets = ["residents": ["r1", "r2"]]
        #expect(d.visit.day == CalendarDate("2026-11-22"))
        #expect(d.visit.when?.minutes == 14 * 60 + 30)
        #expect(d.visit.kind == .phone)
        #expect(d.visit.note == nil)
        #expect(d.visit.residents == ["r1", "r2"])
        #expect(d.record.id == "v1")
    }
}

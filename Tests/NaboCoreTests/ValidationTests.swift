import NaboTestSupport
import Testing
@testable import NaboCore

/// Bad input gets a message a worker understands, in both languages, and changes nothing.
@Suite struct ValidationTests {
    let ctx = Fixed.context()

    func world() throws -> (Replica, address: String, unit: String, resident: String) {
        var r = Replica()
        var c = ctx
        let ops = try Planner.plan(.batch([
            .add(.address, Edit(values: ["street": "Runarveien", "number": "1", "postcode": "3216", "city": "Sandefjord"])),
            .add(.unit, Edit(values: ["address": Context.recordID(.address, device: c.device, seq: 1), "number": "H0101"])),
            .add(.resident, Edit(values: ["name": "Kari Nordvik", "unit": Context.recordID(.unit, device: c.device, seq: 2)])),
        ]), in: r, context: c)
        ops.forEach { r.apply($0) }
        c.nextSeq = 4
        return (r, ops[0].entity, ops[1].entity, ops[2].entity)
    }

    func message(_ change: Change, in r: Replica) -> Message? {
        var c = ctx
        c.nextSeq = UInt32(r.operationCount + 1)
        do {
            _ = try Planner.plan(change, in: r, context: c)
            return nil
        } catch {
            return error
        }
    }

    @Test func rejectsBadValuesWithBothLanguages() throws {
        let (r, a, _, p) = try world()
        let cases: [(Change, String)] = [
            (.add(.unit, Edit(values: ["address": a, "number": "X0101"])), "H-nummer"),
            (.add(.unit, Edit(values: ["address": a, "number": "H0101"])), "H0101"),
            (.add(.resident, Edit(values: ["name": "   "])), "navn"),
            (.add(.resident, Edit(values: ["name": "Ola", "phone": "12345"])), "Telefonnummeret"),
            (.add(.resident, Edit(values: ["name": "Ola", "movedIn": "31.02.2026"])), "31.02.2026"),
            (.add(.visit, Edit(values: ["date": "2026-11-23", "note": "x"], additions: ["residents": [p]])), "fram i tid"),
            (.add(.visit, Edit(values: ["date": "2026-11-20", "note": "x", "next": "2026-11-19"], additions: ["residents": [p]])), "Neste besøk"),
            (.add(.visit, Edit(values: ["date": "2026-11-20", "note": "x"], additions: ["residents": ["res-nobody"]])), "res-nobody"),
            (.add(.visit, Edit(values: ["date": "2026-11-20", "note": " "], additions: ["residents": [p]])), "notat"),
            (.add(.visit, Edit(values: ["date": "2026-11-20", "note": "x"])), "beboer, en bolig eller en adresse"),
            (.add(.measure, Edit(values: ["address": a, "title": "Lås", "status": "finished"])), "not-started"),
            (.add(.address, Edit(values: ["street": "Runarveien", "number": "1", "postcode": "321", "city": "Sandefjord"])), "Postnummer"),
            (.add(.input, Edit(values: ["resident": p, "text": "Benk", "outcome": "declined"])), "begrunnelse"),
            (.add(.unit, Edit(values: ["address": a, "number": "H0102", "colour": "red"])), "colour"),
        ]
        for (change, expected) in cases {
            let m = message(change, in: r)
            #expect(m != nil, "accepted: \(change)")
            #expect(m?.nb.contains(expected) == true, "\(m?.nb ?? "nil") lacks \(expected)")
            #expect(m.map { !$0.en.isEmpty && $0.en != $0.nb } == true)
        }
    }

    @Test func acceptsNorwegianDatesAndNormalisesThem() throws {
        #expect(CalendarDate("22.11.2026")?.iso == "2026-11-22")
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-13-01") == nil)
        #expect(CalendarDate("31.02.2026") == nil)
        #expect(LocalDateTime("2026-07-01T09:05", offsetFor: { _, _ in 120 })?.iso == "2026-07-01T09:05+02:00")
        #expect(LocalDateTime("2026-07-01 25:00", offsetFor: { _, _ in 60 }) == nil)
        #expect(CalendarDate(dayNumber: CalendarDate("2026-11-22")!.dayNumber).iso == "2026-11-22")
        #expect(CalendarDate("2026-11-23")!.weekday == 0)
    }

    @Test(arguments: ["22.11.2026", "2026-11-22", "22 Nov 2026", "22. nov. 2026", "22 november 2026", "22 NOV 2026", "22.nov.2026"])
    func readsADateAsEitherLanguageWritesIt(_ typed: String) {
        #expect(CalendarDate(typed)?.iso == "2026-11-22")
    }

    @Test func refusesMonthsThatAreNoMonth() {
        #expect(CalendarDate("22 No 2026") == nil)
        #expect(CalendarDate("22 Novak 2026") == nil)
        #expect(CalendarDate("31 Feb 2026") == nil)
        #expect(CalendarDate("22 Nov 26") == nil)
        // October and December in both languages.
        #expect(CalendarDate("1 okt 2026")?.iso == "2026-10-01")
        #expect(CalendarDate("1 Oct 2026")?.iso == "2026-10-01")
        #expect(CalendarDate("24. des. 2026")?.iso == "2026-12-24")
    }

    @Test func readsADateAndTimeWithTheDateWrittenAnyWay() {
        let utc = { (_: CalendarDate, _: Int) in 60 }
        #expect(LocalDateTime("22 Nov 2026 14:30", offsetFor: utc)?.iso == "2026-11-22T14:30+01:00")
        #expect(LocalDateTime("22. nov. 2026 14.30", offsetFor: utc)?.iso == "2026-11-22T14:30+01:00")
        #expect(LocalDateTime("22.11.2026 14:30", offsetFor: utc)?.iso == "2026-11-22T14:30+01:00")
        #expect(LocalDateTime("2026-11-22 14:30Z", offsetFor: utc)?.iso == "2026-11-22T14:30Z")
        #expect(LocalDateTime("22 Nov 2026", offsetFor: utc)?.iso == "2026-11-22")
        #expect(LocalDateTime("22 Nov 2026 14:3", offsetFor: utc) == nil)
    }

    @Test func aDateAndTimeFieldShowsATimeInItsExample() throws {
        let visitDate = try #require(Schema.field(.visit, flag: "date"))
        let refusal = #expect(throws: Message.self) { try FieldReader.read("i går", as: visitDate, offsetFor: { _, _ in 60 }) }
        #expect(refusal?.en.hasSuffix("is not a valid date and time (date). Write for example 22 Nov 2026 14:30, or the date alone.") == true)
        #expect(refusal?.nb.contains("22.11.2026 14:30") == true)
        let inputDate = try #require(Schema.field(.input, flag: "date"))
        let dayOnly = #expect(throws: Message.self) { try FieldReader.read("i går", as: inputDate, offsetFor: { _, _ in 60 }) }
        #expect(dayOnly?.en.hasSuffix("Write for example 22 Nov 2026, 22.11.2026 or 2026-11-22.") == true)
    }

    @Test func contextKnowsTheLocalDay() {
        // 23:30 UTC on the 21st is already the 22nd in Norway.
        let late = Fixed.context(now: 1_795_303_800_000)
        #expect(late.today.iso == "2026-11-22")
        #expect(Fixed.context().today.iso == "2026-11-22")
        #expect(Fixed.context().minutesNow == 12 * 60)
    }
}

/// Text with a control character is refused by field, in both languages, without the text itself.
@Suite struct ControlCharacterValidationTests {
    let ctx = Fixed.context()

    func refusal(_ change: Change, in r: Replica) -> Message? {
        var c = ctx
        c.nextSeq = UInt32(r.operationCount + 1)
        do {
            _ = try Planner.plan(change, in: r, context: c)
            return nil
        } catch {
            return error
        }
    }

    @Test func addRefusesANameWithEscape() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let m = try #require(refusal(.add(.resident, Edit(values: ["name": "Kari\u{1B}]0;Nabo\u{7} Test"])), in: w.replica))
        #expect(m.field == "name")
        #expect(m.nb.contains("«navn»") && m.nb.contains("U+001B"))
        #expect(m.en.contains("name field") && m.en.contains("U+001B"))
        #expect(!m.nb.contains("Kari") && !m.en.contains("Kari"))
        #expect(ControlCharacters.isClean(m.nb) && ControlCharacters.isClean(m.en))
        #expect(refusal(.add(.measure, Edit(values: ["address": a, "title": "Låse\u{7F}"])), in: w.replica)?.field == "title")
    }

    @Test func setRefusesANoteWithC1AndChangesNothing() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let p = try w.resident("Kari Test", at: a)
        let v = try w.add(.visit, ["date": "2026-11-20", "note": "Snakket om låsen."], sets: ["residents": [p]])
        let m = try #require(refusal(.set(.visit, id: v, Edit(values: ["note": "Ny\u{9B}2J note"])), in: w.replica))
        #expect(m.field == "note")
        #expect(m.nb.contains("«notat»") && m.nb.contains("U+009B"))
        #expect(m.en.contains("note field") && m.en.contains("U+009B"))
        #expect(w.replica.record("visit", v)?["note"] == "Snakket om låsen.")
    }

    @Test func longTextKeepsLineBreaksAndShortTextRefusesThem() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let p = try w.resident("Kari Test", at: a)
        let v = try w.add(.visit, ["date": "2026-11-20", "note": "Første linje\n\tinnrykket 🏠"], sets: ["residents": [p]])
        #expect(w.replica.record("visit", v)?["note"] == "Første linje\n\tinnrykket 🏠")
        let m = try #require(refusal(.set(.resident, id: p, Edit(values: ["name": "Kari\nTest"])), in: w.replica))
        #expect(m.field == "name" && m.nb.contains("linjeskift") && m.en.contains("line break"))
        // Whitespace around a short value is trimmed as before, not refused.
        try w.commit(.set(.resident, id: p, Edit(values: ["name": "Kari Nordvik\n"])))
        #expect(w.replica.record("resident", p)?["name"] == "Kari Nordvik")
    }

    @Test func listsJSONAndReferencesAreCheckedAfterDecoding() throws {
        var w = World()
        let a = try w.address("Runarveien", "1")
        let cases: [(Change, String)] = [
            (.add(.dugnad, Edit(values: ["start": "2026-11-28T10:00", "title": "Vårdugnad", "tasks": #"["Rake\u001b[2J"]"#], additions: ["addresses": [a]])), "tasks"),
            (.add(.dugnad, Edit(values: ["start": "2026-11-28T10:00", "title": "Vårdugnad", "extra": #"{"barn\u0085": 2}"#], additions: ["addresses": [a]])), "extra"),
            (.add(.dugnad, Edit(values: ["start": "2026-11-28T10:00", "title": "Vårdugnad", "addresses": a + ",adr-\u{1B}"])), "addresses"),
            (.add(.dugnad, Edit(values: ["start": "2026-11-28T10:00", "title": "Vårdugnad"], additions: ["addresses": [a + "\u{9B}"]])), "addresses"),
        ]
        for (change, field) in cases {
            #expect(refusal(change, in: w.replica)?.field == field, "\(field)")
        }
    }
}

import NaboTestSupport
import Testing
@testable import NaboCore

/// The innsyn document: every record about the person with its versions, and nothing about anyone else.
@Suite struct PersonExportTests {
    /// Two neighbours who shared a visit, a dugnad they were both invited to, an input each, and a
    /// measure made from the shared visit.
    struct Neighbours {
        var world = World()
        var kari = "", ola = "", visit = "", measure = "", dugnad = "", input = "", olasInput = "", plan = ""
        var ops: [Op] = []

        init() throws {
            let address = try world.address("Testveien", "4")
            kari = try world.resident("Kari Testesen", at: address, phone: "40000001")
            ola = try world.resident("Ola Prøvesen", at: address, phone: "40000002")
            visit = try world.add(.visit, ["date": "2026-11-20T10:00+01:00", "note": "Snakket om boden."], sets: ["residents": [kari, ola]])
            measure = try world.add(.measure, ["address": address, "title": "Merke bodene", "visit": visit])
            dugnad = try world.add(.dugnad, ["addresses": address, "start": "2026-11-28T12:00+01:00", "title": "Rydde boden"],
                                   sets: ["invited": [kari, ola], "attended": [ola]])
            input = try world.add(.input, ["resident": kari, "text": "Ønsker lys i boden", "date": "2026-11-20"])
            olasInput = try world.add(.input, ["resident": ola, "text": "Ola vil ha ny dør", "date": "2026-11-20"])
            plan = try world.add(.followUp, ["resident": kari, "frequency": "14", "content": "Samtale hver andre uke"])
            try world.commit(.set(.input, id: input, Edit(values: ["outcome": "acted-on", "answeredOn": "2026-11-21"])))
            ops = world.log
        }

        func document(_ language: Language) throws -> PersonDocument {
            let person = try #require(PersonRecords(kari, in: world.replica))
            var histories: [RecordRef: [Op]] = [:]
            for op in ops {
                if let type = EntityType(rawValue: op.type), person.all.contains(RecordRef(type, op.entity)) {
                    histories[RecordRef(type, op.entity), default: []].append(op)
                }
            }
            return PersonExport(person, replica: world.replica, language: language, utcOffset: Fixed.offset)
                .document(histories: histories, made: world.today)
        }
    }

    @Test func theRecordsAboutThePersonAreFoundFromTheSchema() throws {
        let n = try Neighbours()
        let person = try #require(PersonRecords(n.kari, in: n.world.replica))
        let kariUnit = try #require(n.world.replica.record("resident", n.kari)?.string("unit"))
        #expect(Set(person.all) == [RecordRef(.resident, n.kari), RecordRef(.visit, n.visit), RecordRef(.dugnad, n.dugnad),
                                   RecordRef(.input, n.input), RecordRef(.followUp, n.plan), RecordRef(.measure, n.measure)])
        #expect(!person.all.contains(RecordRef(.input, n.olasInput)))
        #expect(!person.all.contains(RecordRef(.unit, kariUnit)))
    }

    @Test func anotherResidentIsNeverNamed() throws {
        let n = try Neighbours()
        for language in Language.allCases {
            let document = try n.document(language)
            var writer = JSONWriter()
            writer.value(document.json)
            for text in [document.markdown, writer.text] {
                #expect(!text.contains("Ola"))
                #expect(!text.contains("40000002"))
                #expect(!text.contains(n.ola))
                #expect(!text.contains(n.olasInput))
                #expect(text.contains("Kari Testesen"))
            }
        }
    }

    @Test func aSharedVisitKeepsThePersonAndCountsTheOtherAsAnotherResident() throws {
        let n = try Neighbours()
        let json = try n.document(.en).json
        let visit = try #require(json.object?["visits"]?.array?.first?.object)
        #expect(visit["id"] == .string(n.visit))
        let residents = (visit["fields"]?.object?["residents"]?.array ?? []).compactMap(\.string)
        #expect(Set(residents) == [n.kari, "another resident"])
        let added = (visit["changes"]?.array?.first?.object?["add"]?.array ?? []).compactMap(\.string)
        #expect(Set(added) == ["residents \(n.kari)", "residents another resident"])
    }

    @Test func ofADugnadOnlyThePersonsInvitationAndAttendanceAreShown() throws {
        let n = try Neighbours()
        let dugnad = try #require(try n.document(.en).json.object?["dugnads"]?.array?.first?.object)
        #expect(dugnad["invited"] == .bool(true))
        #expect(dugnad["attended"] == .bool(false))
        #expect(dugnad["fields"]?.object?["invited"] == nil)
        #expect(dugnad["fields"]?.object?["title"] == .string("Rydde boden"))
        let changes = try #require(dugnad["changes"]?.array)
        #expect(changes == [.object(["at": .string("2026-11-22T11:00:00Z"), "by": .string("Kari Test"), "add": .array([.string("invited \(n.kari)")])])])
    }

    @Test func everyVersionIsListedWithWhoAndWhen() throws {
        let n = try Neighbours()
        let document = try n.document(.nb)
        let inputs = try #require(document.sections.first { $0.key == "inputs" })
        let input = try #require(inputs.entries.first)
        #expect(input.versions.count == 2)
        #expect(input.versions.map(\.when) == ["22.11.2026 12.00", "22.11.2026 12.00"])
        #expect(input.versions[1].set.map(\.shown) == ["Fulgt opp", "21.11.2026"])
        #expect(input.values.map(\.label) == ["Beboer", "Tekst", "Utfall", "Svar gitt", "Dato"])
        #expect(input.values.map(\.shown) == ["Kari Testesen", "Ønsker lys i boden", "Fulgt opp", "21.11.2026", "20.11.2026"])
        #expect(document.markdown.contains("- 22.11.2026 12.00, Kari Test: Utfall = Fulgt opp; Svar gitt = 21.11.2026"))
    }

    @Test func theMeasureFromTheirVisitIsTheirsAndNamesTheVisitWithoutNames() throws {
        let n = try Neighbours()
        let document = try n.document(.en)
        let measure = try #require(document.sections.first { $0.key == "measures" }?.entries.first)
        #expect(measure.values.first { $0.field == "visit" }?.shown == "Home visit, 20 Nov 2026 10:00")
    }

    @Test func theDemoResidentsSurveyIsInWordsFieldByField() throws {
        let replica = try DemoReplica.make()
        let resident = try #require(replica.records("resident").first { Resident($0).name == "Ørjan Ødegård" })
        let person = try #require(PersonRecords(resident.id, in: replica))
        let document = PersonExport(person, replica: replica, language: .nb, utcOffset: Fixed.offset).document(histories: [:], made: CalendarDate(year: 2026, month: 11, day: 22)!)
        #expect(document.sections.map(\.key) == ["resident", "visits", "inputs", "surveyResponses", "dugnads"])
        let me = try #require(document.sections.first?.entries.first)
        #expect(me.values.map(\.label) == ["Navn", "Bolig", "Telefon", "Innflyttet"])
        #expect(me.values.map(\.shown) == ["Ørjan Ødegård", "H0101, Runarveien 1", "+4740000001", "16.07.2024"])
        let survey = try #require(document.sections.first { $0.key == "surveyResponses" }?.entries.first)
        #expect(survey.details.count == 13)
        #expect(survey.details[0].label == "Jeg er fornøyd med boligen min")
        #expect(survey.details[0].shown == "5 – Litt enig")
        #expect(survey.details[9].shown == "2 – Uenig. Oppfølgingssvar: Vet ikke hvilken bod som er min, det står ikke nummer på dørene.")
        #expect(!survey.values.contains { $0.field == "answers" })
    }

    @Test func freeTextCannotBecomeMarkdown() throws {
        var n = try Neighbours()
        try n.world.commit(.set(.input, id: n.input, Edit(values: ["text": "# <b>[lenke](http://x)</b> *viktig*"])))
        n.ops = n.world.log
        let markdown = try n.document(.nb).markdown
        #expect(markdown.contains("\\# \\<b\\>\\[lenke\\](http://x)\\</b\\> \\*viktig\\*"))
        #expect(!markdown.contains("<b>"))
    }
}

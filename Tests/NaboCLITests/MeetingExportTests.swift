import Foundation
import NaboTestSupport
import Testing

/// `nabo export meeting`: the minutes as Markdown and the invitation as a calendar event, for a
/// small meeting with a standing item, a decision that became a measure, an answered input and a
/// parked item.
@Suite struct MeetingExportTests {
    let store = CommandStore("nabo-meeting-export")

    struct Fixture {
        var meeting: String
        var decided: String
        var measure: String
    }

    func id(_ arguments: [String]) throws -> String { try store.id(arguments) }

    func fixture() throws -> Fixture {
        #expect(try store.initialise())
        let address = try id(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"])
        let unit = try id(["add", "unit", "--address", address, "--number", "H0101"])
        let resident = try id(["add", "resident", "--name", "Siri Demo", "--unit", unit, "--phone", "+4740000012"])
        let input = try id(["add", "input", "--resident", resident, "--text", "Ber om ny lås på boden.", "--outcome", "acted-on"])
        let meeting = try id(["add", "meeting", "--date", "2026-11-10T14:00", "--title", "Arbeidsgruppemøte 5", "--place", "Bydelshuset",
                              "--attendees", "Ola Test, Byggdrift; Eva Prøve, NAV"])
        _ = try id(["add", "agenda-item", "--meeting", meeting, "--title", "Boligsosiale utfordringer", "--standing", "true",
                    "--minutes", "Ingen nye saker."])
        let decided = try id(["add", "agenda-item", "--meeting", meeting, "--title", "Låser på bodene", "--minutes", "Byggdrift bestiller.",
                              "--input", input])
        _ = try id(["add", "agenda-item", "--meeting", meeting, "--title", "Benk ved inngangen", "--parked", "true"])
        let measure = try id(["add", "measure", "--agenda-item", decided, "--address", address, "--title", "Nye låser på bodene"])
        return Fixture(meeting: meeting, decided: decided, measure: measure)
    }

    @Test func theMinutesListTheItemsTheirDecisionsAndTheParkingLotAndNameNoResident() throws {
        let f = try fixture()
        let minutes = try store.run(["export", "meeting", f.meeting, "--format", "md", "--lang", "nb"])
        #expect(minutes.status == 0, "\(minutes.stderr)")
        #expect(minutes.stdout == """
            # Arbeidsgruppemøte 5

            - Dato: tirsdag 10. november 2026 kl. 14.00
            - Sted: Bydelshuset

            ## Til stede

            - Ola Test — Byggdrift
            - Eva Prøve — NAV

            ## Boligsosiale utfordringer (fast sak: boligsosiale utfordringer)

            Ingen nye saker.

            ## Låser på bodene

            Byggdrift bestiller.

            Svar på innspill: «Ber om ny lås på boden.» — Fulgt opp

            Vedtatte tiltak:

            - Nye låser på bodene — Runarveien 1 — Ikke startet — Byggdrift

            ## Parkeringsplass

            ### Benk ved inngangen

            Referatet er ikke sendt ennå.

            """)
        #expect(!minutes.stdout.contains("Siri Demo"))
        _ = try id(["set", "meeting", f.meeting, "--minutes-sent", "2026-11-12"])
        let english = try store.run(["export", "meeting", f.meeting, "--format", "md", "--lang", "en"]).stdout
        #expect(english.contains("## Parking lot\n") && english.hasSuffix("Minutes sent 12 Nov 2026.\n"))
    }

    @Test func aDecisionTurnedIntoAMeasureIsListedWithItsAgendaItemAndShownBothWays() throws {
        let f = try fixture()
        let list = try store.run(["list", "measures", "--json"])
        let measures = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(measures.count == 1 && measures[0]["id"] as? String == f.measure && measures[0]["agendaItem"] as? String == f.decided)
        let item = try #require(try JSONSerialization.jsonObject(with: Data(try store.run(["show", "agenda-item", f.decided, "--json"]).stdout.utf8))
            as? [String: Any])
        #expect(item["measures"] as? [String] == [f.measure])
        let meeting = try store.run(["show", "meeting", f.meeting]).stdout
        #expect(meeting.contains("\nagenda-items:\n") && meeting.contains("Låser på bodene") && meeting.contains("Benk ved inngangen"))
    }

    @Test func theInvitationParsesAsOneEventOfTwoHoursWithTheAgenda() throws {
        try Python.require("icalendar", install: "pip install icalendar")
        let f = try fixture()
        let ics = try store.run(["export", "meeting", f.meeting, "--format", "ics"])
        #expect(ics.status == 0, "\(ics.stderr)")
        let stored = try #require((try JSONSerialization.jsonObject(with: Data(try store.run(["show", "meeting", f.meeting, "--json"]).stdout.utf8))
            as? [String: Any])?["date"] as? String)
        let script = """
            import sys, json, datetime, icalendar
            events = list(icalendar.Calendar.from_ical(sys.stdin.buffer.read()).walk('VEVENT'))
            ev = events[0]
            start, end = ev.decoded('DTSTART'), ev.decoded('DTEND')
            print(json.dumps({'events': len(events), 'uid': str(ev.get('UID')), 'summary': str(ev.get('SUMMARY')),
                              'location': str(ev.get('LOCATION')), 'description': str(ev.get('DESCRIPTION')),
                              'start': start == datetime.datetime.fromisoformat('\(stored)'), 'hours': (end - start).total_seconds() / 3600}))
            """
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(try Python.run(script, input: Data(ics.stdout.utf8)).utf8)) as? [String: Any])
        #expect(parsed["events"] as? Int == 1)
        #expect(parsed["uid"] as? String == f.meeting + "@nabo.invalid")
        #expect(parsed["summary"] as? String == "Arbeidsgruppemøte 5")
        #expect(parsed["location"] as? String == "Bydelshuset")
        #expect(parsed["start"] as? Bool == true)
        #expect(parsed["hours"] as? Double == 2)
        let description = try #require(parsed["description"] as? String)
        for title in ["Boligsosiale utfordringer", "Låser på bodene", "Benk ved inngangen"] { #expect(description.contains(title)) }
    }

    @Test func aBadFormatOrAnUnknownMeetingIsRefusedOnOneLine() throws {
        let f = try fixture()
        let bad = try store.run(["export", "meeting", f.meeting, "--format", "pdf", "--lang", "en"])
        #expect(bad.status == 1 && bad.stdout.isEmpty)
        #expect(bad.stderr == "nabo: “pdf” is not a valid value for --format. Choose one of: md, ics.\n")
        let unknown = try store.run(["export", "meeting", "mtg-nope", "--format", "md", "--lang", "en"])
        #expect(unknown.status == 1 && unknown.stderr == "nabo: No meeting with id mtg-nope.\n")
    }
}

import Foundation
import NaboTestSupport
import Testing
@testable import NaboCore

/// A dugnad as a calendar event, contact files and a notice.
@Suite struct DugnadExportTests {
    @Test func theEventHasStableUIDTimesInUTCAndEscapedText() throws {
        let f = try DugnadFixture()
        let ics = DugnadCalendar.ics(f.dugnad, now: Fixed.now, language: .nb)
        // Unfolded: a CRLF followed by a space continues the line before.
        let lines = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(lines.prefix(9) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nabo//Nabo dugnad//NB", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                                    "BEGIN:VEVENT", "UID:\(f.id)@nabo.invalid", "DTSTAMP:20261122T110000Z", "DTSTART:20261204T160000Z"])
        #expect(lines.contains("DTEND:20261204T183000Z"))
        #expect(lines.contains("SUMMARY:Dugnad: Rydde og vaske trappeoppgangen"))
        #expect(lines.contains("LOCATION:Kjelleren\\, inngang B\\; ved vaskerommet (Midtåsveien 22\\, Runarveien 1)"))
        #expect(ics.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func everyPhysicalLineIsAtMost75OctetsAndNoLetterIsCut() throws {
        let f = try DugnadFixture()
        let bytes = Array(DugnadCalendar.ics(f.dugnad, now: Fixed.now, language: .nb).utf8)
        var lines: [[UInt8]] = [[]]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { lines.append([]); i += 2; continue }
            lines[lines.count - 1].append(bytes[i])
            i += 1
        }
        #expect(lines.contains { $0.first == 0x20 }, "the description should have been folded")
        for line in lines {
            #expect(line.count <= 75)
            #expect(String(validating: line, as: UTF8.self) != nil, "a line holds half a letter: \(line)")
        }
    }

    @Test func anIndependentParserReadsTheEventBack() throws {
        try Python.require("icalendar", install: "pip install icalendar")
        let f = try DugnadFixture()
        let ics = DugnadCalendar.ics(f.dugnad, now: Fixed.now, language: .nb)
        let script = """
            import sys, json, icalendar
            cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
            ev = list(cal.walk('VEVENT'))[0]
            out = {k: str(ev.get(k)) for k in ['UID', 'SUMMARY', 'LOCATION', 'DESCRIPTION']}
            for k in ['DTSTAMP', 'DTSTART', 'DTEND']:
                out[k] = ev.decoded(k).isoformat()
            print(json.dumps(out, ensure_ascii=False))
            """
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(try Python.run(script, input: Data(ics.utf8)).utf8)) as? [String: String])
        #expect(parsed["UID"] == "\(f.id)@nabo.invalid")
        #expect(parsed["DTSTAMP"] == "2026-11-22T11:00:00+00:00")
        #expect(parsed["DTSTART"] == "2026-12-04T16:00:00+00:00")
        #expect(parsed["DTEND"] == "2026-12-04T18:30:00+00:00")
        #expect(parsed["SUMMARY"] == "Dugnad: Rydde og vaske trappeoppgangen")
        #expect(parsed["LOCATION"] == "Kjelleren, inngang B; ved vaskerommet (Midtåsveien 22, Runarveien 1)")
        #expect(parsed["DESCRIPTION"] == "Oppgaver:\n- Bære ut skrot fra loftet\n- Vaske trappene\n\n" + DugnadFixture.note)
    }

    @Test func aDugnadWithoutATimeIsAnAllDayEvent() throws {
        var f = try DugnadFixture()
        try f.world.commit(.set(.dugnad, id: f.id, Edit(values: ["start": "2026-12-04", "end": ""])))
        let ics = DugnadCalendar.ics(f.dugnad, now: Fixed.now, language: .en)
        #expect(ics.contains("\r\nDTSTART;VALUE=DATE:20261204\r\nDTEND;VALUE=DATE:20261205\r\n"))
        #expect(ics.contains("DESCRIPTION:Tasks:\\n- Bære"))
    }

    @Test func contactsAreNameAndPhoneOnlyAndResidentsWithoutAPhoneAreCounted() throws {
        let f = try DugnadFixture()
        let contacts = ResidentContacts(f.dugnad, in: f.world.replica)
        #expect(contacts.withoutPhone == 1)
        let csv = contacts.csv(.nb).text(CSVDialect(separator: ";", byteOrderMark: true))
        #expect(csv == "\u{FEFF}Navn;Telefon\r\nKari Nordvik;\"+4740000005\"\r\n张伟;\"+4740000004\"\r\n")
        #expect(try Python.csvRows(Data(csv.utf8), separator: ";") == [["Navn", "Telefon"], ["Kari Nordvik", "+4740000005"], ["张伟", "+4740000004"]])
        #expect(contacts.csv(.en).text(CSVDialect()).hasPrefix("Name,Phone\r\n"))
    }

    @Test func vCardsAreVersion4WithATelURI() throws {
        let f = try DugnadFixture()
        #expect(ResidentContacts(f.dugnad, in: f.world.replica).vcards() == """
            BEGIN:VCARD\r
            VERSION:4.0\r
            FN:Kari Nordvik\r
            N:Nordvik;Kari;;;\r
            TEL;VALUE=uri;TYPE=cell:tel:+4740000005\r
            END:VCARD\r
            BEGIN:VCARD\r
            VERSION:4.0\r
            FN:张伟\r
            N:;张伟;;;\r
            TEL;VALUE=uri;TYPE=cell:tel:+4740000004\r
            END:VCARD\r

            """)
    }

    @Test func theNoticeFillsTheBuiltInTemplate() throws {
        let f = try DugnadFixture()
        #expect(try DugnadNotice.render(f.dugnad, kind: .markdown, language: .nb) == """
            # Dugnad: Rydde og vaske trappeoppgangen

            **fredag 4. desember 2026 kl. 17.00–19.30**

            Oppmøte: Kjelleren, inngang B; ved vaskerommet

            Dugnaden gjelder Midtåsveien 22 og Runarveien 1. Alle beboere er hjertelig velkommen!

            ## Dette skal vi gjøre

            - Bære ut skrot fra loftet
            - Vaske trappene

            \(DugnadFixture.note)

            Hilsen boligkontoret

            """)
        let text = try DugnadNotice.render(f.dugnad, kind: .text, language: .en)
        #expect(text.hasPrefix("DUGNAD (VOLUNTEER WORK DAY): Rydde og vaske trappeoppgangen\n\nFriday 4 December 2026, 17:00–19:30\n"))
    }

    @Test func theSMSFitsInOneMessage() throws {
        let f = try DugnadFixture()
        for language in Language.allCases {
            let sms = try DugnadNotice.render(f.dugnad, kind: .sms, language: language)
            let length = SMSLength(sms)
            #expect(length.gsm && length.segments == 1, "\(sms)")
        }
        #expect(try DugnadNotice.render(f.dugnad, kind: .sms, language: .nb)
            == "Dugnad 4.12. kl. 17.00-19.30: Rydde og vaske trappeoppgangen. Oppmøte: Kjelleren, inngang B; ved vaskerommet. Velkommen! Hilsen boligkontoret")
    }

    @Test func aUsersTemplateReplacesTheBuiltInAndAnUnknownPlaceholderIsNamed() throws {
        let f = try DugnadFixture()
        let own = Template("Hei! {title} {weekday} {day}. {tasksInline}. {not a placeholder} {}", source: "sms.nb.txt")
        #expect(try DugnadNotice.render(f.dugnad, kind: .sms, language: .nb, template: own)
            == "Hei! Rydde og vaske trappeoppgangen fredag 4.12.. Bære ut skrot fra loftet og Vaske trappene. {not a placeholder} {}")
        do {
            _ = try DugnadNotice.render(f.dugnad, kind: .markdown, language: .nb, template: Template("# {tittel}", source: "/x/notice.nb.md"))
            Issue.record("an unknown placeholder should be refused")
        } catch {
            #expect(error.nb.hasPrefix("Malen /x/notice.nb.md bruker en ukjent plassholder {tittel}. Disse finnes: {addresses}, {date},"))
            #expect(error.en.contains("unknown placeholder {tittel}"))
        }
    }

    @Test func suggestedFileNamesSayWhenAndWhatButNotWho() throws {
        let d = try DugnadFixture().dugnad
        #expect(ExportFileName.dugnad(d, .contactsCSV, .nb) == "dugnad-2026-12-04-kontakter.csv")
        #expect(ExportFileName.dugnad(d, .contactsVCard, .en) == "dugnad-2026-12-04-contacts.vcf")
        #expect(ExportFileName.dugnad(d, .calendar, .nb) == "dugnad-2026-12-04.ics")
        #expect(ExportFileName.dugnad(d, .notice(.sms), .nb) == "dugnad-2026-12-04-sms.txt")
    }
}

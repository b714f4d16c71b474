import Foundation
import NaboCore
import NaboTestSupport
import Testing

/// `nabo export plan|dugnad` and `nabo dugnad turnout` as scripts use them, against the demo data.
@Suite(.serialized) struct ExportCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var config: String { tmp.sub("config") }
    var env: [String: String] {
        ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "XDG_CONFIG_HOME": config, "LANG": "nb_NO.UTF-8"]
    }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func json(_ r: Binary.Result) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
    }

    func demo() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
    }

    /// The demo's dugnads by date: three past, then the coming one.
    func dugnads() throws -> [[String: Any]] {
        try #require(try json(try nabo("list", "dugnads", "--json")) as? [[String: Any]])
    }

    /// The coming dugnad, planned today.
    func upcoming() throws -> [String: Any] {
        try #require(try dugnads().last)
    }

    @Test func thePlanAsCSVForANorwegianSpreadsheetReadsBack() throws {
        try demo()
        let file = tmp.sub("plan.csv")
        let r = try nabo("export", "plan", "--format", "csv", "--separator", ";", "--bom", "--output", file)
        #expect(r.status == 0)
        #expect(r.stdout == file + "\n")
        #expect(r.stderr.contains("ikke kryptert"))
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try Python.csvRows(bytes, separator: ";")
        #expect(rows.count == 27)
        #expect(rows[0] == ["ID", "Tittel", "Kategori", "Adresse", "Status", "Ansvarlig", "Kostnad avklares", "Forutsetning", "Befaring", "Frist"])
        #expect(Set(rows.dropFirst().map { $0[3] }) == ["Midtåsveien 22", "Runarveien 1", "Runarveien 3"])
        let late = try Python.csvRows(Data(try nabo("export", "plan", "--format", "csv", "--late", "--lang", "en").stdout.utf8))
        #expect(late.count == 7)
        #expect(Set(late.dropFirst().map { $0[4] }) == ["Under way", "Ordered", "Waiting for a precondition"])
        let attic = try Python.csvRows(Data(try nabo("export", "plan", "--format", "csv", "--category", "attic", "--search", "midtås").stdout.utf8))
        #expect(attic.count == 2)
        // The search folds as the board's does: "las" finds what "lås" finds, every word somewhere.
        let lock = try Python.csvRows(Data(try nabo("export", "plan", "--format", "csv", "--search", "lås").stdout.utf8))
        #expect(lock.count == 7)
        #expect(try Python.csvRows(Data(try nabo("export", "plan", "--format", "csv", "--search", "LAS").stdout.utf8)) == lock)
        #expect(try Python.csvRows(Data(try nabo("export", "plan", "--format", "csv", "--search", "las midtasveien").stdout.utf8)).count == 3)
    }

    @Test func aBadFilterSaysSoOnOneLineAndWritesNoFile() throws {
        try demo()
        let file = tmp.sub("plan.csv")
        for args in [["--status", "finished"], ["--address", "adr-nope"], ["--separator", "|"]] {
            let r = try Binary.run(["export", "plan", "--format", "csv", "--output", file, "--data", data] + args, environment: env)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: file))
        }
    }

    @Test func thePlanAsMarkdownIsTheReportsMatrix() throws {
        try demo()
        let md = try nabo("export", "plan", "--format", "md").stdout
        #expect(md.contains("| # | Tiltak | Midtåsveien 22 | Runarveien 1 | Runarveien 3 |"))
        #expect(md.contains("| 3 | Istandsette og merke ringeklokker til boligene med H-nr. | Pågår (!) | Utført | Utført |"))
        #expect(try nabo("export", "plan", "--format", "md", "--lang", "en").stdout.contains("| 5 | Istandsette vaskerom i kjeller | Ordered | Under way | Ordered |"))
    }

    @Test func theDugnadAsACalendarEventParses() throws {
        try Python.require("icalendar", install: "pip install icalendar")
        try demo()
        let id = try #require(try upcoming()["id"] as? String)
        let ics = try nabo("export", "dugnad", id, "--format", "ics")
        #expect(ics.status == 0)
        let script = """
            import sys, json, icalendar
            ev = list(icalendar.Calendar.from_ical(sys.stdin.buffer.read()).walk('VEVENT'))[0]
            print(json.dumps({'uid': str(ev.get('UID')), 'summary': str(ev.get('SUMMARY')), 'end': ev.decoded('DTEND') > ev.decoded('DTSTART')}))
            """
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(try Python.run(script, input: Data(ics.stdout.utf8)).utf8)) as? [String: Any])
        #expect(parsed["uid"] as? String == id + "@nabo.invalid")
        #expect(parsed["summary"] as? String == "Dugnad: Rydde og merke bodene i kjelleren")
        #expect(parsed["end"] as? Bool == true)
    }

    @Test func contactsGoToASuggestedFileThatNamesNoResident() throws {
        try demo()
        let d = try upcoming()
        let id = try #require(d["id"] as? String)
        let date = try #require((d["start"] as? String)?.prefix(10))
        let folder = tmp.sub("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let r = try nabo("export", "dugnad", id, "--format", "csv", "--separator", ";", "--bom", "--output", folder)
        #expect(r.status == 0)
        let path = folder + "/dugnad-\(date)-kontakter.csv"
        #expect(r.stdout == path + "\n")
        let rows = try Python.csvRows(try Data(contentsOf: URL(fileURLWithPath: path)), separator: ";")
        #expect(rows[0] == ["Navn", "Telefon"])
        #expect(rows.count == 12)
        #expect(rows.dropFirst().allSatisfy { $0.count == 2 && $0[1].hasPrefix("+47") && $0[1].count == 11 })
        #expect(rows.contains(["Ørjan Ødegård", "+4740000001"]))
        let vcf = try nabo("export", "dugnad", id, "--format", "vcf").stdout
        #expect(vcf.components(separatedBy: "BEGIN:VCARD\r\nVERSION:4.0\r\n").count == 12)
        #expect(vcf.contains("TEL;VALUE=uri;TYPE=cell:tel:+4740000001\r\n"))
    }

    @Test func theNoticeUsesTheUsersTemplateAndRefusesAnUnknownPlaceholder() throws {
        try demo()
        let id = try #require(try upcoming()["id"] as? String)
        let builtIn = try nabo("export", "dugnad", id, "--format", "notice")
        #expect(builtIn.stdout.hasPrefix("# Dugnad: Rydde og merke bodene i kjelleren\n"))
        #expect(try nabo("export", "dugnad", id, "--format", "notice", "--plain", "--lang", "en").stdout.hasPrefix("DUGNAD (VOLUNTEER WORK DAY):"))
        let sms = try nabo("export", "dugnad", id, "--format", "notice", "--sms").stdout
        #expect(sms.hasPrefix("Dugnad ") && sms.count <= 161 && sms.hasSuffix("Hilsen boligkontoret\n"))
        let templates = config + "/nabo/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try "Husk dugnad {weekday} {day}: {title}!".write(toFile: templates + "/sms.nb.txt", atomically: true, encoding: .utf8)
        #expect(try nabo("export", "dugnad", id, "--format", "notice", "--sms").stdout.hasSuffix(": Rydde og merke bodene i kjelleren!\n"))
        try "# {tittel}\n".write(toFile: templates + "/notice.nb.md", atomically: true, encoding: .utf8)
        let bad = try nabo("export", "dugnad", id, "--format", "notice")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("ukjent plassholder {tittel}"))
        #expect(bad.stdout.isEmpty)
        #expect(try nabo("export", "dugnad", "dug-nope", "--format", "ics").stderr == "nabo: Fant ingen dugnad med id dug-nope.\n")
    }

    @Test func tickingAttendanceAddsAndRemovesAndTurnoutCountsIt() throws {
        try demo()
        let d = try dugnads()[0]
        let id = try #require(d["id"] as? String)
        let before = try #require(d["attended"] as? [String])
        let invited = try #require(d["invited"] as? [String])
        let newcomer = try #require(invited.first { !before.contains($0) })
        #expect(try nabo("set", "dugnad", id, "--attended", newcomer).status == 0)
        let shown = try #require(try json(try nabo("show", "dugnad", id, "--json")) as? [String: Any])
        #expect(Set(shown["attended"] as? [String] ?? []) == Set(before + [newcomer]))
        var turnout = try #require(try json(try nabo("dugnad", "turnout", "--json")) as? [String: Any])
        var events = try #require(turnout["dugnads"] as? [[String: Any]])
        #expect(events[0]["attended"] as? Int == 4)
        #expect(events[0]["invited"] as? Int == 11)
        #expect(events[0]["extraTotal"] as? Int == 3)
        #expect(events.map { $0["upcoming"] as? Bool } == [false, false, false, true])
        #expect(try nabo("set", "dugnad", id, "--not-attended", newcomer).status == 0)
        turnout = try #require(try json(try nabo("dugnad", "turnout", "--json")) as? [String: Any])
        events = try #require(turnout["dugnads"] as? [[String: Any]])
        #expect(events[0]["attended"] as? Int == 3)
        let addresses = try #require(turnout["addresses"] as? [[String: Any]])
        #expect(addresses.map { $0["label"] as? String } == ["Runarveien 1", "Runarveien 3"])
        let text = try nabo("dugnad", "turnout").stdout
        #expect(text.contains("Plukke søppel ute før snøen smelter  ███░░░░░░░ 3 av 11 beboere (27 %)  + ansatte 2, frivillige 1"))
    }
}

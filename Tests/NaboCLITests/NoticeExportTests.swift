import Foundation
import NaboTestSupport
import Testing

/// `nabo export notice`: the notice to the residents of its addresses from the built-in or the
/// user's template, and the contacts of those living there for an SMS tool.
@Suite struct NoticeExportTests {
    let store = CommandStore("nabo-notice-export")

    func id(_ arguments: [String]) throws -> String { try store.id(arguments) }

    /// Two addresses with three residents between them, one without a phone, and a third address
    /// the notice is not for.
    func notice() throws -> String {
        #expect(try store.initialise())
        var addresses: [String] = []
        for number in ["1", "3", "5"] {
            addresses.append(try id(["add", "address", "--street", "Runarveien", "--number", number, "--postcode", "3216", "--city", "Sandefjord"]))
        }
        let units = try addresses.map { try id(["add", "unit", "--address", $0, "--number", "H0101"]) }
        _ = try id(["add", "resident", "--name", "Siri Demo", "--unit", units[0], "--phone", "+4740000012"])
        _ = try id(["add", "resident", "--name", "Per Eksempel", "--unit", units[1], "--phone", "+4740000013"])
        _ = try id(["add", "resident", "--name", "Åse Prøve", "--unit", units[1]])
        _ = try id(["add", "resident", "--name", "Ola Annen", "--unit", units[2], "--phone", "+4740000014"])
        return try id(["add", "notice", "--addresses", "\(addresses[1]);\(addresses[0])", "--text", "Søppel i trappen fjernes mandag.",
                       "--date", "2026-12-04"])
    }

    @Test func theNoticeComesFromTheBuiltInTemplateOrTheUsersOwn() throws {
        let id = try notice()
        let markdown = try store.run(["export", "notice", id, "--format", "notice", "--lang", "nb"])
        #expect(markdown.stdout == """
            # Til beboerne i Runarveien 1 og Runarveien 3

            **fredag 4. desember 2026**

            Søppel i trappen fjernes mandag.

            Hilsen boligkontoret

            """)
        #expect(try store.run(["export", "notice", id, "--format", "notice", "--plain", "--lang", "en"]).stdout
            .hasPrefix("TO THE RESIDENTS OF Runarveien 1 and Runarveien 3\n\nFriday 4 December 2026\n"))
        #expect(try store.run(["export", "notice", id, "--format", "notice", "--sms", "--lang", "nb"]).stdout
            == "Søppel i trappen fjernes mandag. Hilsen boligkontoret\n")
        let templates = store.folder.sub("config") + "/nabo/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try "Husk {weekday} {day}: {text}".write(toFile: templates + "/notice-board-sms.nb.txt", atomically: true, encoding: .utf8)
        #expect(try store.run(["export", "notice", id, "--format", "notice", "--sms", "--lang", "nb"]).stdout
            == "Husk fredag 4.12.: Søppel i trappen fjernes mandag.\n")
        let long = String(repeating: "Lang tekst. ", count: 20)
        try "{text}\(long)".write(toFile: templates + "/notice-board-sms.nb.txt", atomically: true, encoding: .utf8)
        #expect(try store.run(["export", "notice", id, "--format", "notice", "--sms", "--lang", "nb"]).stderr.contains("blir sendt som 2 meldinger"))
        try "# {tittel}\n".write(toFile: templates + "/notice-board.nb.md", atomically: true, encoding: .utf8)
        let bad = try store.run(["export", "notice", id, "--format", "notice", "--lang", "nb"])
        #expect(bad.status == 1 && bad.stdout.isEmpty && bad.stderr.contains("ukjent plassholder {tittel}"))
    }

    @Test func theContactsAreThoseLivingThereWithAPhoneInASuggestedFile() throws {
        let id = try notice()
        let folder = store.folder.sub("out")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let csv = try store.run(["export", "notice", id, "--format", "csv", "--separator", ";", "--output", folder, "--lang", "nb"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let path = folder + "/oppslag-2026-12-04-kontakter.csv"
        #expect(csv.stdout == path + "\n")
        #expect(csv.stderr.contains("1 av beboerne har ikke telefonnummer"))
        let rows = try Python.csvRows(try Data(contentsOf: URL(fileURLWithPath: path)), separator: ";")
        #expect(rows == [["Navn", "Telefon"], ["Per Eksempel", "+4740000013"], ["Siri Demo", "+4740000012"]])
        let vcf = try store.run(["export", "notice", id, "--format", "vcf"]).stdout
        #expect(vcf.components(separatedBy: "BEGIN:VCARD\r\n").count - 1 == 2)
        #expect(vcf.contains("FN:Siri Demo\r\n") && vcf.contains("TEL;VALUE=uri;TYPE=cell:tel:+4740000013\r\n") && !vcf.contains("Ola Annen"))
        let notice = try store.run(["export", "notice", id, "--format", "notice", "--output", folder, "--lang", "nb"])
        #expect(notice.stdout == folder + "/oppslag-2026-12-04.md\n")
    }

    @Test func aBadFormatAnUnknownNoticeOrAStrayFlagIsRefused() throws {
        let id = try notice()
        let bad = try store.run(["export", "notice", id, "--format", "ics", "--lang", "en"])
        #expect(bad.status == 1 && bad.stderr == "nabo: “ics” is not a valid value for --format. Choose one of: notice, csv, vcf.\n")
        let unknown = try store.run(["export", "notice", "ntc-nope", "--format", "csv", "--lang", "en"])
        #expect(unknown.status == 1 && unknown.stderr == "nabo: No notice with id ntc-nope.\n")
        let stray = try store.run(["export", "notice", id, "--format", "csv", "--sms", "--lang", "en"])
        #expect(stray.status == 1 && stray.stderr == "nabo: --sms and --plain apply only to --format notice.\n")
    }
}

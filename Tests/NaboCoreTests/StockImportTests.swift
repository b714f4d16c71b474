import NaboTestSupport
import Testing
@testable import NaboCore

/// `nabo import` without files: sheets as the tests write them, read by the CSV reader and planned
/// against a replica, each row checked.
@Suite struct StockImportTests {
    func rows(_ text: String) throws -> [[String]] { try CSVReader.read(Array(text.utf8)).rows }

    func plan(_ w: World, _ rows: [[String]], kind: StockExport.Kind? = nil, map: [String: StockField] = [:]) throws -> StockImport.Outcome {
        var ctx = w.ctx
        ctx.nextSeq = UInt32(w.replica.operationCount + 1)
        return try StockImport.plan(rows: rows, kind: kind, map: map, replica: w.replica, context: ctx)
    }

    func commit(_ w: inout World, _ outcome: StockImport.Outcome) {
        outcome.ops.forEach { w.replica.apply($0) }
    }

    func units(_ w: World) -> [(String, String, String, Int?, String)] {
        w.replica.records("unit").filter { !$0.isDeleted }.map(HousingUnit.init).map { u in
            let a = w.replica.live("address", u.address ?? "").map(Address.init)
            return ((a?.street ?? "") + " " + (a?.numberText ?? "") + (a?.letter ?? ""), a?.postcode ?? "", u.number, u.rooms, u.statusValue)
        }.sorted { ($0.0, $0.2) < ($1.0, $1.2) }
    }

    @Test func windows1252WithSemicolonsAndNoByteOrderMarkIsReadCellByCell() throws {
        // "Gateadresse;Husnr;Postnr;Poststed;H-nummer;Rom;Status" then Øvre Åsvei, Sørby, and € / – from 0x80–0x9F.
        var bytes = Array("Gateadresse;Husnr;Postnr;Poststed;H-nummer;Rom;Status\r\n".utf8)
        bytes += [0xD8] + Array("vre ".utf8) + [0xC5] + Array("svei;4;3210;S".utf8) + [0xF8] + Array("rby;H0101;3;Ledig\r\n".utf8)
        bytes += Array("Kl".utf8) + [0xF8] + Array("vervei;10;3211;Sandefjord ".utf8) + [0x96, 0x20, 0x80] + Array(";H0201;2;vacant\r\n".utf8)
        let (rows, dialect) = try CSVReader.read(bytes)
        #expect(dialect.separator == ";" && !dialect.byteOrderMark)
        #expect(rows[1] == ["Øvre Åsvei", "4", "3210", "Sørby", "H0101", "3", "Ledig"])
        #expect(rows[2] == ["Kløvervei", "10", "3211", "Sandefjord – €", "H0201", "2", "vacant"])

        var w = World()
        let outcome = try plan(w, rows)
        #expect(outcome.sheet.kind == .units && outcome.refusals.isEmpty)
        #expect(outcome.created == [.address: 2, .unit: 2])
        commit(&w, outcome)
        let all = units(w)
        #expect(all.count == 2)
        #expect(all[0] == ("Kløvervei 10", "3211", "H0201", 2, "vacant"))
        #expect(all[1] == ("Øvre Åsvei 4", "3210", "H0101", 3, "vacant"))
        #expect(w.replica.records("address").map(Address.init).contains { $0.city == "Sørby" })
    }

    @Test func aUTF8SheetWithAByteOrderMarkCommasQuotesAndLineBreaksInsideACell() throws {
        let text = "\u{FEFF}Street,Number,Letter,Postcode,City,H-number,Rooms\n\"Storgata, bak\",12,b,150,\"Oslo \"\"sentrum\"\"\",H0101,2\r\n"
            + "\"Lang\ngate\",3,,3210,Sandefjord,U0101,\n"
        let (rows, dialect) = try CSVReader.read(Array(text.utf8))
        #expect(dialect.separator == "," && dialect.byteOrderMark)
        #expect(rows[0][0] == "Street")
        #expect(rows[1] == ["Storgata, bak", "12", "b", "150", "Oslo \"sentrum\"", "H0101", "2"])
        #expect(rows[2] == ["Lang\ngate", "3", "", "3210", "Sandefjord", "U0101", ""])
        let outcome = try plan(World(), rows)
        // The postcode lost its leading zero in the spreadsheet; the street with a line break is not one line of text.
        #expect(outcome.refusals.map(\.row) == [3])
        #expect(outcome.refusals[0].column.en == "Street")
        var w = World()
        commit(&w, outcome)
        #expect(units(w).map(\.0) == ["Storgata, bak 12B"])
        #expect(units(w).map(\.1) == ["0150"])
    }

    @Test func mixedDatesAndEveryRefusalNamedByRowAndColumn() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let unit = try w.add(.unit, ["address": address, "number": "H0101"])
        _ = try w.add(.unit, ["address": address, "number": "H0102"])
        let sheet = try rows("""
            Navn;Telefon;Gateadresse;Husnr;H-nummer;Innflyttet;Utflyttet
            Kari Nordvik;+47 912 34 567;Runarveien;1;H0101;01.02.2025;
            Ola Nordmann;91234568;Runarveien;1;H0102;2025-03-04;
            Per Hansen;004791234569;Runarveien;1;H12O1;5.6.2025;
            Lise Berg;;Runarveien;1;H0102;31.02.2025;
            ;91234570;Runarveien;1;H0101;;
            Kari Nordvik;;Runarveien;1;H0101;;
            Ali Khan;;Fjellveien;9;H0101;;
            Sara Moe;123;Runarveien;1;H0101;;
            Tor Lie;;Runarveien;1;H0102;2.3.2025;1.1.2025
            """)
        let outcome = try plan(w, sheet)
        #expect(outcome.sheet.kind == .residents)
        let refused = outcome.refusals.map { ($0.row, $0.column.nb) }
        #expect(refused.map(\.0) == [4, 5, 6, 7, 8, 9, 10])
        #expect(refused.map(\.1) == ["H-nummer", "Innflyttet", "Navn", "Navn", "Gateadresse", "Telefon", "Utflyttet"])
        #expect(outcome.refusals[0].message.nb.hasPrefix("Rad 4, H-nummer: «H12O1» er ikke et H-nummer (H og fire sifre, for eksempel H0101"))
        #expect(outcome.refusals[1].reason.nb == "«31.02.2025» er ikke en dato som finnes: februar 2025 har 28 dager.")
        #expect(outcome.refusals[1].reason.en == "“31.02.2025” is not a day that exists: February 2025 has 28 days.")
        #expect(outcome.refusals[2].reason.en == "The name is empty; a resident needs a name.")
        #expect(outcome.refusals[3].reason.en == "Kari Nordvik is in the sheet twice (also on row 2).")
        #expect(outcome.refusals[4].reason.en.hasPrefix("Fjellveien 9 is neither in Nabo nor in the sheet."))
        #expect(outcome.refusals[5].reason.en.hasPrefix("The phone number is not a Norwegian mobile number"))

        commit(&w, outcome)
        let people = w.replica.records("resident").map(Resident.init).sorted { $0.name < $1.name }
        #expect(people.map(\.name) == ["Kari Nordvik", "Ola Nordmann"])
        #expect(people.map(\.phone) == ["+4791234567", "+4791234568"])
        #expect(people.map { $0.movedIn?.iso } == ["2025-02-01", "2025-03-04"])
        // Living there by contract: a tenancy each, and both units let.
        #expect(w.replica.records("tenancy").map(Tenancy.init).map { $0.from?.iso ?? "" }.sorted() == ["2025-02-01", "2025-03-04"])
        #expect(w.replica.live("unit", unit).map(HousingUnit.init)?.statusValue == "let")
        #expect(outcome.created == [.resident: 2, .tenancy: 2] && outcome.updated == [.unit: 2])
    }

    @Test func aSecondImportChangesNothingAndAnEditedCellChangesOnlyThat() throws {
        var w = World()
        let sheet = """
            Adresse;Husnr;Bokstav;Postnr;Poststed;Bruksenhetsnummer;Antall rom;Status
            Runarveien;1;;3216;Sandefjord;H0101;2;Ledig
            Runarveien;1;;3216;Sandefjord;H0102;3;Venter på reparasjon
            Runarveien;3;A;3216;Sandefjord;H0101;4;
            """
        commit(&w, try plan(w, try rows(sheet)))
        let first = units(w)
        #expect(first.count == 3 && first[1].4 == "awaiting-repair")
        let again = try plan(w, try rows(sheet))
        #expect(again.ops.isEmpty && again.unchanged == 3 && again.refusals.isEmpty)

        let edited = try plan(w, try rows(sheet.replacingOccurrences(of: "H0102;3;", with: "H0102;5;")))
        #expect(edited.ops.count == 1 && edited.updated == [.unit: 1] && edited.created.isEmpty && edited.unchanged == 2)
        commit(&w, edited)
        #expect(units(w)[1].3 == 5)
        #expect(w.replica.records("unit").count == 3 && w.replica.records("address").count == 2)
    }

    /// Without ids, a person Nabo has at another unit is neither duplicated nor moved: the row is
    /// refused, with both ways on; with the export's id column the same row is a move.
    @Test func aKnownResidentAtAnotherUnitWithoutAnIdIsRefusedAndWithOneMoved() throws {
        var w = World()
        commit(&w, try plan(w, try rows("Gateadresse;Husnr;Postnr;Poststed;H-nummer\nTindveien;4;3214;Sandefjord;H0101\nTindveien;4;3214;Sandefjord;H0102\n")))
        commit(&w, try plan(w, try rows("Navn;Gateadresse;Husnr;H-nummer;Innflyttet\nEva Prøve;Tindveien;4;H0101;01.03.2026\n")))
        let moved = try plan(w, try rows("Navn;Gateadresse;Husnr;H-nummer;Innflyttet\neva  prøve;Tindveien;4;H0102;01.10.2026\n"))
        #expect(moved.ops.isEmpty)
        #expect(moved.refusals.map(\.row) == [2])
        #expect(moved.refusals.first?.reason.en == "Nabo already has Eva Prøve at Tindveien 4, H0101. If they moved, import the sheet with the id column nabo export stock writes, or use nabo move; another person of the same name is added with nabo add resident.")
        let eva = try #require(w.replica.records("resident").first)
        let byID = try plan(w, try rows("id;Navn;Gateadresse;Husnr;H-nummer;Innflyttet\n\(eva.id);Eva Prøve;Tindveien;4;H0102;01.10.2026\n"))
        #expect(byID.refusals.isEmpty && byID.created == [.tenancy: 1])
        commit(&w, byID)
        #expect(w.replica.records("resident").count == 1)
    }

    @Test func theStockExportReadsBackUnchangedFormulaLikeStreetAndPhoneIncluded() throws {
        var w = World()
        let address = try w.add(.address, ["street": "=HYPERLINK(\"x\")", "number": "2", "postcode": "3216", "city": "Sandefjord"])
        let unit = try w.add(.unit, ["address": address, "number": "H0101", "rooms": "2"])
        _ = try w.add(.resident, ["name": "@Kari Test", "unit": unit, "phone": "+4791234567", "movedIn": "2025-01-01"])
        for kind in StockExport.Kind.allCases {
            let text = StockExport.csv(kind, replica: w.replica, language: .nb).text(CSVDialect(separator: ";", byteOrderMark: true))
            #expect(text.contains("'=HYPERLINK"))
            let outcome = try plan(w, try rows(text))
            #expect(outcome.sheet.kind == kind)
            #expect(outcome.ops.isEmpty && outcome.refusals.isEmpty && outcome.unchanged == 1, "\(kind): \(outcome.refusals)")
        }
        let residents = StockExport.csv(.residents, replica: w.replica, language: .en).text(CSVDialect())
        let moved = try plan(w, try rows(residents.replacingOccurrences(of: "+4791234567", with: "+47 400 00 001")))
        #expect(moved.ops.count == 1 && moved.ops[0].writes.map(\.field) == ["phone"])
    }

    @Test func aStatusAgainstTheLettingRuleOrNotAStatusIsRefusedUnderTheStatusColumn() throws {
        var w = World()
        let address = try w.address("Runarveien", "1")
        let unit = try w.add(.unit, ["address": address, "number": "H0101", "status": "let"])
        _ = try w.add(.resident, ["name": "Kari Nordvik", "unit": unit, "movedIn": "2025-02-01"])
        let outcome = try plan(w, try rows("""
            Gateadresse;Husnr;Postnr;Poststed;H-nummer;Status
            Runarveien;1;3216;Sandefjord;H0101;Ledig
            Runarveien;1;3216;Sandefjord;H0102;Opptatt
            Runarveien;1;3216;Sandefjord;H0103;Venter på reparasjon
            """))
        #expect(outcome.refusals.map(\.row) == [2, 3])
        #expect(outcome.refusals.map(\.column.nb) == ["Status", "Status"])
        #expect(outcome.refusals[0].reason.nb.hasPrefix("Boligen H0101 er utleid: Kari Nordvik bor der med kontrakt siden 01.02.2025."))
        #expect(outcome.refusals[1].reason.en.hasPrefix("“Opptatt” is not a unit status. Write one of: Let (let), Vacant (vacant)"))
        #expect(outcome.created == [.unit: 1] && outcome.ops.count == 1)
        #expect(outcome.ops[0].writes.contains { $0.field == "status" && $0.value == .string("awaiting-repair") })
    }

    @Test func mapNamesAColumnAndKindIsFoundFromTheColumns() throws {
        let sheet = try rows("Kolonne X;Husnr;Postnr;Poststed;H-nummer;Notat\nStorgata;5;3210;Sandefjord;H0101;hei\n")
        #expect(throws: Message.self) { try plan(World(), sheet) }
        let mapped = try plan(World(), sheet, map: ["kolonne x": .street])
        #expect(mapped.sheet.kind == .units && mapped.created == [.address: 1, .unit: 1])
        #expect(mapped.sheet.unknown == ["Notat"])
        let people = try rows("Name,Phone\nKari Test,\n")
        #expect(try plan(World(), people).sheet.kind == .residents)
        #expect(try plan(World(), people).created == [.resident: 1])
        #expect(throws: Message.self) { try plan(World(), people, kind: .units) }
    }

    @Test func untrustedBytesAreRefusedInWordsNeverACrash() throws {
        #expect(throws: Message.self) { try CSVReader.read([0x00, 0x01, 0x02, 0xFF]) }
        #expect(throws: Message.self) { try CSVReader.read([0x50, 0x4B, 0x03, 0x04, 0x14]) }
        let unclosed = #expect(throws: Message.self) { try CSVReader.read(Array("a;b\n1;\"2\n3;4\n".utf8)) }
        #expect(unclosed?.en.hasPrefix("Row 2: a quote") == true)
        let tooMany = #expect(throws: Message.self) { try CSVReader.read(Array(String(repeating: "x\n", count: 11).utf8), limits: .init(rows: 10)) }
        #expect(tooMany?.en.contains("more than 10 rows") == true)
        #expect(throws: Message.self) { try CSVReader.read(Array(String(repeating: "x", count: 20).utf8), limits: .init(cellBytes: 10)) }
        #expect(throws: Message.self) { try plan(World(), try rows("\n\n")) }
    }
}

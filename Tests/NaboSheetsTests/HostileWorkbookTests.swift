import Foundation
import NaboCore
@testable import NaboSheets
import Testing
import ZIPFoundation

/// Workbooks someone else wrote badly or on purpose: each refused with a sentence a worker
/// understands, never a crash, a hang or a file on the disk.
struct HostileWorkbookTests {
    /// A ZIP of these parts, as a writer other than Nabo might make it.
    static func zip(_ parts: [(String, [UInt8])], method: CompressionMethod = .deflate) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { p, n in
                data.subdata(in: Int(p)..<Int(p) + n)
            }
        }
        return Array(try #require(archive.data))
    }

    /// A minimal workbook whose one sheet is this XML.
    static func workbook(sheet: String, method: CompressionMethod = .deflate) throws -> [UInt8] {
        try zip([
            ("xl/workbook.xml", Array(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>"#.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.utf8)),
            ("xl/worksheets/sheet1.xml", Array(("<worksheet><sheetData>" + sheet + "</sheetData></worksheet>").utf8)),
        ], method: method)
    }

    @Test func aFileThatIsNoZipIsNoExcelFile() {
        #expect(throws: WorkbookFailure.notExcel) { try Workbook.rows(Array("Gateadresse;Husnr\n".utf8), sheet: nil) }
        #expect(throws: WorkbookFailure.notExcel) { try Workbook.sheetNames([]) }
        #expect(throws: WorkbookFailure.oldExcel) { try Workbook.sheetNames([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)) }
    }

    @Test func aZipWithoutAWorkbookIsNoExcelFile() throws {
        let bytes = try Self.zip([("word/document.xml", Array("<document/>".utf8))])
        #expect(throws: WorkbookFailure.notExcel) { try Workbook.sheetNames(bytes) }
        #expect(WorkbookFailure.notExcel.en == "This is not an Excel file (.xlsx). Save the sheet as an Excel Workbook (.xlsx) or as CSV and try again.")
    }

    @Test func aPartThatUnpacksBeyondTheLimitIsRefusedWhileUnpackingWhatItsHeaderClaims() throws {
        let rows = String(repeating: "<row/>", count: WorkbookArchive.partLimit / 6 + 1)
        var bytes = try Self.workbook(sheet: rows)
        // The central directory says the sheet is 1 KB: only unpacking shows it is not.
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        let header = try #require((0..<bytes.count - 46).last { i in
            bytes[i..<i + 4] == [0x50, 0x4B, 0x01, 0x02] && bytes[(i + 46)...].starts(with: name)
        })
        bytes.replaceSubrange(header + 24..<header + 28, with: [0x00, 0x04, 0x00, 0x00])
        #expect(throws: WorkbookFailure.unpacksTooLarge(limit: WorkbookArchive.partLimit)) { try Workbook.rows(bytes, sheet: nil) }
        #expect(try Workbook.sheetNames(bytes) == ["Ark1"])
    }

    @Test func aCellFarAwayIsRefusedNamingTheCell() throws {
        let bytes = try Self.workbook(sheet: #"<row r="1"><c r="ZZZZZZ99999999" t="inlineStr"><is><t>x</t></is></c></row>"#)
        #expect(throws: WorkbookFailure.tooManyColumns("Ark1", cell: "ZZZZZZ99999999", limit: 200)) { try Workbook.rows(bytes, sheet: nil) }
        #expect(WorkbookFailure.tooManyColumns("Ark1", cell: "ZZZZZZ99999999", limit: 200).en
            == "The sheet “Ark1” has a value in cell ZZZZZZ99999999, beyond the 200 columns Nabo reads.")
        let nonsense = try Self.workbook(sheet: #"<row r="1"><c r="7A" t="inlineStr"><is><t>x</t></is></c></row>"#)
        #expect(throws: WorkbookFailure.badCellReference("Ark1", cell: "7A")) { try Workbook.rows(nonsense, sheet: nil) }
    }

    @Test func rowsBeyondTheBoundAreRefusedButEmptyStyledCellsThereAreNot() throws {
        let far = try Self.workbook(sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row><row r="100001"><c r="A100001" t="inlineStr"><is><t>x</t></is></c></row>"#)
        #expect(throws: WorkbookFailure.tooManyRows("Ark1", limit: 100_000)) { try Workbook.rows(far, sheet: nil) }
        #expect(WorkbookFailure.tooManyRows("Ark1", limit: 100_000).en == "The sheet “Ark1” has more than 100,000 rows; Nabo reads at most 100,000.")
        // A border drawn to the bottom of the sheet leaves cells with a style and no value.
        let styled = try Self.workbook(sheet: #"<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c><c r="XFD1" s="1"/></row><row r="1048576"><c r="B1048576" s="1"/></row>"#)
        #expect(try Workbook.rows(styled, sheet: nil) == [["Navn"]])
    }

    @Test func aDocumentTypeIsRefusedSoNoEntityIsEverResolved() throws {
        let bytes = try Self.workbook(sheet: #"<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><row r="1"><c r="A1" t="str"><v>&e;</v></c></row>"#)
        #expect(throws: WorkbookFailure.damaged("xl/worksheets/sheet1.xml")) { try Workbook.rows(bytes, sheet: nil) }
    }

    @Test func aSharedStringThatIsNotThereIsDamage() throws {
        let bytes = try Self.workbook(sheet: #"<row r="1"><c r="A1" t="s"><v>7</v></c></row>"#)
        #expect(throws: WorkbookFailure.damaged("xl/worksheets/sheet1.xml")) { try Workbook.rows(bytes, sheet: nil) }
    }

    @Test func cellsWithoutAddressesFollowEachOtherAndRowsWithoutNumbersToo() throws {
        let bytes = try Self.workbook(sheet: #"<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1.50</v></c></row><row><c r="C2" t="b"><v>1</v></c></row>"#, method: .none)
        #expect(try Workbook.rows(bytes, sheet: nil) == [["a", "1.5", ""], ["", "", "TRUE"]])
    }

    /// Cut short, bytes changed, stored and compressed, and plain noise: every one a message or
    /// rows, none a crash. Deterministic: the same generator seed every run.
    @Test func mutatedAndTruncatedWorkbooksAndRandomBytesNeverCrash() throws {
        let sheet = #"<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c><c r="B1" s="0"><v>45000</v></c></row>"#
        let seeds = [
            Workbook.write([(name: "Boliger", table: CSVTable(header: ["id", "Navn"], rows: [["1", "Åse"], ["2", "=1+1"]]))]),
            try Self.workbook(sheet: sheet),
            try Self.workbook(sheet: sheet, method: .none),
        ]
        var random = SplitMix64(seed: 0x5EED)
        var outcomes = (rows: 0, refused: 0)
        func attempt(_ bytes: [UInt8]) {
            do {
                _ = try Workbook.sheetNames(bytes)
                _ = try Workbook.rows(bytes, sheet: nil)
                outcomes.rows += 1
            } catch {
                outcomes.refused += 1
            }
        }
        for seed in seeds {
            for length in stride(from: 0, to: seed.count, by: max(1, seed.count / 200)) { attempt(Array(seed[..<length])) }
            for _ in 0..<300 {
                var bytes = seed
                for _ in 0..<Int(random.next() % 4 + 1) {
                    bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
                }
                attempt(bytes)
            }
        }
        for _ in 0..<200 {
            let count = Int(random.next() % 2048)
            var bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if random.next() % 2 == 0 { bytes = [0x50, 0x4B, 0x03, 0x04] + bytes }
            attempt(bytes)
        }
        #expect(outcomes.rows > 0)
        #expect(outcomes.refused > 0)
    }
}

/// A small, seeded random number generator, so a fuzz-style test is the same every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

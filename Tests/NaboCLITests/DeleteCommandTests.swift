import Foundation
import NaboTestSupport
import Testing

/// `nabo delete` refuses as the interface does: an address with units, a unit with residents,
/// naming every one of them; nothing is deleted.
@Suite(.serialized) struct DeleteCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8", "NABO_TODAY": "2026-11-22"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func id(_ r: Binary.Result) -> String { r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) }

    @Test func anAddressWithUnitsAndAUnitWithAResidentAreRefusedNamingThem() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain").status == 0)
        let a = id(try nabo("add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3216", "--city", "Sandefjord"))
        let u = id(try nabo("add", "unit", "--address", a, "--number", "H0101"))
        _ = try nabo("add", "unit", "--address", a, "--number", "H0102")
        _ = try nabo("add", "resident", "--name", "Solveig Bakkeli", "--unit", u)

        let address = try nabo("delete", "address", a)
        #expect(address.status == 1)
        #expect(address.stderr.contains("Cannot delete: the address has 2 units: H0101, H0102."), "\(address.stderr)")
        let unit = try nabo("delete", "unit", u, "--lang", "nb")
        #expect(unit.status == 1)
        #expect(unit.stderr.contains("Kan ikke slette: boligen har 1 beboer: Solveig Bakkeli."), "\(unit.stderr)")
        #expect(try nabo("show", "unit", u).status == 0)
    }
}

import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// Home's "Let 1 Vacant 0" counts who lives where by contract, not a status nobody updated.
@Suite struct LettingTests {
    @Test func aUnitSomeoneMovedIntoIsLetWhateverItsStoredStatus() throws {
        var replica = Replica()
        var context = Fixed.context()
        func add(_ type: EntityType, _ values: [String: String]) throws -> String {
            let ops = try Planner.plan(.add(type, Edit(values: values)), in: replica, context: context)
            ops.forEach { replica.apply($0) }
            context.nextSeq += 1
            return ops[0].entity
        }
        let address = try add(.address, ["street": "Runarveien", "number": "3", "postcode": "3216", "city": "Sandefjord"])
        let let1 = try add(.unit, ["address": address, "number": "H0101"])
        _ = try add(.unit, ["address": address, "number": "H0102"])
        let withoutContract = try add(.unit, ["address": address, "number": "H0103", "status": "occupied-without-contract"])
        _ = try add(.resident, ["name": "Tomasz Kowalczyk", "unit": let1, "movedIn": "2026-01-15"])
        _ = try add(.resident, ["name": "Marta Fernández", "unit": withoutContract])
        let directory = Directory(replica: replica, today: context.today)
        #expect(directory.units.map(\.status) == ["let", "vacant", "occupied-without-contract"])
        #expect(directory.addresses[0].letCount == 1)
        #expect(directory.addresses[0].vacantCount == 1)
    }
}

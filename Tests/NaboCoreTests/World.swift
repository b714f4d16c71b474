import NaboTestSupport
@testable import NaboCore

/// A replica built through the planner, as the store would build it, on the frozen day of `Fixed`.
struct World {
    var replica = Replica()
    var ctx = Fixed.context()
    /// Every operation committed, oldest first: the journal a store would hold.
    var log: [Op] = []

    var today: CalendarDate { ctx.today }

    static func demo() throws -> World {
        var w = World()
        let ops = try DemoData.ops(on: w.replica, context: w.ctx)
        ops.forEach { w.replica.apply($0) }
        w.log += ops
        return w
    }

    @discardableResult
    mutating func commit(_ change: Change) throws -> [Op] {
        ctx.nextSeq = UInt32(replica.operationCount + 1)
        let ops = try Planner.plan(change, in: replica, context: ctx)
        ops.forEach { replica.apply($0) }
        log += ops
        return ops
    }

    @discardableResult
    mutating func add(_ type: EntityType, _ values: [String: String], sets: [String: [String]] = [:]) throws -> String {
        try commit(.add(type, Edit(values: values, additions: sets)))[0].entity
    }

    mutating func address(_ street: String, _ number: String) throws -> String {
        try add(.address, ["street": street, "number": number, "postcode": "3216", "city": "Sandefjord"])
    }

    /// A resident in a new unit at the address; the unit number follows from how many there are.
    mutating func resident(_ name: String, at address: String, phone: String? = nil) throws -> String {
        let n = replica.records("unit").count + 1
        let unit = try add(.unit, ["address": address, "number": "H01" + (n < 10 ? "0" : "") + String(n)])
        var values = ["name": name, "unit": unit]
        if let phone { values["phone"] = phone }
        return try add(.resident, values)
    }
}

import NaboCore

/// A large, realistic invented store for benchmarks: Norwegian street names, residents with names
/// from many origins, and years of visits with notes, follow-up dates, edits, inputs and measures.
/// Seeded, so the same arguments always give the same journals.
public struct SyntheticStore {
    public struct Base {
        public var addresses: [String] = []
        public var units: [(id: String, address: String)] = []
        public var residents: [(id: String, unit: String)] = []

        /// The addresses, units and residents an existing store holds, for work on top of it.
        public init(replica: Replica) {
            addresses = replica.records("address").map(\.id).sorted()
            units = replica.records(EntityType.unit.rawValue).map { ($0.id, HousingUnit($0).address ?? "") }.sorted { $0.id < $1.id }
            residents = replica.records(EntityType.resident.rawValue).map { ($0.id, Resident.unit(of: $0) ?? "") }.sorted { $0.id < $1.id }
        }

        init() {}
    }

    var rng: SplitMix64
    let device: String
    let author: String
    public private(set) var seq: UInt32 = 1
    var clock: HLC
    let startDay: CalendarDate

    public init(seed: UInt64, device: String, author: String, startDay: CalendarDate) {
        rng = SplitMix64(seed: seed)
        self.device = device
        self.author = author
        self.startDay = startDay
        clock = HLC(millis: Int64(startDay.dayNumber) * 86_400_000, counter: 0)
    }

    /// Continues a device's journal after the sequence numbers it already used.
    public mutating func skip(to seq: UInt32) { self.seq = seq }

    mutating func next(_ type: EntityType, id: String? = nil, minutesLater: Int = 1) -> Op {
        clock = clock.tick(now: clock.millis + Int64(minutesLater) * 60_000)
        let op = Op(id: OpID(device: device, seq: seq), clock: clock, author: author, type: type.rawValue,
                    entity: id ?? Context.recordID(type, device: device, seq: seq))
        seq += 1
        return op
    }

    /// Addresses (about one per 20 units), units and residents.
    public mutating func base<E: Error>(units: Int, residents: Int, emit: ([Op]) throws(E) -> Void) throws(E) -> Base {
        var base = Base()
        var batch: [Op] = []
        let addressCount = max(1, units / 20)
        for i in 0..<addressCount {
            var op = next(.address)
            let street = Words.streets[i % Words.streets.count]
            op.writes = [FieldWrite("street", .string(street)), FieldWrite("number", .int(1 + (i / Words.streets.count) * 2 + Int(rng.next() % 2))),
                         FieldWrite("postcode", .string(String(3200 + Int(rng.next() % 90)))), FieldWrite("city", .string("Sandefjord"))]
            base.addresses.append(op.entity)
            batch.append(op)
        }
        for i in 0..<units {
            var op = next(.unit)
            let address = base.addresses[i % addressCount]
            let n = i / addressCount
            op.writes = [FieldWrite("address", .string(address)), FieldWrite("number", .string("H" + two(n / 6 + 1) + two(n % 6 + 1))),
                         FieldWrite("rooms", .int(1 + Int(rng.next() % 3))), FieldWrite("status", .string(pick(Vocabulary.unitStatus, weights: [14, 3, 2, 1])))]
            base.units.append((op.entity, address))
            batch.append(op)
        }
        for i in 0..<residents {
            var op = next(.resident)
            let unit = base.units[i % max(1, units)].id
            let name = pick(Words.givenNames) + " " + pick(Words.familyNames)
            op.writes = [FieldWrite("name", .string(name)), FieldWrite("unit", .string(unit)),
                         FieldWrite("phone", .string("+47" + String(40_000_000 + Int(rng.next() % 9_999_999)))),
                         FieldWrite("movedIn", .string(startDay.adding(days: Int(rng.next() % 900)).iso))]
            if i >= units, rng.next() % 2 == 0 {
                op.writes.append(FieldWrite("movedOut", .string(startDay.adding(days: 900 + Int(rng.next() % 600)).iso)))
            }
            base.residents.append((op.entity, unit))
            batch.append(op)
            if batch.count >= 10_000 { try emit(batch); batch.removeAll(keepingCapacity: true) }
        }
        try emit(batch)
        return base
    }

    /// `count` operations of fieldwork over the years: mostly visits, some later edits of a visit
    /// (naming the value they replace), inputs, measures and counted events.
    public mutating func fieldwork<E: Error>(_ count: Int, base: Base, days: Int, emit: ([Op]) throws(E) -> Void) throws(E) {
        var batch: [Op] = []
        var recentVisits: [(id: String, last: OpID)] = []
        var made = 0
        let addressOf = Dictionary(base.units.map { ($0.id, $0.address) }, uniquingKeysWith: { a, _ in a })
        while made < count {
            let day = startDay.adding(days: made * days / max(1, count))
            let roll = rng.next() % 100
            var op: Op
            if roll < 8, !recentVisits.isEmpty {
                // An edit names the write it replaces, as the interface does: later edits chain.
                let k = Int(rng.next() % UInt64(recentVisits.count))
                op = next(.visit, id: recentVisits[k].id)
                op.writes = [FieldWrite("note", .string(note()), replaces: [recentVisits[k].last])]
                recentVisits[k].last = op.id
            } else if roll < 11 {
                op = next(.input, minutesLater: 7)
                let r = base.residents[Int(rng.next() % UInt64(base.residents.count))]
                op.writes = [FieldWrite("resident", .string(r.id)), FieldWrite("text", .string(pick(Words.inputs))),
                             FieldWrite("outcome", .string(pick(Vocabulary.inputOutcome, weights: [3, 4, 2, 1]))), FieldWrite("date", .string(day.iso))]
            } else if roll < 13 {
                op = next(.measure, minutesLater: 11)
                let a = base.addresses[Int(rng.next() % UInt64(base.addresses.count))]
                op.writes = [FieldWrite("address", .string(a)), FieldWrite("category", .string(pick(Vocabulary.category))),
                             FieldWrite("title", .string(pick(Words.measures))), FieldWrite("status", .string(pick(Vocabulary.measureStatus))),
                             FieldWrite("responsible", .string(pick(Vocabulary.responsible, weights: [6, 2, 1, 1]))),
                             FieldWrite("due", .string(day.adding(days: 30 + Int(rng.next() % 60)).iso))]
            } else if roll < 14 {
                op = next(.event, minutesLater: 5)
                let r = base.residents[Int(rng.next() % UInt64(base.residents.count))]
                op.writes = [FieldWrite("kind", .string(pick(Vocabulary.eventKind, weights: [8, 1, 4, 6, 2, 1, 2, 2, 3, 1]))),
                             FieldWrite("address", .string(addressOf[r.unit] ?? "")), FieldWrite("unit", .string(r.unit)),
                             FieldWrite("resident", .string(r.id)), FieldWrite("date", .string(day.iso)), FieldWrite("worker", .string(author))]
            } else {
                op = next(.visit, minutesLater: 23 + Int(rng.next() % 90))
                let r = base.residents[Int(rng.next() % UInt64(base.residents.count))]
                let kind = pick(Vocabulary.visitKind, weights: [70, 15, 5, 8, 2])
                op.writes = [FieldWrite("unit", .string(r.unit)), FieldWrite("date", .string(day.iso + "T1\(rng.next() % 6):\(two(Int(rng.next() % 60)))+01:00")),
                             FieldWrite("kind", .string(kind)), FieldWrite("worker", .string(author))]
                if kind != "not-at-home" { op.writes.append(FieldWrite("note", .string(note()))) }
                if rng.next() % 3 == 0 { op.writes.append(FieldWrite("agreed", .string(pick(Words.agreements)))) }
                op.writes.append(FieldWrite("next", .string(day.adding(days: 7 * (1 + Int(rng.next() % 4))).iso)))
                op.setChanges = [SetChange("residents", r.id, add: true)]
                recentVisits.append((op.entity, op.id))
                if recentVisits.count > 50 { recentVisits.removeFirst() }
            }
            batch.append(op)
            made += 1
            if batch.count >= 10_000 { try emit(batch); batch.removeAll(keepingCapacity: true) }
        }
        try emit(batch)
    }

    mutating func note() -> String {
        let n = 1 + Int(rng.next() % 3)
        return (0..<n).map { _ in pick(Words.sentences) }.joined(separator: " ")
    }

    mutating func pick(_ list: [String], weights: [Int]? = nil) -> String {
        guard let weights else { return list[Int(rng.next() % UInt64(list.count))] }
        var r = Int(rng.next() % UInt64(weights.reduce(0, +)))
        for (i, w) in weights.enumerated() {
            if r < w { return list[i] }
            r -= w
        }
        return list[0]
    }

    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

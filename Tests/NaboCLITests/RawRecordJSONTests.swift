import NaboCore
@testable import NaboCLI
import NaboTestSupport
import Testing

/// A record read where it lies in the snapshot (`RawRecord`) gives the same JSON, deleted flag and
/// list key as the decoded record, for the records that test the copy most: text that needs
/// escapes, sets out of order with a removed member, a field a newer version wrote, a conflict,
/// deleted and restored records, dates that are no string or need an escape.
@Suite struct RawRecordJSONTests {
    var seq: UInt32 = 0

    mutating func op(_ entity: String, at clock: UInt64, _ writes: [FieldWrite] = [], sets: [SetChange] = [], delete: Deletion? = nil,
                     device: String = "a", type: String = "visit") -> Op {
        seq += 1
        return Op(id: OpID(device: device, seq: seq), clock: HLC(raw: clock), author: device.uppercased(), type: type, entity: entity,
                  writes: writes, setChanges: sets, deletion: delete)
    }

    mutating func replica() -> Replica {
        var r = Replica()
        let note = "Sa \"nei\" til C:\\temp,\nså\tpause \u{85}\u{7F}\u{1B}[31m æøå"
        let mood: JSONValue = .object(["b": .int(1), "a": .array([.bool(true), .null, .double(1.5)])])
        r.apply(op("vis-1", at: 10, [FieldWrite("date", "2026-11-02T10:00+01:00"), FieldWrite("note", .string(note)), FieldWrite("mood", mood)],
                   sets: [SetChange("residents", "res-b", add: true), SetChange("residents", "res-Åse", add: true),
                          SetChange("residents", "res-a", add: true), SetChange("residents", "res-gone", add: true)]))
        r.apply(op("vis-1", at: 11, sets: [SetChange("residents", "res-gone", add: false)]))
        let base = op("vis-2", at: 20, [FieldWrite("date", .int(5)), FieldWrite("note", "først")])
        r.apply(base)
        r.apply(op("vis-2", at: 30, [FieldWrite("note", "andre", replaces: [base.id])]))
        r.apply(op("vis-2", at: 25, [FieldWrite("note", "tredje", replaces: [base.id])], device: "b"))
        let deleted = op("vis-3", at: 40, [FieldWrite("date", "")])
        r.apply(deleted)
        r.apply(op("vis-3", at: 41, delete: Deletion(saw: [deleted.id])))
        let restored = op("vis-4", at: 50, [FieldWrite("date", "2026-11-02\n")])
        r.apply(restored)
        let gone = op("vis-4", at: 51, delete: Deletion(saw: [restored.id]))
        r.apply(gone)
        r.apply(op("vis-4", at: 52, delete: Deletion(saw: [gone.id], restore: true)))
        r.apply(op("vis-5", at: 60, [FieldWrite("from-a-newer-version", "x")]))
        r.apply(op("vis-6", at: 70, [FieldWrite("date", "2026-11-03")], sets: [SetChange("residents", "res-z", add: true)]))
        r.apply(op("mea-1", at: 80, [FieldWrite("status", "done")], sets: [SetChange("workers", "Ola", add: true)], type: "measure"))
        return r
    }

    func text(_ write: (inout JSONWriter) -> Bool) -> String? {
        var w = JSONWriter()
        return write(&w) ? w.text : nil
    }

    @Test mutating func aRecordReadWhereItLiesWritesWhatTheDecodedOneWrites() throws {
        var replica = try replica().throughSnapshot()
        // One visit changed since the snapshot is decoded, as the journals' later lines are.
        replica.apply(op("vis-6", at: 90, [FieldWrite("note", "endret")]))
        var raw = RawRecord()
        for type in [EntityType.visit, .measure] {
            var places: [Replica.RecordPlace] = []
            replica.forEachRecord(type.rawValue) { place, _ in places.append(place) }
            #expect(places.count == (type == .visit ? 6 : 1))
            for place in places {
                let record = try #require(replica.record(type.rawValue, at: place))
                let copied = text { w in replica.writeJSON(type, at: place, raw: &raw, into: &w) }
                #expect(copied == text { w in w.object(RecordJSON.pairs(record, type)); return true }, "\(record.id)")
            }
        }
        let date = Array("date".utf8)
        var seen: [String] = []
        replica.forEachRecord(EntityType.visit.rawValue, raw: { place, raw in
            let record = replica.record(EntityType.visit.rawValue, at: place)!
            seen.append(record.id)
            #expect(String(decoding: raw.id, as: UTF8.self) == record.id)
            #expect(raw.isDeleted == record.isDeleted, "\(record.id)")
            #expect(VisitListing.key(dateUTF8: raw.text(date)) == VisitListing.key(record), "\(record.id)")
        }, decoded: { _, record in seen.append(record.id) })
        #expect(seen.sorted() == ["vis-1", "vis-2", "vis-3", "vis-4", "vis-5", "vis-6"])
        #expect(text { w in replica.writeJSON(.visit, at: .snapshot(99), raw: &raw, into: &w) } == nil)
    }
}

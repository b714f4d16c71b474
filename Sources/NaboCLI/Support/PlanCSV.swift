import NaboCore
import NaboTUI

/// The action plan as CSV, written a row at a time: a first pass keeps each matching measure's
/// place in the plan (`PlanOrder.Key`) and where it lies, a second fetches each again as its row is
/// written, so ten years of measures are never held at once. The rows are those of
/// `PlanExport.csv` over the filter's measures, in the same order.
enum PlanCSV {
    static func write(_ replica: Replica, filter: PlanFilter, words: [[UInt8]], today: CalendarDate, language: Language,
                      dialect: CSVDialect, _ write: (String) -> Void) {
        var kept: [(key: PlanOrder.Key, place: Replica.RecordPlace)] = []
        replica.forEachRecord(EntityType.measure.rawValue) { place, r in
            guard !r.isDeleted, filter.matches(r, in: replica, today: today), PlanSearch.matches(r, words: words, in: replica) else { return }
            kept.append((PlanOrder.key(Measure(r)), place))
        }
        let table = CSVTable(header: PlanExport.header(language), rows: [])
        write(CSVTable.start(dialect) + table.line(table.header, isHeader: true, dialect))
        for (n, i) in PlanOrder.order(kept.map(\.key), replica).enumerated() {
            guard let r = replica.record(EntityType.measure.rawValue, at: kept[i].place) else { continue }
            write(table.line(PlanExport.row(r, replica: replica, language: language), isHeader: false, dialect))
            if n % 512 == 511 { replica.forgetSnapshotPages() }
        }
    }
}

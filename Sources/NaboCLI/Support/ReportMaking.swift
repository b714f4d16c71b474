import NaboCore
import NaboStore

/// The report from a store, for the command, the interface and the benchmark alike: the measures'
/// paths come from their histories in the journals, which only the store can read.
public enum ReportMaking {
    public static func document(_ store: Store, _ options: ReportOptions) throws(Message) -> ReportDocument {
        let replica = store.replica
        let ids = Set(replica.records(EntityType.measure.rawValue).filter { m in
            !m.isDeleted && (options.addresses.map { s in Measure.address(of: m).map(s.contains) ?? false } ?? true)
        }.map { RecordRef(.measure, $0.id) })
        let paths = try store.histories(of: ids).reduce(into: [String: MeasurePath]()) { out, entry in
            out[entry.key.id] = MeasurePath(statusWrites: entry.value.flatMap { op in
                op.writes.filter { $0.field == "status" }.compactMap { w in w.value.string.map { (op.wallMillis, $0) } }
            })
        }
        return Report.document(replica, options, paths: paths)
    }

    /// The file's text for a request: the status, or the evaluation with its paths.
    public static func text(_ store: Store, _ request: ReportRequest) throws(Message) -> String {
        request.format.text(request.status ? request.statusDocument(store.replica) : try document(store, request.options))
    }
}

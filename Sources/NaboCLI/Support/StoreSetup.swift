import Foundation
import NaboCore
import NaboStore

/// What a new store holds from its first start, whether made by `nabo init` or by the interface:
/// the seed's survey form, so `S` on a resident works before anyone has written a form file.
enum StoreSetup {
    static func firstRecords(_ store: Store, now: Date) throws(Message) {
        guard store.replica.records(EntityType.form.rawValue).allSatisfy(\.isDeleted) else { return }
        _ = try store.commit(.add(.form, BuiltInForm.edit), now: now)
    }

    /// The built-in form as a file `nabo add form --file` reads, to start one's own from.
    static var formTemplate: [(String, JSONValue)] {
        [("name", .string(BuiltInForm.name)), ("version", .int(1)), ("scale", BuiltInForm.scale), ("statements", BuiltInForm.statements)]
    }
}

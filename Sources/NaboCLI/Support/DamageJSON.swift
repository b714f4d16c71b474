import NaboCore
import NaboStore

/// A damaged line as `--json` shows it, the same for `sync` and `check`.
enum DamageJSON {
    static func object(_ d: Damage) -> JSONValue {
        var o: [String: JSONValue] = ["file": .string(d.file), "line": .int(d.line), "kind": .string(d.kind.rawValue)]
        if let op = d.op { o["op"] = .string(op.description) }
        return .object(o)
    }
}

import Foundation
import NaboCore
@testable import NaboStore
import NaboTestSupport
import Testing

/// Laptops and sticks as folders, driven through the built `nabo`, for the erasure tests: each
/// laptop its own state home, the same passphrase where the store is encrypted.
final class ErasureLaptops {
    let tmp = TempFolder()
    let encrypted: Bool
    var pass: String { tmp.sub("pass") }

    init(encrypted: Bool) throws {
        self.encrypted = encrypted
        try "a long passphrase\n".write(toFile: pass, atomically: true, encoding: .utf8)
    }

    func data(_ laptop: String) -> String { tmp.sub(laptop) }
    func stick(_ name: String) -> String { tmp.sub("sticks/" + name) }

    func env(_ laptop: String) -> [String: String] {
        ["XDG_STATE_HOME": tmp.sub(laptop + "-state"), "LANG": "en_GB.UTF-8", "NABO_TODAY": "2026-11-22",
         "NABO_PASSPHRASE_FILE": encrypted ? pass : ""]
    }

    @discardableResult
    func nabo(_ laptop: String, _ args: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Binary.Result {
        let r = try Binary.run(args + ["--data", data(laptop)], environment: env(laptop))
        #expect(r.status == 0, "nabo \(args.joined(separator: " ")): \(r.stderr)", sourceLocation: sourceLocation)
        return r
    }

    func json(_ laptop: String, _ args: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try nabo(laptop, args + ["--json"]).stdout.utf8))
    }

    func resident(_ laptop: String, named name: String) throws -> String {
        let rows = try json(laptop, ["list", "residents"]) as? [[String: Any]] ?? []
        return try #require(rows.first { $0["name"] as? String == name }?["id"] as? String)
    }

    /// Every record type as `nabo list` shows it: what all laptops must agree on.
    func everything(_ laptop: String) throws -> String {
        try EntityType.allCases.map { try nabo(laptop, ["list", $0.plural, "--json"]).stdout }.joined(separator: "\n")
    }

    /// The store opened in this process, read-only, for its keys and records.
    func store(_ laptop: String) throws -> Store {
        try Store(data(laptop), stateHome: tmp.sub(laptop + "-state"), readOnly: true, passphrase: { "a long passphrase" })
    }

    /// What Nabo holds of a resident that no other record holds: their id and every other erased
    /// record's, and the values of those records long enough to be theirs alone.
    func values(of resident: String, on laptop: String) throws -> Set<String> {
        let replica = try store(laptop).replica
        let person = try #require(PersonRecords(resident, in: replica))
        let scope = ErasureScope(person, in: replica)
        let erased = Set(scope.erased)
        var elsewhere = Set<String>()
        for type in EntityType.allCases {
            for r in replica.records(type.rawValue) where !erased.contains(RecordRef(type, r.id)) {
                elsewhere.insert(r.id)
                for reg in r.registers { elsewhere.formUnion(reg.winner.value.strings) }
            }
        }
        var out = Set(scope.erased.map(\.id))
        for ref in scope.erased {
            let r = try #require(replica.record(ref.type.rawValue, ref.id))
            for reg in r.registers { out.formUnion(reg.winner.value.strings.filter { $0.count >= 8 && !elsewhere.contains($0) }) }
        }
        return out
    }

    /// Every file under the laptops' data folders and the sticks, as its bytes and, where sealed,
    /// opened with the store's keys: the text a search for erased values must not find.
    func readable(_ laptops: [String], keysFrom holder: String) throws -> [(path: String, text: String)] {
        let keys = encrypted ? try store(holder) : nil
        var out: [(String, String)] = []
        for root in laptops.map(data) + [tmp.sub("sticks")] {
            guard let walk = FileManager.default.enumerator(atPath: root) else { continue }
            for case let rel as String in walk {
                let path = root + "/" + rel
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                out.append((path, String(decoding: bytes, as: UTF8.self)))
                if let keys { out.append((path + " (opened)", String(decoding: try Self.opened(bytes, keys), as: UTF8.self))) }
            }
        }
        return out
    }

    static func opened(_ bytes: [UInt8], _ store: Store) throws -> [UInt8] {
        let keyring = try #require(store.keyring)
        if bytes.starts(with: FileSeal.magic) {
            for purpose in ["snapshot", "aside", "draft", "last-import"] {
                if let plain = FileSeal.openWhole(bytes, keyring: keyring, store: store.manifest.store, purpose: purpose) { return plain }
            }
            Issue.record("a sealed file the store's keys do not open")
            return []
        }
        var opener = try #require(store.opener)
        var out: [UInt8] = []
        for raw in bytes.split(separator: 0x0A) {
            let line = Array(raw)
            let plain: [UInt8]? = line.withUnsafeBufferPointer { b in
                guard let outer = LineSeal.outer(b) else { return nil }
                return try? opener.open(outer) { Array($0) }
            }
            out += (plain ?? []) + [0x0A]
        }
        return out
    }
}

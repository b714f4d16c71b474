import Foundation
import NaboTestSupport
import Testing

/// A plain data folder of its own for a command test, with its own XDG folders (so tests running
/// side by side never share a device's state) and today pinned.
struct CommandStore {
    let folder: TempFolder
    var data: String { folder.sub("store") }
    var environment: [String: String] {
        ["XDG_DATA_HOME": folder.sub("data"), "XDG_STATE_HOME": folder.sub("state"), "XDG_CONFIG_HOME": folder.sub("config"),
         "NABO_TODAY": "2026-11-22", "LANG": "C.UTF-8"]
    }

    init(_ name: String) {
        folder = TempFolder(name)
    }

    /// `nabo ARGUMENTS --data` this folder.
    func run(_ arguments: [String]) throws -> Binary.Result {
        try Binary.run(arguments + ["--data", data], environment: environment)
    }

    /// `nabo init` of a plain folder; true when it worked.
    func initialise() throws -> Bool {
        try run(["init", "--worker", "Kari Test", "--plain"]).status == 0
    }

    /// The id a command that makes a record prints, expecting it to succeed.
    func id(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
import NaboCore
import NaboTestSupport
@testable import NaboStore

/// A data folder with its own machine state, as a worker's laptop would have.
struct Laptop {
    let root: TempFolder
    let data: String
    let state: String

    init(_ root: TempFolder, _ name: String) {
        self.root = root
        data = root.sub(name + "/data")
        state = root.sub(name + "/state")
    }

    /// Where this laptop's device identity lives, as `nabo` finds it from `XDG_STATE_HOME`.
    var stateHome: String { DataFolder.stateHome(environment: ["XDG_STATE_HOME": state]) }

    func initialise(_ worker: String = "Kari Test") throws -> Store {
        let s = try Store.initialise(data, worker: worker, stateHome: stateHome)
        s.utcOffset = Fixed.offset
        return s
    }

    /// A new device starting from a plain copy of a sync or data folder, as a worker would do it.
    func initialise(copying folder: String, _ worker: String = "Ola Test") throws -> Store {
        try FileManager.default.createDirectory(atPath: (data as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: folder, toPath: data)
        return try initialise(worker)
    }

    func open(readOnly: Bool = false) throws -> Store {
        let s = try Store(data, stateHome: stateHome, readOnly: readOnly)
        s.utcOffset = Fixed.offset
        return s
    }
}

let fixedDate = Date(timeIntervalSince1970: Double(Fixed.now) / 1000)

func addAddress(_ s: Store, _ street: String, at date: Date = fixedDate) throws -> String {
    try s.commit(.add(.address, Edit(values: ["street": street, "number": "1", "postcode": "3216", "city": "Sandefjord"])), now: date)[0].entity
}

func journalFiles(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/journal")) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted()
}

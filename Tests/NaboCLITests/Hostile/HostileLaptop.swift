import Foundation
import NaboCore
import NaboTestSupport

/// A laptop driven through the real `nabo`, for the hostile sync folder cases.
struct HostileLaptop {
    let tmp: TempFolder
    let name: String
    var data: String { tmp.sub(name + "/data") }
    var state: String { tmp.sub(name + "/state") }
    var env: [String: String] { ["XDG_STATE_HOME": state, "XDG_DATA_HOME": tmp.sub(name + "/xdg"), "LANG": "en_GB.UTF-8"] }

    init(_ tmp: TempFolder, _ name: String, worker: String = "Kari Test") throws {
        self.tmp = tmp
        self.name = name
        guard try nabo("init", "--worker", worker, "--plain").status == 0 else { throw Failed(text: "init") }
    }

    struct Failed: Error { var text: String }

    @discardableResult
    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func addAddress(_ street: String) throws -> Binary.Result {
        try nabo("add", "address", "--street", street, "--number", "1", "--postcode", "3210", "--city", "Sandefjord", "--json")
    }

    /// `nabo sync DIR --json`, parsed.
    func sync(_ dir: String) throws -> (status: Int32, json: [String: JSONValue], stderr: String) {
        let r = try nabo("sync", dir, "--json")
        let json = (try? JSONParser.parse(r.stdout))?.object ?? [:]
        return (r.status, json, r.stderr)
    }

    func streets() throws -> [String] {
        let r = try nabo("list", "addresses", "--json")
        return ((try? JSONParser.parse(r.stdout))?.array ?? []).compactMap { $0.object?["street"]?.string }.sorted()
    }

    var device: String {
        let text = (try? String(contentsOfFile: state + "/nabo/devices.json", encoding: .utf8)) ?? ""
        return (try? JSONParser.parse(text))?.object?.values.first?.object?["device"]?.string ?? ""
    }
}

/// Lines as a stranger or a broken program would leave them in a sync folder.
enum Planted {
    static func line(_ op: String, t: String = "1700000000000000", id: String = "adr-x1", street: String = "Storgata") -> String {
        #"{"v":1,"op":"\#(op)","t":\#(t),"by":"Fremmed","type":"address","id":"\#(id)","set":{"street":"\#(street)","number":"1","postcode":"3210","city":"Sandefjord"}}"#
    }

    static func write(_ dir: String, _ name: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: dir + "/journal", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/journal/" + name))
    }
}

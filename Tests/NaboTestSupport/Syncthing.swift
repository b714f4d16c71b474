import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Real Syncthing instances on this machine (Debian's `syncthing`; `.ci/run` installs it), one per
/// simulated laptop, each carrying that laptop's sync folder to all the others over 127.0.0.1 and
/// nowhere else. Every instance runs under `timeout`, so none outlives a test that dies, and
/// `stopAll` (run by `deinit` too) ends every one a test started.
public final class SyncthingCluster {
    /// Each instance's sync folder, holding Syncthing's marker `.stfolder`.
    public let folders: [String]
    private let homes: [String]
    private let devices: [String]
    private let apis: [SyncthingAPI]
    private let executable: String
    private let lifetime: Int
    private var processes: [Process?]
    static let folderID = "nabo-sync"

    /// Makes `count` instances under `root`, none started; `lifetime` seconds is the most any of
    /// them runs before `timeout` ends it.
    public init(count: Int, under root: String, lifetime: Int = 300) throws {
        guard let executable = Tool.which("syncthing") else {
            throw Tool.Failure(description: "This test needs syncthing (Debian: apt-get install syncthing); .ci/run installs it.")
        }
        self.executable = executable
        self.lifetime = lifetime
        homes = (1...count).map { "\(root)/home-\($0)" }
        folders = (1...count).map { "\(root)/folder-\($0)" }
        var devices: [String] = []
        for (home, folder) in zip(homes, folders) {
            try Tool.run("syncthing", ["generate", "--no-default-folder", "--home=\(home)"], package: "syncthing")
            let id = try Tool.run("syncthing", ["serve", "--device-id", "--home=\(home)"], package: "syncthing")
            devices.append(String(decoding: id, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            try FileManager.default.createDirectory(atPath: folder + "/.stfolder", withIntermediateDirectories: true)
        }
        self.devices = devices
        let ports = try FreePorts.take(2 * count)
        // Loopback only, so a fixed key guards nothing worth guarding and makes a failure easy to replay.
        let key = "nabo-syncthing-test"
        apis = (0..<count).map { SyncthingAPI(port: ports[count + $0], key: key) }
        let peers = (0..<count).map { SyncthingConfig.Peer(id: devices[$0], name: "laptop-\($0 + 1)", port: ports[$0]) }
        for i in 0..<count {
            let config = SyncthingConfig(folderID: Self.folderID, folderPath: folders[i], listenPort: ports[i], guiPort: ports[count + i],
                                         apiKey: key, peers: peers)
            try config.xml.write(toFile: homes[i] + "/config.xml", atomically: true, encoding: .utf8)
        }
        processes = Array(repeating: nil, count: count)
    }

    deinit { stopAll() }

    public func isRunning(_ i: Int) -> Bool { processes[i] != nil }

    /// Starts instance `i` and returns once its REST API answers.
    public func start(_ i: Int) throws {
        guard processes[i] == nil else { return }
        let logPath = homes[i] + "/syncthing.log"
        if !FileManager.default.fileExists(atPath: logPath) { _ = FileManager.default.createFile(atPath: logPath, contents: nil) }
        guard let log = FileHandle(forWritingAtPath: logPath) else { throw Tool.Failure(description: "Cannot write \(logPath)") }
        log.seekToEndOfFile()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["timeout", "-k", "5", String(lifetime), executable, "serve", "--no-browser", "--no-restart",
                       "--home=\(homes[i])", "--logflags=3"]
        // STMONITORED: without it v1.19 runs a monitor that starts the real instance in a process
        // group of its own, which neither `timeout` nor killing this group would reach.
        p.environment = ProcessInfo.processInfo.environment.merging(["STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STMONITORED": "1"]) { _, new in new }
        // A file, not a pipe: nothing has to drain it, and the log survives a restart for a failure to quote.
        p.standardOutput = log
        p.standardError = log
        p.standardInput = FileHandle.nullDevice
        try p.run()
        try log.close()
        processes[i] = p
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            guard p.isRunning else {
                processes[i] = nil
                throw Tool.Failure(description: "Syncthing \(i + 1) ended as it started:\n\(logTail(i))")
            }
            if (try? apis[i].get("/rest/system/ping")) != nil { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop(i)
        throw Tool.Failure(description: "Syncthing \(i + 1) did not answer within 30 s:\n\(logTail(i))")
    }

    /// Asks instance `i` to shut down, and kills it (with `timeout`, its process group) if it has
    /// not within 10 s.
    public func stop(_ i: Int) { stop([i]) }

    public func stopAll() { stop(Array(processes.indices)) }

    /// All are asked first, so they shut down side by side rather than one after another.
    private func stop(_ indices: [Int]) {
        let stopping = indices.compactMap { i in processes[i].map { (i, $0) } }
        for (i, p) in stopping {
            processes[i] = nil
            if p.isRunning { try? apis[i].post("/rest/system/shutdown") }
        }
        let deadline = Date().addingTimeInterval(10)
        for (_, p) in stopping {
            while p.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if p.isRunning { kill(-p.processIdentifier, SIGKILL) }
            p.waitUntilExit()
        }
    }

    /// Returns once every running instance has scanned its folder, is connected to every other
    /// running one, needs nothing and sees each of them holding everything it holds; throws after
    /// `timeout` seconds, saying what was still apart.
    public func waitUntilConverged(timeout: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var apart = "nothing asked yet"
        while Date() < deadline {
            do {
                guard let why = try stillApart() else { return }
                apart = why
            } catch {
                apart = "\(error)"
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let logs = processes.indices.filter(isRunning).map { "instance \($0 + 1):\n\(logTail($0))" }
        throw Tool.Failure(description: "Syncthing did not converge within \(Int(timeout)) s: \(apart)\n" + logs.joined(separator: "\n"))
    }

    /// Why the running instances are not yet in sync, or nil when they are. A scan first, so a
    /// change written a moment ago is counted without waiting for the watcher.
    func stillApart() throws -> String? {
        let up = processes.indices.filter(isRunning)
        let folder = "folder=\(Self.folderID)"
        for i in up { try apis[i].post("/rest/db/scan?\(folder)") }
        var globals = Set<String>()
        for i in up {
            let connections = try apis[i].get("/rest/system/connections")["connections"] as? [String: [String: Any]] ?? [:]
            for j in up where j != i && connections[devices[j]]?["connected"] as? Bool != true {
                return "instance \(i + 1) is not connected to \(j + 1)"
            }
            let status = try apis[i].get("/rest/db/status?\(folder)")
            let state = status["state"] as? String ?? "?"
            let need = Self.number(status["needTotalItems"])
            let errors = Self.number(status["pullErrors"])
            guard state == "idle", need == 0, errors == 0 else {
                return "instance \(i + 1) is \(state), needs \(Int(need)) items, \(Int(errors)) pull errors"
            }
            globals.insert("\(status["globalFiles"] ?? "?") files, \(status["globalBytes"] ?? "?") bytes")
            for j in up where j != i {
                let completion = try apis[i].get("/rest/db/completion?\(folder)&device=\(devices[j])")
                let percent = Self.number(completion["completion"])
                let items = Self.number(completion["needItems"])
                let deletes = Self.number(completion["needDeletes"])
                guard percent == 100, items == 0, deletes == 0 else {
                    return "instance \(i + 1) sees \(j + 1) at \(percent) %, needing \(Int(items)) items and \(Int(deletes)) deletes"
                }
            }
        }
        return globals.count <= 1 ? nil : "the instances hold different folders: \(globals.sorted())"
    }

    /// A JSON number however Foundation bridged it; -1, which no count or percentage is, when absent.
    static func number(_ value: Any?) -> Double {
        (value as? NSNumber)?.doubleValue ?? -1
    }

    /// The end of instance `i`'s log, for a failure to show.
    func logTail(_ i: Int) -> String {
        let text = (try? String(contentsOfFile: homes[i] + "/syncthing.log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(10).joined(separator: "\n")
    }
}

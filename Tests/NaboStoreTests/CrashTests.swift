import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// A worker's laptop dies in the middle of saving: everything that was reported saved is there
/// afterwards, and the store opens.
@Suite(.serialized) struct CrashTests {
    @Test func killedInTheMiddleOfALongRunOfAppendsLosesNothingAcknowledged() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        _ = try laptop.initialise()
        let acks = tmp.sub("acks.txt")
        // Each `nabo add` prints the id only after the append is on disk; the script records it.
        let script = """
        for i in $(seq 1 400); do
          id=$("\(Binary.nabo)" add address --street "Gate $i" --number "$i" --postcode 3216 --city Sandefjord --data "\(laptop.data)") || exit 1
          echo "$id" >> "\(acks)"
        done
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        p.environment = ProcessInfo.processInfo.environment.merging(["XDG_STATE_HOME": laptop.state]) { _, b in b }
        let errors = tmp.sub("errors.txt")
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        p.standardError = FileHandle(forWritingAtPath: errors)
        try p.run()
        // Wait until a good number of appends are acknowledged, then kill the whole group at once.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, p.isRunning, ((try? String(contentsOfFile: acks, encoding: .utf8))?.split(separator: "\n").count ?? 0) < 15 {
            usleep(20_000)
        }
        usleep(UInt32(37_000))
        // Freeze the script so it starts nothing new, kill the `nabo` it is running, then the script.
        kill(p.processIdentifier, SIGSTOP)
        _ = Process.killChildren(of: p.processIdentifier)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        let acknowledged = ((try? String(contentsOfFile: acks, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        #expect(acknowledged.count >= 15, "the script stopped early: \((try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")")
        let s = try laptop.open()
        for id in acknowledged { #expect(s.replica.live("address", id) != nil, "lost \(id)") }
        #expect(s.damage.allSatisfy { $0.kind == .tornLine })
        _ = try addAddress(s, "Etter krasjet")
    }
}

extension Process {
    /// Kills any `nabo` still running under the script (the shell's children), by parent pid.
    static func killChildren(of pid: Int32) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return 0 }
        var n = 0
        for name in names {
            guard let child = Int32(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8) else { continue }
            let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
            if fields.count > 2, Int32(fields[1]) == pid {
                kill(child, SIGKILL)
                n += 1
            }
        }
        return n
    }
}

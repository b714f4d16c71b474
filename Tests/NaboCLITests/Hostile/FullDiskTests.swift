import Foundation
import NaboCore
import NaboTestSupport
import Testing

/// A real full disk: a tiny tmpfs mounted for the test. Needs root (CI runs as root); elsewhere the
/// same cases run through an injected write fault in NaboStoreTests.
@Suite(.enabled(if: getuid() == 0)) struct FullDiskTests {
    let tmp = TempFolder()

    /// Mounts a tmpfs of `kilobytes` at a new folder and runs `body`; unmounts afterwards.
    func withTinyDisk(_ kilobytes: Int, _ body: (String) throws -> Void) throws {
        let mount = tmp.sub("tiny")
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        #expect(try run("/bin/mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", mount) == 0)
        defer { _ = try? run("/bin/umount", mount) }
        try body(mount)
    }

    func run(_ tool: String, _ args: String...) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = args
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Writes a filler file until the disk refuses more.
    func fill(_ folder: String) {
        let fd = open(folder + "/filler", O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x41, count: 4096)
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        // Small writes too, so not even one line fits.
        while block.withUnsafeBytes({ write(fd, $0.baseAddress, 1) }) > 0 {}
        close(fd)
    }

    @Test func case7_aSaveOnAFullDiskFailsCleanlyAndTheNextOneIsWhole() throws {
        try withTinyDisk(512) { disk in
            let env = ["XDG_STATE_HOME": tmp.sub("state"), "LANG": "en_GB.UTF-8"]
            let data = disk + "/data"
            func nabo(_ args: [String]) throws -> Binary.Result { try Binary.run(args + ["--data", data], environment: env) }
            func add(_ street: String) throws -> Binary.Result {
                try nabo(["add", "address", "--street", street, "--number", "1", "--postcode", "3210", "--city", "Sandefjord"])
            }
            #expect(try nabo(["init", "--worker", "Kari Test", "--plain"]).status == 0)
            #expect(try add("Runarveien").status == 0)
            fill(disk)
            // Longer than the room left in the journal's last page, so the write runs out part way.
            let refused = try add("Midtåsveien " + String(repeating: "x", count: 9000))
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("the disk is full"))
            try FileManager.default.removeItem(atPath: disk + "/filler")
            #expect(try add("Midtåsveien").status == 0)
            #expect(try nabo(["check"]).status == 0)
            let list = try nabo(["list", "addresses"]).stdout
            #expect(list.contains("Runarveien") && list.contains("Midtåsveien"))
        }
    }

    @Test func case11_aFullStickIsNamedInTheError() throws {
        try withTinyDisk(128) { stick in
            let env = ["XDG_STATE_HOME": tmp.sub("state"), "LANG": "en_GB.UTF-8"]
            let data = tmp.sub("data")
            func nabo(_ args: [String]) throws -> Binary.Result { try Binary.run(args + ["--data", data], environment: env) }
            #expect(try nabo(["init", "--worker", "Kari Test", "--plain"]).status == 0)
            #expect(try nabo(["add", "address", "--street", "Runarveien", "--number", "1", "--postcode", "3210", "--city", "Sandefjord"]).status == 0)
            try FileManager.default.createDirectory(atPath: stick + "/usb/journal", withIntermediateDirectories: true)
            fill(stick)
            let r = try nabo(["sync", stick + "/usb"])
            #expect(r.status == 1)
            #expect(r.stderr.contains(stick + "/usb/"))
            #expect(r.stderr.contains("the disk is full"))
            #expect(!r.stderr.contains(data + "/journal"))
            try FileManager.default.removeItem(atPath: stick + "/filler")
            #expect(try nabo(["sync", stick + "/usb"]).status == 0)
            #expect(try nabo(["check"]).status == 0)
        }
    }
}

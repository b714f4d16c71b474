import Foundation
import NaboTestSupport
import Testing

/// The interface syncs with the named folder on its own: at start, and within 2 s of another
/// laptop's journal arriving in the folder, saying on the status line what came in from whom.
@Suite(.serialized) struct AutoSyncEndToEndTests {
    let folder = TempFolder("nabo-e2e-autosync")

    func laptop(_ name: String) -> [String: String] {
        ["XDG_STATE_HOME": folder.sub(name + "-state"), "XDG_CONFIG_HOME": folder.sub(name + "-config"), "LANG": "C.UTF-8",
         "TERM": "tmux-256color", "NO_COLOR": ""]
    }

    @Test func aChangeDroppedIntoTheFolderShowsWithinSeconds() throws {
        let usb = folder.sub("usb"), kari = folder.sub("kari"), ola = folder.sub("ola")
        #expect(try Binary.run(["demo", "--data", kari], environment: laptop("kari")).status == 0)
        #expect(try Binary.run(["sync", "--set", usb, "--data", kari], environment: laptop("kari")).status == 0)
        try FileManager.default.copyItem(atPath: usb, toPath: ola)
        #expect(try Binary.run(["init", "--worker", "Ola Test", "--plain", "--data", ola], environment: laptop("ola")).status == 0)
        let tmux = try Tmux(columns: 120, rows: 40, command: [Binary.nabo, "--data", kari, "--lang", "en"], environment: laptop("kari"),
                            folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "synced just now")
        let residents = try JSONSerialization.jsonObject(with: Data(try Binary.run(["list", "residents", "--json", "--data", ola], environment: laptop("ola")).stdout.utf8))
        let resident = try #require((residents as? [[String: Any]])?.first?["id"] as? String)
        #expect(try Binary.run(["add", "visit", "--resident", resident, "--date", "2026-11-22", "--note", "Fra Olas maskin.", "--data", ola],
                               environment: laptop("ola")).status == 0)
        #expect(try Binary.run(["sync", usb, "--data", ola], environment: laptop("ola")).status == 0)
        let arrived = Date()
        try tmux.waitFor(text: "synced just now · 1 change from Ola Test", timeout: 5)
        #expect(Date().timeIntervalSince(arrived) < 3)
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try Binary.run(["list", "visits", "--json", "--data", kari], environment: laptop("kari")).stdout.contains("Fra Olas maskin."))
    }

    @Test func syncTypedInTheInterfaceNamesTheFolderOnceItWorked() throws {
        let tmux = try Tmux(columns: 80, rows: 24, command: [Binary.nabo, "--demo", "--lang", "nb"],
                            environment: laptop("kari").merging(["XDG_DATA_HOME": folder.sub("data")]) { $1 }, folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "DEMO")
        try tmux.send(":")
        try tmux.type("synk " + folder.sub("minnepinne"))
        try tmux.send("Enter")
        try tmux.waitFor(text: "synkronisert nå nettopp")
        #expect(FileManager.default.fileExists(atPath: folder.sub("minnepinne") + "/store.json"))
        let named = try String(contentsOfFile: folder.sub("kari-state") + "/nabo/sync-folders.json", encoding: .utf8)
        #expect(named.contains(folder.sub("minnepinne")))
    }

    /// A sync past its first second shows a bar: on standard error at a terminal for `nabo sync`,
    /// on the status line for the interface's own sync. Receiving a generated colleague's store
    /// takes seconds in a debug build, its reading about one, so the bar is asked to show at once.
    @Test func aLongSyncShowsAProgressBarOnTheCommandLineAndOnTheStatusLine() throws {
        let big = folder.sub("big"), usb = folder.sub("usb-big"), kari = folder.sub("kari-big"), ola = folder.sub("ola-big")
        #expect(try Binary.run(["gen", "--units", "300", "--residents", "500", "--visits", "40000", "--years", "1", "--data", big],
                               environment: laptop("big")).status == 0)
        // Kari and Ola join the store while its folder holds no journal yet, so all of it comes by sync.
        try FileManager.default.createDirectory(atPath: usb, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: big + "/store.json", toPath: usb + "/store.json")
        for (path, name) in [(kari, "Kari Test"), (ola, "Ola Test")] {
            try FileManager.default.copyItem(atPath: usb, toPath: path)
            #expect(try Binary.run(["init", "--worker", name, "--plain", "--data", path], environment: laptop(name)).status == 0)
        }
        #expect(try Binary.run(["sync", usb, "--data", big], environment: laptop("big")).status == 0)

        let line = try Tmux(columns: 80, rows: 24, command: ["/bin/sh", "-c", "\(Binary.nabo) sync \(usb) --data \(kari) --lang en; sleep 60"],
                            environment: laptop("Kari Test").merging(["NABO_PROGRESS_AFTER": "0"]) { $1 }, folder: folder.path)
        defer { line.stop() }
        let during = try line.waitFor(text: "Syncing █", timeout: 30)
        #expect(during.contains("%"))
        let after = try line.waitFor(text: "Synced:", timeout: 60)
        // The bar's line is cleared before the report, so no bar is left beside it.
        #expect(!after.contains("Syncing"))

        let tmux = try Tmux(columns: 120, rows: 40, command: [Binary.nabo, "--data", ola, "--lang", "en"], environment: laptop("Ola Test").merging(["NABO_PROGRESS_AFTER": "0"]) { $1 },
                            folder: folder.path)
        defer { tmux.stop() }
        try tmux.waitFor(text: "No addresses yet")
        try tmux.send(":")
        try tmux.type("sync " + usb)
        try tmux.send("Enter")
        let bar = try tmux.waitFor(text: "syncing ▕", timeout: 30)
        #expect(bar.contains("%"))
        try tmux.waitFor(text: "synced just now · ", timeout: 90)
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}

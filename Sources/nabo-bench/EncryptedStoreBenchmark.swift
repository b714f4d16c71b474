import Foundation
import NaboCLI
import NaboCore
import NaboStore

/// `nabo-bench --encrypted [--small]`: the same generated store plain and encrypted, side by side:
/// the cold load (with the key derivation's time apart), the load with a snapshot, the first frame,
/// incremental syncs, and the queries and export of `--queries` on the encrypted store.
struct EncryptedStoreBenchmark {
    var bench: StoreBenchmark
    let runs = 3

    var sealed: String { bench.options.root + "/store-encrypted" }
    var passphraseFile: String { bench.options.root + "/passphrase" }

    mutating func run() throws {
        try bench.prepare()
        try prepareSealed()
        var plain: [Double] = [], enc: [Double] = [], kdf: [Double] = []
        for _ in 0..<runs {
            plain.append(try bench.child(["--cold-load-child", bench.data])[0])
            let parts = try bench.child(["--cold-load-child", sealed, passphraseFile])
            enc.append(parts[0] - parts[3])
            kdf.append(parts[3])
        }
        let p = median(plain), e = median(enc)
        print(RepeatedStoreBenchmark.line("cold load, plain", plain))
        print(RepeatedStoreBenchmark.line("cold load, encrypted, after unlocking", enc)
              + String(format: "  (%.2f x plain; target <= 1.25 x%@)", e / p, e / p <= 1.25 ? ", met" : ", NOT met"))
        print(RepeatedStoreBenchmark.line("key derivation (scrypt N=2^17, r=8, p=1) while unlocking", kdf))
        for (name, folder, secret) in [("plain", bench.data, nil), ("encrypted", sealed, "bench passphrase")] as [(String, String, String?)] {
            let state = bench.options.root + "/state-\(name)"
            var ask: (() throws(Message) -> String)?
            if let secret { ask = { () throws(Message) in secret } }
            // Opened for writing once, as the interface opens it: that also writes the key-slot cache.
            do { try Store(folder, stateHome: state, useSnapshot: false, passphrase: ask).saveSnapshot() }
            var times: [Double] = []
            for _ in 0..<runs {
                var store: Store?
                // As a command opens it: until the whole sealed snapshot has passed its check.
                let time = try seconds {
                    store = try Store(folder, stateHome: state, readOnly: true, passphrase: ask)
                    try store?.settleSnapshot()
                }
                times.append(time - (store?.unlockSeconds ?? 0))
            }
            print(RepeatedStoreBenchmark.line("load with a snapshot, \(name)\(secret == nil ? "" : ", after unlocking")", times))
        }
        var frames: [String: [Double]] = [:]
        for _ in 0..<runs {
            frames["plain", default: []].append(try bench.child(["--first-frame-child", bench.data, bench.options.root + "/state-plain"])[0])
            frames["encrypted", default: []].append(try bench.child(["--first-frame-child", sealed, bench.options.root + "/state-encrypted", passphraseFile])[0])
        }
        let fp = median(frames["plain"]!), fe = median(frames["encrypted"]!)
        print(RepeatedStoreBenchmark.line("start to the first full frame, plain", frames["plain"]!))
        print(RepeatedStoreBenchmark.line("start to the first full frame, encrypted, after unlocking", frames["encrypted"]!)
              + String(format: "  (%.2f x plain)", fe / fp))
        try incrementalSync(coldLoad: e)
        try QueriesBenchmark.run(bench, sealed: QueriesBenchmark.Sealed(folder: sealed, passphraseFile: passphraseFile))
    }

    /// The incremental syncs of `StoreBenchmark`, for the encrypted store: a copy of it as a new
    /// laptop, synced once in full with four colleagues' journals, then with 1,000 new operations
    /// of its own and with 1,000 new ones in the folder.
    func incrementalSync(coldLoad: Double) throws {
        let work = bench.options.root + "/work-encrypted", state = bench.options.root + "/state-work-encrypted"
        let folder = bench.options.root + "/sync-encrypted"
        try? FileManager.default.removeItem(atPath: work)
        try? FileManager.default.removeItem(atPath: state)
        try FileManager.default.copyItem(atPath: sealed, toPath: work)
        let ask = { () throws(Message) in "bench passphrase" }
        _ = try Store.initialise(work, worker: "Bench", stateHome: state, passphrase: ask)
        let store = try Store(work, stateHome: state, passphrase: ask)
        // The colleagues' laptops are encrypted too, with the same data key.
        try bench.otherDevices(into: folder, base: store.replica, of: sealed, line: store.line(for:))
        _ = try store.sync(with: folder)
        let (outgoing, out, incoming, inc) = try bench.incrementalSyncs(store, folder: folder, line: store.line(for:))
        for (what, time) in [("1,000 new local operations (\(out.sent) sent)", outgoing), ("1,000 new operations in the folder (\(inc.received) received)", incoming)] {
            print(String(format: "incremental sync, encrypted, %@: %.1f ms  (target < %.1f ms, 1/100 of the encrypted cold load%@)",
                         what, time * 1000, coldLoad * 10, time < coldLoad / 100 ? ", met" : ", NOT met"))
        }
    }

    func median(_ v: [Double]) -> Double { v.sorted()[v.count / 2] }

    /// The same operations as the plain store, written into an encrypted one.
    func prepareSealed() throws {
        if FileManager.default.fileExists(atPath: sealed + "/store.json") { return }
        try "bench passphrase\n".write(toFile: passphraseFile, atomically: true, encoding: .utf8)
        print("generating \(bench.options.operations) operations in \(sealed) ...")
        let store = try Store.initialise(sealed, worker: "Generator", stateHome: bench.options.root + "/state-encrypted",
                                         newKeys: Store.NewKeys(passphrase: "bench passphrase"))
        guard let device = store.identity?.device else { return }
        var gen = SyntheticStore(seed: 1, device: device, author: "Generator", startDay: CalendarDate(year: 2021, month: 1, day: 4)!)
        gen.skip(to: store.identity!.lastSeq + 1)
        let options = bench.options
        let base = try gen.base(units: options.units, residents: options.residents) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
        try gen.fieldwork(options.operations - (Int(gen.seq) - 1), base: base, days: 5 * 365) { (ops) throws(Message) in try store.appendBulk(ops, foldIn: false) }
    }
}

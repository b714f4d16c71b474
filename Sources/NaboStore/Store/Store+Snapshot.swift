import Foundation
import NaboCore

/// `snapshot.bin`: the folded state as of given journal sizes, so a large store opens without reading
/// every line. Derived, local, never synced; deleting it only makes the next start slower. It is used
/// only while every journal it counted is still at least as long as it was.
extension Store {
    static let snapshotMagic = Array("NABOSNP9".utf8)

    var snapshotPath: String { folder + "/snapshot.bin" }

    /// Writes the snapshot now. `durable` waits for the disk, for a snapshot that replaces one that
    /// must not come back after a crash (one holding an erased person, or a plain one once encrypted).
    public func saveSnapshot(durable: Bool = false) throws(Message) {
        guard let (body, prelude) = snapshotBody() else {
            throw Message(nb: "Øyeblikksbildet kunne ikke skrives; det leses fra journalene neste gang.",
                          en: "The snapshot could not be written; the journals are read next time.")
        }
        // A sealed snapshot's chunks are authenticated instead.
        let sums = keyring != nil ? [] : SnapshotChecksum.pieces(body)
        let header = SnapshotHeader(store: manifest.store, journals: journalSizes, known: known.all, checksums: sums).bytes
        // The magic, then where the prelude ends, so a sealed snapshot opens that much first.
        var w = Store.snapshotMagic
        withUnsafeBytes(of: UInt64(Store.snapshotMagic.count + 8 + header.count + prelude).littleEndian) { w += $0 }
        w += header
        // Otherwise not waited for on the disk: a snapshot torn by a crash fails its check and is made
        // again from the journals, and at 500,000 operations the wait was a third of its writing.
        let path = snapshotPath
        do throws(Files.Failure) {
            try Files.replaceAtomically(path, owner: ownerTag, durable: durable) { [keyring, manifest] (fd) throws(Files.Failure) in
                if let keyring {
                    try Files.writeAll(fd, FileSeal.seal(w + body.joined(), key: keyring.current, store: manifest.store, purpose: "snapshot"), path: path)
                } else {
                    // Head and parts written one after the other: the tables, some 200 MB, are not copied to join them.
                    try Files.writeAll(fd, w, path: path)
                    for part in body { try Files.writeAll(fd, part, path: path) }
                }
            }
        } catch { throw error.message }
        operationsInSnapshot = replica.operationCount
    }

    /// The snapshot's body in the parts it is written in (the prelude, the visit index, the tables)
    /// and where the prelude ends. The index is made on the other core while the
    /// tables are: after a cold fold it is made from every visit, a quarter of the writing's time.
    private func snapshotBody() -> (parts: [[UInt8]], prelude: Int)? {
        let replica = self.replica
        let made = MadeApart()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { made.index = replica.snapshotVisitIndex() } else { made.tables = replica.snapshotTables() }
        }
        guard let (prelude, tables) = made.tables else { return nil }
        return ([prelude, made.index, tables], prelude.count)
    }

    /// The two halves of `snapshotBody`, each written by one of its two iterations and read after both.
    private final class MadeApart: @unchecked Sendable {
        var index: [UInt8] = []
        var tables: (prelude: [UInt8], tables: [UInt8])?
    }

    /// The snapshot's bytes and where its records begin, if it belongs to this store and its journals
    /// are all still there: for a plain store mapped and checked piece by piece as they are read, for
    /// an encrypted one opened chunk by chunk. A piece or chunk that fails its check takes the
    /// snapshot file with it, so the next start reads the journals.
    func snapshotSource() -> (SnapshotSource, header: SnapshotHeader, records: Int)? {
        guard let mapped = Files.map(snapshotPath) else { return nil }
        let path = snapshotPath
        let remove: @Sendable () -> Void = { Files.remove(path) }
        let source = keyring.map { FileSeal.open(mapped, keyring: $0, store: manifest.store, purpose: "snapshot", onFailure: remove) } ?? mapped
        guard let source, let prelude = Self.preludeEnd(source),
              let (header, records) = try? SnapshotHeader.read(UnsafeRawBufferPointer(rebasing: source.bytes[..<prelude])),
              header.store == manifest.store,
              header.journals.allSatisfy({ name, size in Files.status(journalFolder + "/" + name).map { $0.size >= size } ?? false })
        else { return nil }
        guard keyring == nil else { return (source, header, records) }
        guard let pieces = CheckedPieces(mapped, recordsAt: records, sums: header.checksums, onFailure: remove) else { return nil }
        let checked = pieces.source()
        // The prelude (clocks, names, the tables' places) is read at once.
        guard checked.ensure(records..<prelude) else { return nil }
        return (checked, header, records)
    }

    /// Writes the snapshot when enough has been folded since the last one that the next start would
    /// notice; a failure only costs start-up time, so it is not reported.
    public func saveSnapshotIfStale() {
        if snapshotIsStale { try? saveSnapshot() }
    }

    /// Whether `saveSnapshotIfStale` would write one.
    public var snapshotIsStale: Bool {
        let lag = replica.operationCount - operationsInSnapshot
        return lag >= max(1000, replica.operationCount / 10)
    }

    /// Waits until a sealed snapshot, opened chunk by chunk as it is read, is open whole; if a chunk
    /// failed its check (the file damaged since it was written), the journals are read instead.
    /// Commands call it at once, the interface after its first frame. True when the records were read again.
    @discardableResult
    public func settleSnapshot() throws(Message) -> Bool {
        guard let source = openedSnapshot else { return false }
        openedSnapshot = nil
        guard !source.waitUntilOpen() else { return false }
        try load(repairing: !isReadOnly, useSnapshot: false)
        return true
    }

    /// Where the prelude ends, once it is readable: the magic, then that offset.
    static func preludeEnd(_ source: SnapshotSource) -> Int? {
        let head = snapshotMagic.count + 8
        guard source.bytes.count >= head, source.ensure(0..<head), source.bytes.starts(with: snapshotMagic) else { return nil }
        let end = Int(UInt64(littleEndian: source.bytes.loadUnaligned(fromByteOffset: snapshotMagic.count, as: UInt64.self)))
        guard end >= head, end <= source.bytes.count, source.ensure(0..<end) else { return nil }
        return end
    }

    /// Loads the snapshot if it belongs to this store and its journals are all still there.
    func loadSnapshot() -> Bool {
        guard let (source, header, offset) = snapshotSource() else { return false }
        guard let loaded = try? Replica(snapshot: source, at: offset) else { return false }
        openedSnapshot = source
        replica = loaded
        known = KnownOperations()
        for ((device, _, apart), lines) in zip(header.known, header.stored) {
            known.restore(device, StoredFingerprints(source, lines), apart: apart)
        }
        journalSizes = header.journals
        operationsInSnapshot = loaded.operationCount
        return true
    }
}

struct SnapshotHeader {
    var store: String
    var journals: [String: Int]
    /// Each device's line fingerprints; read back, `lines` is empty and `stored` says where they lie.
    var known: [(device: String, lines: [UInt64], apart: [(UInt32, UInt64)])]
    var stored: [Range<Int>] = []
    /// A fingerprint of each 8 MB of the records (none when sealed): a damaged snapshot is noticed
    /// and the journals read instead.
    var checksums: [UInt64]

    var bytes: [UInt8] {
        var w = BinaryWriter()
        w.string(store)
        w.u32(UInt32(checksums.count))
        checksums.forEach { w.u64($0) }
        w.u32(UInt32(journals.count))
        for (name, size) in journals.sorted(by: { $0.key < $1.key }) {
            w.string(name)
            w.u64(UInt64(size))
        }
        w.u32(UInt32(known.count))
        for (device, lines, apart) in known {
            w.string(device)
            w.u32(UInt32(lines.count))
            lines.withUnsafeBytes { w.bytes.append(contentsOf: $0) }
            w.u32(UInt32(apart.count))
            for (seq, hash) in apart {
                w.u32(seq)
                w.u64(hash)
            }
        }
        return w.bytes
    }

    static func read(_ bytes: UnsafeRawBufferPointer) throws -> (SnapshotHeader, Int) {
        var r = BinaryReader(bytes, at: Store.snapshotMagic.count + 8)
        let store = try r.string()
        var sums: [UInt64] = []
        for _ in 0..<Int(try r.u32()) { sums.append(try r.u64()) }
        var h = SnapshotHeader(store: store, journals: [:], known: [], checksums: sums)
        for _ in 0..<Int(try r.u32()) {
            let name = try r.string()
            h.journals[name] = Int(try r.u64())
        }
        for _ in 0..<Int(try r.u32()) {
            let device = try r.string()
            let start = r.pos
            try r.skip(Int(try r.u32()) * 8)
            h.stored.append((start + 4)..<r.pos)
            var apart: [(UInt32, UInt64)] = []
            for _ in 0..<Int(try r.u32()) {
                let seq = try r.u32()
                apart.append((seq, try r.u64()))
            }
            h.known.append((device, [], apart))
        }
        return (h, r.pos)
    }
}

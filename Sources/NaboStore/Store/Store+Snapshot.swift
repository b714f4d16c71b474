import Foundation
import NaboCore

/// `snapshot.bin`: the folded state as of given journal sizes, so a large store opens without reading
/// every line. Derived, local, never synced; deleting it only makes the next start slower. It is used
/// only while every journal it counted is still at least as long as it was.
extension Store {
    static let snapshotMagic = Array("NABOSNPA".utf8)

    var snapshotPath: String { folder + "/snapshot.bin" }

    /// Writes the snapshot now. `durable` waits for the disk, for a snapshot that replaces one that
    /// must not come back after a crash (one holding an erased person, or a plain one once encrypted).
    ///
    /// The file is the magic, where the prelude ends (so a sealed snapshot opens that much first),
    /// the header, the body (`Replica.snapshotTables`, then the visit index) and last the
    /// fingerprint of each 8 MB of the body with their count. A plain snapshot's body goes to the
    /// file as it is made, so writing it holds a few MB of it, not 200; its fingerprints come last
    /// because they are known last, and the prelude at its start is written again once the tables'
    /// sizes are known. A sealed one is sealed whole (its chunks are authenticated, and no
    /// fingerprints are written).
    public func saveSnapshot(durable: Bool = false) throws(Message) {
        var head = Store.snapshotMagic + [UInt8](repeating: 0, count: 8)
        head += SnapshotHeader(store: manifest.store, journals: journalSizes, known: known.all).bytes
        let replica = self.replica
        // Otherwise not waited for on the disk: a snapshot torn by a crash fails its check and is made
        // again from the journals, and at 500,000 operations the wait was a third of its writing.
        let path = snapshotPath
        // A table that cannot be read (its piece or chunk failed its check) makes no snapshot: the
        // half-written file is thrown away, not put in the old one's place.
        let unreadable = Files.Failure(message: Self.notWritten)
        do throws(Files.Failure) {
            try Files.replaceAtomically(path, owner: ownerTag, durable: durable) { [keyring, manifest] (fd) throws(Files.Failure) in
                if let keyring {
                    var body: [UInt8] = []
                    body.reserveCapacity(replica.snapshotSizeHint)
                    guard let prelude = Self.makeBody(replica, flush: { body += $0 }, then: { body += $0 }) else { throw unreadable }
                    body.replaceSubrange(0..<prelude.count, with: prelude)
                    Self.patchPreludeEnd(&head, prelude: prelude.count)
                    let plain = head + body + Self.trailer([])
                    try Files.writeAll(fd, FileSeal.seal(plain, key: keyring.current, store: manifest.store, purpose: "snapshot"), path: path)
                    return
                }
                try Files.writeAll(fd, head, path: path)
                let sink = PieceSink(fd: fd, path: path)
                guard let prelude = Self.makeBody(replica, flush: sink.append, then: sink.append) else { throw unreadable }
                let sums = try sink.finish(prelude: prelude, at: head.count)
                Self.patchPreludeEnd(&head, prelude: prelude.count)
                try Files.writeAll(fd, head[8..<16], at: 8, path: path)
                try Files.writeAll(fd, Self.trailer(sums), path: path)
            }
        } catch { throw error.message }
        operationsInSnapshot = replica.operationCount
    }

    static let notWritten = Message(nb: "Øyeblikksbildet kunne ikke skrives; det leses fra journalene neste gang.",
                                    en: "The snapshot could not be written; the journals are read next time.")

    /// The body made on both cores: the tables given to `flush` as they are written, while the visit
    /// index (after a cold fold made from every visit, a quarter of the writing's time) is made on the
    /// other, then given to `then`. The prelude as it must finally read, or nil if a table could not be read.
    private static func makeBody(_ replica: Replica, flush: (UnsafeRawBufferPointer) -> Void, then: (UnsafeRawBufferPointer) -> Void) -> [UInt8]? {
        let made = MadeApart()
        withoutActuallyEscaping(flush) { flush in
            let tables = UnsafeSendable(flush)
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { made.index = replica.snapshotVisitIndex() } else { made.prelude = replica.snapshotTables(flush: tables.value) }
            }
        }
        guard let prelude = made.prelude else { return nil }
        made.index.withUnsafeBytes(then)
        return prelude
    }

    /// The two halves of `makeBody`, each written by one of its two iterations and read after both.
    private final class MadeApart: @unchecked Sendable {
        var index: [UInt8] = []
        var prelude: [UInt8]?
    }

    /// The flush handed to the iteration that writes the tables: only that one calls it.
    private struct UnsafeSendable<T>: @unchecked Sendable {
        let value: T
        init(_ value: T) { self.value = value }
    }

    private static func patchPreludeEnd(_ head: inout [UInt8], prelude: Int) {
        withUnsafeBytes(of: UInt64(head.count + prelude).littleEndian) { head.replaceSubrange(8..<16, with: $0) }
    }

    /// The fingerprints after the body, then how many: read from the end of the file.
    static func trailer(_ sums: [UInt64]) -> [UInt8] {
        var w = BinaryWriter()
        sums.forEach { w.u64($0) }
        w.u32(UInt32(sums.count))
        return w.bytes
    }

    /// The fingerprints a snapshot ends with and where they begin (where its body ends); nil if the
    /// end does not read as a trailer.
    static func trailer(of source: SnapshotSource, after records: Int) -> (sums: [UInt64], start: Int)? {
        let size = source.bytes.count
        guard size >= records + 4, source.ensure((size - 4)..<size) else { return nil }
        let count = Int(UInt32(littleEndian: source.bytes.loadUnaligned(fromByteOffset: size - 4, as: UInt32.self)))
        let start = size - 4 - count * 8
        guard start >= records, source.ensure(start..<size) else { return nil }
        return ((0..<count).map { UInt64(littleEndian: source.bytes.loadUnaligned(fromByteOffset: start + $0 * 8, as: UInt64.self)) }, start)
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
              header.journals.allSatisfy({ name, size in Files.status(journalFolder + "/" + name).map { $0.size >= size } ?? false }),
              let (sums, end) = Self.trailer(of: source, after: records), end >= prelude
        else { return nil }
        guard keyring == nil else { return sums.isEmpty ? (source, header, records) : nil }
        guard let pieces = CheckedPieces(mapped, records: records..<end, sums: sums, onFailure: remove) else { return nil }
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

    var bytes: [UInt8] {
        var w = BinaryWriter()
        w.string(store)
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
        var h = SnapshotHeader(store: try r.string(), journals: [:], known: [])
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

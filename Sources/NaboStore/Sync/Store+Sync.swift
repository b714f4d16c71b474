import Foundation
import NaboCore

extension Store {
    /// Merges both ways with a sync folder (a USB stick, a shared folder, a Syncthing folder): every
    /// operation in the folder's journals that this store lacks is added here, and every journal the
    /// folder holds less of is written there. Files are replaced by rename, never edited in place.
    ///
    /// `ownJournalOnly` (and a folder a sync engine carries, `SyncEngineFolder`): only this laptop's
    /// own journal is written there, and another device's only when the folder has none of it yet,
    /// so no two laptops ever write one file; erasure and encryption still rewrite what they must.
    public func sync(with dir: String, ownJournalOnly: Bool = false) throws(Message) -> SyncReport {
        guard identity != nil else { _ = try context(now: Date()); return SyncReport() }
        var report = SyncReport()
        var turning = false
        do throws(Files.Failure) {
            guard !Files.isLink(dir + "/journal"), !Files.isLink(dir + "/store.json") else {
                throw Files.Failure(message: Message(
                    nb: "\(dir) har en lenke der journalmappen skal være. Nabo følger ikke lenker i en synkmappe; fjern lenken og prøv igjen.",
                    en: "\(dir) has a link where its journal folder should be. Nabo follows no links in a sync folder; remove the link and try again."))
            }
            try Files.makeDirectory(dir + "/journal")
            if Files.exists(dir + "/store.json") {
                let theirs = try Manifest.read(dir + "/store.json")
                guard theirs.store == manifest.store else { throw Files.Failure(message: Self.otherStore(dir)) }
                if theirs.encrypted && !manifest.encrypted {
                    throw Files.Failure(message: Message(
                        nb: "\(dir) har en kryptert kopi av datasettet, men denne datamappen er ikke kryptert. Bli med i den krypterte kopien med nabo encrypt --join \(dir).",
                        en: "\(dir) holds an encrypted copy of the store, but this data folder is not encrypted. Join the encrypted copy with nabo encrypt --join \(dir)."))
                }
                // A plain folder met by an encrypted laptop is turned: read whole, then written sealed.
                turning = !theirs.encrypted && manifest.encrypted
            } else {
                try Files.replaceAtomically(dir + "/store.json", owner: ownerTag, manifest.bytes)
            }
        } catch { throw error.message }
        Files.removeLeftovers(in: dir + "/journal", owner: ownerTag)
        Files.removeLeftovers(in: dir, owner: ownerTag)

        var state = turning ? SyncState() : loadSyncState(for: dir)
        let aheadBefore = replica.ahead
        var pass = ErasurePass(rule: erasureRule, receipts: erasures)
        var holdingErased = Set<String>()
        let erasuresBefore = erasures.count
        let plainFiles = try receive(from: dir, state: &state, report: &report, erasing: &pass, holdingErased: &holdingErased)
        report.erasedDropped = pass.unseen
        report.erasures = erasures.count - erasuresBefore
        report.erasedDropped += try applyErasures()
        let unsettled = rewrittenElsewhere.filter { known.fingerprint($0.pair.id.device, $0.pair.id.seq) != $0.pair.hash }
        rewrittenElsewhere = []
        if !unsettled.isEmpty {
            report.damage += unsettled.map(\.damage)
            twoContents += unsettled.map(\.pair)
            try settleTwoContents()
        }
        try rewriteErased(in: dir, &state, holdingErased)
        report.ahead = replica.ahead.filter { $0.value != aheadBefore[$0.key] }
            .map { SyncReport.Ahead(device: $0.key, worker: workerName(of: $0.key), count: $0.value.count - (aheadBefore[$0.key]?.count ?? 0), latest: $0.value.latest) }
            .sorted { $0.device < $1.device }
        if twinSeen { try takeNewDevice(report: &report) }
        let carried = SyncEngineFolder.isCarried(dir)
        if carried { SyncEngineFolder.ignoreTemporaryFiles(in: dir) }
        report.ownJournalOnly = ownJournalOnly || carried
        try send(to: dir, state: &state, report: &report, ownJournalOnly: report.ownJournalOnly)
        report.conflictCopiesRemoved = removeSettledConflictCopies(in: dir, &state)
        report.receivedFrom = report.receivedByDevice.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { workerName(of: $0.key) ?? $0.key }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        if let keyring, !plainFiles.isEmpty || turning {
            for name in plainFiles.sorted() where Files.exists(dir + "/journal/" + name) {
                let (_, dropped) = try sealedCopy(of: dir + "/journal/" + name, name: name, key: keyring.current)
                // The file holds the same operations, sealed: remembered as read, so the next sync skips it.
                if var known = state.files[name], dropped == 0, let st = Files.status(dir + "/journal/" + name) {
                    (known.size, known.mtimeNanos, known.inode) = (st.size, st.mtimeNanos, st.inode)
                    state.files[name] = known
                } else {
                    state.files[name] = nil
                }
            }
            do throws(Files.Failure) { try Files.replaceAtomically(dir + "/store.json", owner: ownerTag, manifest.bytes) } catch { throw error.message }
            report.turned = turning
        }
        saveSyncState(state, for: dir)
        if let id = identity, missingOwnOperations != nil, known.last(id.device) >= id.lastSeq { missingOwnOperations = nil }
        return report
    }

    /// Returns the names of the folder's journals that hold lines in clear, for an encrypted store to seal.
    private func receive(from dir: String, state: inout SyncState, report: inout SyncReport, erasing pass: inout ErasurePass,
                         holdingErased: inout Set<String>) throws(Message) -> Set<String> {
        let folder = dir + "/journal"
        // Only plain files: a folder or link named like a journal is passed over.
        let names = Files.listFiles(folder).filter(JournalFileName.isJournal)
        var incoming: [String: [UInt8]] = [:]
        var unopened = 0
        let ownDevice = identity?.device
        let ownLastSeq = identity?.lastSeq ?? 0
        // Only records a received line touches can gain a conflict; counting those keeps a small sync small.
        var touched = Set<RecordKey>()
        var conflictedBefore = 0
        var plainFiles = Set<String>()
        var toRead: [(name: String, status: Files.Stat, grown: Bool)] = []
        for name in names {
            guard let st = Files.status(folder + "/" + name) else { continue }
            // An unchanged file is skipped only while this store still holds what was read from it
            // (a journal restored from an old backup would otherwise never get its lines back).
            if let b = state.files[name], b.size == st.size, b.mtimeNanos == st.mtimeNanos, b.inode == st.inode, holdsAll(b) {
                report.filesSkipped += 1
                continue
            }
            // A file that only grew is read from where it ended; anything else is read whole.
            toRead.append((name, st, state.files[name].map { $0.inode == st.inode && $0.size < st.size && $0.size > 0 } ?? false))
        }
        // Key lines first: a rotation or a new worker elsewhere brings keys the lines below need.
        // They are looked for only where the lines are read, so a small sync stays small.
        if keyring != nil {
            for line in KeySlots.scan(folder, toRead.map { ($0.name, $0.grown ? state.files[$0.name]!.size : 0) }).lines { learn(line) }
        }
        // Made after the key lines are learned: it opens with the keys held now.
        let opener = self.opener
        let toReadBytes = max(1, toRead.reduce(0) { $0 + $1.status.size - ($1.grown ? state.files[$1.name]!.size : 0) })
        var readBytes = 0
        var toldAt = 0
        for (name, st, grown) in toRead {
            let before = state.files[name]
            let offset = grown ? before!.size : 0
            var holds: [String: RangeSet] = [:]
            if grown { for (d, rs) in before!.holds { holds[d, default: RangeSet()].append(rs) } }
            report.filesRead += 1
            do {
                let result = try JournalReader.read(folder + "/" + name, name: name, from: offset, firstLine: grown ? before!.lines + 1 : 1,
                                                    fromSyncFolder: true, opener: opener) { read in
                    readBytes += read.bytes.count + 1
                    if let progress, readBytes - toldAt > 1 << 20 {
                        toldAt = readBytes
                        progress(min(1, Double(readBytes) / Double(toReadBytes)))
                    }
                    var line = read
                    // A line about an erased person is taken as the erasure leaves it, never as it came,
                    // and the file it came from is written again without it.
                    var erased: [UInt8]?
                    if let op = pass.rewrite(read.op) {
                        let plain = JournalLine.encode(op)
                        erased = written(plain, op)
                        line.op = op
                        line.hash = plain.withUnsafeBufferPointer { LineHash.of(UnsafeBufferPointer(rebasing: $0.dropLast())) }
                        holdingErased.insert(name)
                    }
                    holds[line.op.id.device, default: RangeSet()].insert(line.op.id.seq)
                    let plain = keyring != nil && !line.op.type.isEmpty && !line.sealed
                    if plain { plainFiles.insert(name) }
                    let verdict = known.admit(line.op.id.device, line.op.id.seq, hash: line.hash)
                    if let ownDevice, line.op.id.device == ownDevice,
                       verdict == .conflicting || (verdict == .new && line.op.id.seq > ownLastSeq) {
                        // Lines under this laptop's own id that it never wrote: another live laptop
                        // writes as the same device (a home folder restored onto it).
                        twinSeen = true
                    }
                    switch verdict {
                    case .new:
                        let key = RecordKey(type: line.op.type, id: line.op.entity)
                        if touched.insert(key).inserted, hasConflict(key) { conflictedBefore += 1 }
                        replica.apply(line.op)
                        if let erased {
                            incoming[line.op.id.device, default: []] += erased
                        } else if plain {
                            // A plain line from a laptop not yet turned is sealed before it is kept,
                            // byte for byte, so its fingerprint stays the plain line's.
                            incoming[line.op.id.device, default: []] += written(Array(line.bytes) + [0x0A], line.op)
                        } else {
                            incoming[line.op.id.device, default: []].append(contentsOf: line.bytes)
                            incoming[line.op.id.device]!.append(0x0A)
                        }
                        report.received += 1
                        report.receivedByDevice[line.op.id.device, default: 0] += 1
                    case .repeated: break
                    case .conflicting:
                        let pair = TwoContents(id: line.op.id, line: erased.map { Array($0.dropLast()) } ?? Array(line.bytes), hash: line.hash)
                        let found = Damage(kind: .conflictingCopy, file: name, line: line.number, op: line.op.id)
                        // A line an erasure rewrote elsewhere, met before that erasure is applied here:
                        // once it is, the line held here is the same. Set aside now, the original
                        // would wait in `damaged/` with the person's values.
                        if line.op.rewrite != nil {
                            rewrittenElsewhere.append((pair, found))
                        } else {
                            report.damage.append(found)
                            twoContents.append(pair)
                        }
                    }
                }
                unopened += result.damage.filter { $0.kind == .sealedForOtherKeys }.count
                report.damage += result.damage
                if !result.damagedBytes.isEmpty { setAside(result.damagedBytes, from: name) }
                // A torn tail may still be growing (a copy in progress): remember the file only up to
                // its last whole line, so the rest is read again next time.
                let size = result.tornTail.isEmpty ? st.size : result.goodLength
                state.files[name] = SyncState.FileState(size: size, mtimeNanos: result.tornTail.isEmpty ? st.mtimeNanos : 0, inode: st.inode,
                                                        lines: result.lines - (result.tornTail.isEmpty ? 0 : 1),
                                                        holds: holds.mapValues(\.normalised))
            } catch let e as Files.Failure {
                throw e.message
            } catch {
                throw Message(nb: "Kunne ikke lese \(name).", en: "Could not read \(name).")
            }
        }
        for gone in Set(state.files.keys).subtracting(names) { state.files[gone] = nil }
        for (device, bytes) in incoming.sorted(by: { $0.key < $1.key }) {
            // The device id follows the grammar (`OpID`), so it is safe as a file name.
            let name = device + ".jsonl"
            do throws(Files.Failure) {
                try Files.appendDurably(journalFolder + "/" + name, bytes)
            } catch { throw error.message }
            journalSizes[name] = Files.status(journalFolder + "/" + name)?.size
        }
        if !twoContents.isEmpty {
            let dropped = try settleTwoContents()
            // The folder is written again without the copies set aside, so it converges too.
            for name in names where Files.exists(folder + "/" + name) {
                var holdsDropped = false
                _ = try? JournalReader.read(folder + "/" + name, name: name, opener: opener) { line in
                    if dropped.contains(line.hash) { holdsDropped = true }
                }
                guard holdsDropped else { continue }
                try rewrite(folder + "/" + name) { line in
                    dropped.contains(line.withUnsafeBufferPointer { LineHash.of($0) }) ? nil : line
                }
                state.files[name] = nil
            }
        }
        report.newConflicts = max(0, touched.filter(hasConflict).count - conflictedBefore)
        report.sealedForOtherKeys = unopened
        return plainFiles
    }

    /// The folder's journals are written again as the erasures leave them: every file, the first
    /// time the folder is synced after an erasure reached this laptop, and after that each file a
    /// line about an erased person came from (a stale copy pasted back). The folder's files are
    /// then read whole and this laptop's journals copied whole at the next step.
    private func rewriteErased(in dir: String, _ state: inout SyncState, _ holdingErased: Set<String>) throws(Message) {
        let applied = erasures.map(\.id.description)
        var names = holdingErased
        if state.erasures != applied {
            names = Set(Files.listFiles(dir + "/journal").filter(JournalFileName.isJournal))
        }
        state.erasures = applied
        guard !names.isEmpty, !applied.isEmpty else { return }
        var pass = ErasurePass(rule: erasureRule, receipts: erasures)
        for name in names.sorted() where Files.exists(dir + "/journal/" + name) {
            try rewriteErased(dir + "/journal/" + name, fromSyncFolder: true, &pass)
        }
        state.files = [:]
        state.sentBytes = [:]
        state.sentHolds = [:]
        state.segments = [:]
    }

    /// The name this store's files carry while being written, and by which it finds its leftovers.
    var ownerTag: String { identity?.device ?? "nabo" }

    func workerName(of device: String) -> String? {
        replica.devices.lookup(device).flatMap { replica.authors.indices.contains(Int($0)) ? replica.authors[Int($0)] : nil }
    }

    struct RecordKey: Hashable {
        var type: String
        var id: String
    }

    private func hasConflict(_ key: RecordKey) -> Bool {
        guard let r = replica.record(key.type, key.id) else { return false }
        return Conflicts.any(r)
    }

    private func holdsAll(_ file: SyncState.FileState) -> Bool {
        file.holds.allSatisfy { device, ranges in
            ranges.allSatisfy { known.contains(device, $0.lowerBound) && known.contains(device, $0.upperBound) }
        }
    }

    private func send(to dir: String, state: inout SyncState, report: inout SyncReport, ownJournalOnly: Bool) throws(Message) {
        let folder = dir + "/journal"
        for name in Files.listFiles(journalFolder) where JournalFileName.isJournal(name) {
            let device = String(name.dropLast(6))
            guard OpID.isValidDevice(device) else { continue }
            let have = known.count(device)
            let theirs = state.folderHolds(device)
            // Another device's journal is that device's to write, once the folder has any of it.
            if ownJournalOnly, device != identity?.device, theirs > 0 { continue }
            guard have > theirs, let size = Files.status(journalFolder + "/" + name)?.size else { continue }
            let main = device + ".jsonl"
            let sent = state.sentBytes[device] ?? 0
            let segments = state.segments[device] ?? []
            // Only what was added since the last copy goes out, as a small file of its own, while the
            // folder's copy is as this store left it; every so often the pieces are joined again.
            let canAppend = sent > 0 && sent < size && segments.count < 8 && theirs == state.sentHolds[device]
            do throws(Files.Failure) {
                if canAppend {
                    let segment = "\(device).\(String(sent, radix: 16)).jsonl"
                    try Files.replaceAtomically(folder + "/" + segment, owner: ownerTag) { (fd) throws(Files.Failure) in
                        try Files.copy(journalFolder + "/" + name, from: sent, into: fd, writing: folder + "/" + segment)
                    }
                    state.segments[device] = segments + [segment]
                    record(folder, segment, device: device, from: sent, state: &state)
                } else {
                    try Files.replaceAtomically(folder + "/" + main, owner: ownerTag) { (fd) throws(Files.Failure) in
                        try Files.copy(journalFolder + "/" + name, from: 0, into: fd, writing: folder + "/" + main)
                    }
                    for s in segments { Files.remove(folder + "/" + s); state.files[s] = nil }
                    state.segments[device] = []
                    record(folder, main, device: device, from: 0, state: &state)
                }
            } catch { throw error.message }
            state.sentBytes[device] = size
            state.sentHolds[device] = have
            report.sent += have - theirs
        }
    }

    /// A sync engine's conflict copy is removed once every operation in it is held by the folder's
    /// other files, so it is read no more and left for no one to wonder about. Returns how many.
    private func removeSettledConflictCopies(in dir: String, _ state: inout SyncState) -> Int {
        let copies = state.files.filter { JournalFileName.isConflictCopy($0.key) }
        guard !copies.isEmpty else { return 0 }
        var main: [String: RangeSet] = [:]
        for (name, file) in state.files where !JournalFileName.isConflictCopy(name) {
            for (device, ranges) in file.holds { main[device, default: RangeSet()].append(ranges) }
        }
        let held = main.mapValues(\.normalised)
        var removed = 0
        for (name, file) in copies.sorted(by: { $0.key < $1.key }) {
            let settled = file.holds.allSatisfy { device, ranges in
                ranges.allSatisfy { r in (held[device] ?? []).contains { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound } }
            }
            guard settled, file.size >= 0, Files.status(dir + "/journal/" + name)?.size == file.size else { continue }
            Files.remove(dir + "/journal/" + name)
            state.files[name] = nil
            removed += 1
        }
        return removed
    }

    /// Notes what a file just written holds, so the next sync skips it.
    private func record(_ folder: String, _ name: String, device: String, from offset: Int, state: inout SyncState) {
        guard let st = Files.status(folder + "/" + name) else { return }
        var holds = RangeSet()
        var lines = 0
        _ = try? JournalReader.read(journalFolder + "/" + device + ".jsonl", name: name, from: offset, opener: opener) { line in
            holds.insert(line.op.id.seq)
            lines += 1
        }
        // A local journal can hold other devices' lines only by mistake; the ranges count this device's.
        state.files[name] = SyncState.FileState(size: st.size, mtimeNanos: st.mtimeNanos, inode: st.inode, lines: lines,
                                                holds: [device: holds.normalised])
    }

    func syncStatePath(for dir: String) -> String {
        let canonical = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        let key = String(LineHash.of(Array(canonical.utf8).withUnsafeBufferPointer { $0 }), radix: 16)
        return folder + "/sync/" + key + ".json"
    }

    func loadSyncState(for dir: String) -> SyncState {
        guard let bytes = try? Files.contents(syncStatePath(for: dir), atMost: 64 << 20),
              let v = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)) else { return SyncState() }
        return SyncState(json: v)
    }

    func saveSyncState(_ state: SyncState, for dir: String) {
        var state = state
        state.folder = URL(fileURLWithPath: dir).resolvingSymlinksInPath().path
        try? Files.makeDirectory(folder + "/sync")
        var w = JSONWriter()
        w.value(state.json)
        try? Files.replaceAtomically(syncStatePath(for: dir), owner: ownerTag, w.bytes)
    }
}

extension Store {
    /// When this device's own journal holds fewer lines than it wrote (an old copy was put over it),
    /// the missing lines are looked for in every sync folder this store has used, and put back.
    func recoverOwnJournal() {
        guard let id = identity, let path = ownJournal, missingOwnOperations != nil else { return }
        var pass = ErasurePass(rule: erasureRule, receipts: erasures)
        for name in Files.list(folder + "/sync") where name.hasSuffix(".json") {
            guard let bytes = try? Files.contents(folder + "/sync/" + name),
                  let json = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
            let dir = SyncState(json: json).folder
            guard !dir.isEmpty, !Files.isLink(dir + "/journal") else { continue }
            for file in Files.listFiles(dir + "/journal") where JournalFileName.isJournal(file) {
                var found: [UInt8] = []
                _ = try? JournalReader.read(dir + "/journal/" + file, name: file, fromSyncFolder: true, opener: opener) { line in
                    // A lost line comes back as the erasures leave it.
                    var op = line.op
                    var bytes = Array(line.bytes) + [0x0A]
                    var hash = line.hash
                    if let erased = pass.rewrite(line.op) {
                        let plain = JournalLine.encode(erased)
                        (op, bytes) = (erased, written(plain, erased))
                        hash = plain.withUnsafeBufferPointer { LineHash.of(UnsafeBufferPointer(rebasing: $0.dropLast())) }
                    }
                    guard op.id.device == id.device, known.admit(id.device, op.id.seq, hash: hash) == .new else { return }
                    replica.apply(op)
                    found += bytes
                }
                if !found.isEmpty { try? Files.appendDurably(path, found) }
            }
        }
        journalSizes[id.device + ".jsonl"] = Files.status(path)?.size
        if known.last(id.device) >= id.lastSeq { missingOwnOperations = nil }
    }
}

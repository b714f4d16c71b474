import NaboCore

/// A line met with the id of a line already held but with other content.
struct TwoContents {
    var id: OpID
    var line: [UInt8]
    var hash: UInt64
}

/// One id with two contents is damage, and every laptop must settle it the same way, or they never
/// converge. The copy kept is chosen from the two lines alone (`prevails`), never from file names or
/// the order of reading; the other is set aside and reported, and the journals are rewritten
/// without it.
extension Store {
    /// A sealed line (its seal holds, or it would not have been read) beats a plain one, which anyone
    /// with the stick could have written; then a line rewritten on purpose (it carries a rewrite
    /// mark) supersedes one without; otherwise the line whose bytes sort first is kept.
    static func prevails(_ a: [UInt8], over b: [UInt8]) -> Bool {
        let sealedA = a.starts(with: LineSeal.prefix), sealedB = b.starts(with: LineSeal.prefix)
        if sealedA != sealedB { return sealedA }
        let markA = a.withUnsafeBufferPointer { (try? JournalLine.decode($0))?.rewrite }
        let markB = b.withUnsafeBufferPointer { (try? JournalLine.decode($0))?.rewrite }
        if (markA == nil) != (markB == nil) { return markA != nil }
        return a.lexicographicallyPrecedes(b)
    }

    /// Settles every pending pair: the local journal ends up holding the kept line, the state is
    /// folded again if it had folded the other. Returns the fingerprints of the lines set aside.
    @discardableResult
    func settleTwoContents() throws(Message) -> Set<UInt64> {
        var dropped = Set<UInt64>()
        var refold = false
        for pair in twoContents {
            guard let heldHash = known.fingerprint(pair.id.device, pair.id.seq), heldHash != pair.hash else { continue }
            guard let (file, held) = heldLine(pair.id, hash: heldHash) else {
                setAside(pair.line + [0x0A], from: pair.id.device + ".jsonl")
                dropped.insert(pair.hash)
                continue
            }
            if Self.prevails(pair.line, over: held) {
                try rewrite(journalFolder + "/" + file) { line in line.elementsEqual(held) ? pair.line : line }
                known.replace(pair.id.device, pair.id.seq, hash: pair.hash)
                setAside(held + [0x0A], from: file)
                dropped.insert(heldHash)
                if pair.id.device == identity?.device { ownLosers.append(held) }
                refold = true
            } else {
                setAside(pair.line + [0x0A], from: file)
                dropped.insert(pair.hash)
            }
        }
        twoContents = []
        if refold {
            // The state folded the copy that lost: fold the journals again, now without it.
            Files.remove(snapshotPath)
            damage.removeAll { $0.kind != .conflictingCopy }
            try load(repairing: true, useSnapshot: false)
        }
        return dropped
    }

    /// The held line with this id and fingerprint, and the local journal it is in.
    func heldLine(_ id: OpID, hash: UInt64) -> (String, [UInt8])? {
        let own = id.device + ".jsonl"
        let names = [own] + Files.listFiles(journalFolder).filter { $0 != own && JournalFileName.isJournal($0) }
        for name in names where Files.exists(journalFolder + "/" + name) {
            var found: [UInt8]?
            _ = try? JournalReader.read(journalFolder + "/" + name, name: name, opener: opener) { line in
                if found == nil, line.op.id == id, line.hash == hash { found = Array(line.bytes) }
            }
            if let found { return (name, found) }
        }
        return nil
    }

    /// Writes a journal again line by line through `transform` (nil drops the line), by temporary
    /// file and rename.
    func rewrite(_ path: String, _ transform: ([UInt8]) -> [UInt8]?) throws(Message) {
        do throws(Files.Failure) {
            let bytes = try Files.contents(path)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
                if let kept = transform(Array(line)) { out += kept + [0x0A] }
            }
            try Files.replaceAtomically(path, owner: identity?.device ?? "nabo", out)
        } catch { throw error.message }
    }
}

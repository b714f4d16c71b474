import NaboCore

/// `keyslots.cache`: the key lines of this data folder's journals and how far each journal was read
/// for them, so unlocking reads only what was written since instead of every journal whole (450 MB
/// on the benchmark store). Key lines are the lines meant to be readable before unlocking, so the
/// cache shows nothing the journals do not. Derived and local like the snapshot: deleting it only
/// makes the next start slower, and whatever is in it is read as a key line is, or dropped.
/// First line `{"journals":{"NAME":[SIZE,INODE],…}}`, then one key line per line.
struct KeySlotCache {
    var journals: [String: (size: Int, inode: UInt64)] = [:]
    var lines: [KeyLine] = []

    static let name = "keyslots.cache"

    static func read(_ folder: String) -> KeySlotCache {
        var cache = KeySlotCache()
        guard let bytes = try? Files.contents(folder + "/" + name, atMost: 16 << 20) else { return cache }
        let parts = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)
        guard let head = parts.first, let json = try? JSONParser.parse(Array(head), untrusted: true),
              let files = json.object?["journals"]?.object else { return cache }
        for (file, v) in files {
            guard let pair = v.array, pair.count == 2, let size = pair[0].int, size >= 0,
                  let inode = pair[1].int else { continue }
            cache.journals[file] = (size, UInt64(truncatingIfNeeded: inode))
        }
        for part in parts.dropFirst() {
            if let line = Array(part).withUnsafeBufferPointer({ KeyLine.parse($0) }) { cache.lines.append(line) }
        }
        return cache
    }

    var bytes: [UInt8] {
        var w = JSONWriter()
        w.object([("journals", .object(Dictionary(uniqueKeysWithValues: journals.map { ($0.key, .array([.int($0.value.size), .int(Int(truncatingIfNeeded: $0.value.inode))])) })))])
        w.byte(0x0A)
        var out = w.bytes
        for line in lines { out += line.bytes }
        return out
    }
}

extension KeySlots {
    /// The key lines of a data folder's journals, read through the cache: each journal from where
    /// the cache last read it, or whole when it was replaced or shrank. Also the cache to write back
    /// when it has fallen behind (written only once a passphrase has opened the folder).
    static func scan(dataFolder folder: String, journals: String) -> (KeySlots, behind: KeySlotCache?) {
        let cache = KeySlotCache.read(folder)
        var slots = KeySlots()
        var files: [(name: String, offset: Int)] = []
        var seen: [String: (size: Int, inode: UInt64)] = [:]
        for name in Files.listFiles(journals) where JournalFileName.isJournal(name) {
            guard let st = Files.status(journals + "/" + name) else { continue }
            let known = cache.journals[name].flatMap { $0.inode == st.inode && $0.size <= st.size ? $0.size : nil }
            files.append((name, known ?? 0))
            seen[name] = (st.size, st.inode)
        }
        // Lines the cache holds stay even if their journal was replaced: a key line once valid stays
        // valid (a removal stands for good), and reading them again only repeats them.
        for line in cache.lines { slots.add(line) }
        let fresh = scan(journals, files)
        for line in fresh.lines { slots.add(line) }
        let behind = !fresh.lines.isEmpty || cache.journals.count != seen.count
            || files.contains { seen[$0.name]?.size != cache.journals[$0.name]?.size }
        return (slots, behind ? KeySlotCache(journals: seen, lines: slots.lines) : nil)
    }
}

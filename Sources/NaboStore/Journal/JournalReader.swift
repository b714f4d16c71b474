import NaboCore

/// Reads journal files line by line: each readable operation goes to the caller; damage is noted
/// with the bytes kept for setting aside. Used for the store's own folder and for sync folders,
/// whose files anyone may have written: lines are bounded (`JournalLine.maxBytes`) before parsing.
struct JournalReader {
    struct Line {
        var op: Op
        var hash: UInt64
        var bytes: UnsafeBufferPointer<UInt8>
        var number: Int
    }

    struct Result {
        var damage: [Damage] = []
        var damagedBytes: [UInt8] = []
        /// Where the last complete line ends: appends continue from here.
        var goodLength: Int
        var lines: Int
        var tornTail: [UInt8]
    }

    /// Opens a sealed line to its plain line, or says why not; nil where the store is not encrypted.
    typealias Opener = (LineSeal.Outer) -> Swift.Result<[UInt8], LineSeal.Failure>

    /// Reads `path` from `offset`, counting lines from `firstLine`. A sealed line is opened with
    /// `opener` and read as its plain line; its fingerprint is the plain line's, so a plain line and
    /// any sealing of it are one operation. `bytes` stays the line as it stands in the file.
    static func read(_ path: String, name: String, from offset: Int = 0, firstLine: Int = 1, fromSyncFolder: Bool = false,
                     opener: Opener? = nil, _ body: (Line) throws -> Void) throws -> Result {
        var damage: [Damage] = []
        var damaged: [UInt8] = []
        var lineNo = firstLine - 1
        let tail = try Files.forEachChunk(path, from: offset, maxLine: JournalLine.maxBytes, overlong: { head, _ in
            lineNo += 1
            damage.append(Damage(kind: .overlongLine, file: name, line: lineNo))
            damaged.append(contentsOf: head + [0x0A])
        }) { chunk, _ in
            var start = 0
            let n = chunk.count
            while start < n {
                var end = start
                while end < n, chunk[end] != 0x0A { end += 1 }
                lineNo += 1
                var contentEnd = end
                if contentEnd > start, chunk[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                if contentEnd > start {
                    let bytes = UnsafeBufferPointer(rebasing: chunk[start..<contentEnd])
                    if let kind = try readLine(bytes, number: lineNo, fromSyncFolder: fromSyncFolder, opener: opener, body) {
                        damage.append(Damage(kind: kind, file: name, line: lineNo))
                        damaged.append(contentsOf: chunk[start...end])
                    }
                }
                start = end + 1
            }
        }
        let size = Files.status(path)?.size ?? offset
        var result = Result(damage: damage, damagedBytes: damaged, goodLength: size - tail.count, lines: lineNo, tornTail: tail)
        if !tail.isEmpty {
            // A last line without its newline may still be whole (written by another tool); only
            // an unreadable one is torn.
            let torn = try tail.withUnsafeBufferPointer { try readLine($0, number: lineNo + 1, fromSyncFolder: fromSyncFolder, opener: opener, body) }
            if torn == nil {
                result.lines += 1
            } else {
                result.damage.append(Damage(kind: .tornLine, file: name, line: lineNo + 1))
                result.damagedBytes.append(contentsOf: tail + [0x0A])
            }
        }
        return result
    }

    /// Reads one line: its operation goes to `body`, or the kind of damage comes back.
    @inline(__always)
    private static func readLine(_ bytes: UnsafeBufferPointer<UInt8>, number: Int, fromSyncFolder: Bool, opener: Opener?,
                                 _ body: (Line) throws -> Void) throws -> Damage.Kind? {
        if let opener, let outer = LineSeal.outer(bytes) {
            let plain: [UInt8]
            switch opener(outer) {
            case .failure(let f): return f == .noKey ? .sealedForOtherKeys : .tampered
            case .success(let p): plain = p
            }
            return try plain.withUnsafeBufferPointer { p throws -> Damage.Kind? in
                // The plain line must be the operation the readable part names.
                guard let op = try? JournalLine.decode(p, fromSyncFolder: fromSyncFolder), op.id == outer.id, op.clock == outer.clock else {
                    return .tampered
                }
                try body(Line(op: op, hash: LineHash.of(p), bytes: bytes, number: number))
                return nil
            }
        }
        let op: Op
        do throws(JournalLine.DecodeError) {
            op = try JournalLine.decode(bytes, fromSyncFolder: fromSyncFolder)
        } catch {
            return error == .badText ? .badText : .garbledLine
        }
        try body(Line(op: op, hash: LineHash.of(bytes), bytes: bytes, number: number))
        return nil
    }
}

import Foundation
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
        /// Whether the line stands sealed in the file.
        var sealed: Bool
    }

    struct Result {
        var damage: [Damage] = []
        var damagedBytes: [UInt8] = []
        /// Where the last complete line ends: appends continue from here.
        var goodLength: Int
        var lines: Int
        var tornTail: [UInt8]
    }

    /// Reads `path` from `offset`, counting lines from `firstLine`. A sealed line is opened with
    /// `opener` (nil where the store is not encrypted) and read as its plain line; its fingerprint
    /// is the plain line's, so a plain line and any sealing of it are one operation. `bytes` stays
    /// the line as it stands in the file. Reading stops at the last whole line before `end`; the
    /// result's `goodLength` says where to go on from.
    static func read(_ path: String, name: String, from offset: Int = 0, to end: Int = .max, firstLine: Int = 1, fromSyncFolder: Bool = false,
                     opener: LineOpener? = nil, _ body: (Line) throws -> Void) throws -> Result {
        var damage: [Damage] = []
        var damaged: [UInt8] = []
        var lineNo = firstLine - 1
        // Where the opened lines of a chunk are written, kept from chunk to chunk.
        let plain = PlainBuffer()
        let tail = try Files.forEachChunk(path, from: offset, to: end, maxLine: JournalLine.maxBytes, overlong: { head, _ in
            lineNo += 1
            damage.append(Damage(kind: .overlongLine, file: name, line: lineNo))
            damaged.append(contentsOf: head + [0x0A])
        }) { chunk, _ in
            // Each line's content (without its newline or a CR before it) and where its newline is.
            var lines: [(content: Range<Int>, end: Int)] = []
            var start = 0
            let n = chunk.count
            while start < n {
                let end = memchr(chunk.baseAddress! + start, 0x0A, n - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - chunk.baseAddress! } ?? n
                var contentEnd = end
                if contentEnd > start, chunk[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                lines.append((start..<contentEnd, end))
                start = end + 1
            }
            let opening = opener.map { SealedLines(chunk, lines.map(\.content), into: plain.reserve(n), opener: $0) }
            defer { opening?.finish() }
            for (i, line) in lines.enumerated() {
                lineNo += 1
                let opened = opening?.result(i) ?? .notSealed
                guard !line.content.isEmpty else { continue }
                let bytes = UnsafeBufferPointer(rebasing: chunk[line.content])
                let plainLine = UnsafeBufferPointer(start: plain.base + line.content.lowerBound, count: line.content.count)
                if let kind = try readLine(bytes, opened, plainLine, number: lineNo, fromSyncFolder: fromSyncFolder, body) {
                    damage.append(Damage(kind: kind, file: name, line: lineNo))
                    damaged.append(contentsOf: chunk[line.content.lowerBound...min(line.end, n - 1)])
                }
            }
        }
        let size = Files.status(path)?.size ?? offset
        var result = Result(damage: damage, damagedBytes: damaged, goodLength: min(size, end) - tail.count, lines: lineNo, tornTail: tail)
        if end < size {
            // The line cut at `end` is read whole with the next slice.
            result.tornTail = []
        } else if !tail.isEmpty {
            // A last line without its newline may still be whole (written by another tool); only
            // an unreadable one is torn.
            let torn = try tail.withUnsafeBufferPointer { t in
                var opened = SealedLines.Opened.notSealed
                if var opener { opened = SealedLines.open(t, &opener, into: plain.reserve(t.count)) }
                return try readLine(t, opened, UnsafeBufferPointer(start: plain.base, count: t.count), number: lineNo + 1,
                                    fromSyncFolder: fromSyncFolder, body)
            }
            if torn == nil {
                result.lines += 1
            } else {
                result.damage.append(Damage(kind: .tornLine, file: name, line: lineNo + 1))
                result.damagedBytes.append(contentsOf: tail + [0x0A])
            }
        }
        return result
    }

    /// Reads one line: its operation goes to `body`, or the kind of damage comes back. A sealed
    /// line's plain line has been written to `plain` (where `opened` says how long it is).
    @inline(__always)
    private static func readLine(_ bytes: UnsafeBufferPointer<UInt8>, _ opened: SealedLines.Opened, _ plain: UnsafeBufferPointer<UInt8>,
                                 number: Int, fromSyncFolder: Bool, _ body: (Line) throws -> Void) throws -> Damage.Kind? {
        switch opened {
        case .failed(let kind): return kind
        case .plain(let count, let id, let clock):
            let p = UnsafeBufferPointer(rebasing: plain[..<count])
            // The plain line must be the operation the readable part names.
            guard let op = try? JournalLine.decode(p, fromSyncFolder: fromSyncFolder), op.id == id, op.clock == clock else {
                return .tampered
            }
            try body(Line(op: op, hash: LineHash.of(p), bytes: bytes, number: number, sealed: true))
            return nil
        case .notSealed:
            let op: Op
            do throws(JournalLine.DecodeError) {
                op = try JournalLine.decode(bytes, fromSyncFolder: fromSyncFolder)
            } catch {
                return error == .badText ? .badText : .garbledLine
            }
            try body(Line(op: op, hash: LineHash.of(bytes), bytes: bytes, number: number, sealed: false))
            return nil
        }
    }
}

/// Memory for the plain lines of a chunk, grown as chunks grow and freed with the reader.
private final class PlainBuffer {
    private(set) var base = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    private var capacity = 1

    func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if n > capacity {
            base.deallocate()
            base = .allocate(capacity: n)
            capacity = n
        }
        return base
    }

    deinit { base.deallocate() }
}

/// Opens the sealed lines of one chunk on a second thread while the reader decodes the lines
/// already opened, so the cipher costs the cold load little on a machine with two cores. Line `i`'s
/// plain line is written at the offset where line `i` starts: it is always shorter than its sealing.
/// Results are handed over a batch at a time; the semaphore orders the worker's writes before the
/// reader's reads, which is why the shared buffers need no lock (hence `@unchecked Sendable`).
private final class SealedLines: @unchecked Sendable {
    enum Opened {
        case notSealed
        case failed(Damage.Kind)
        case plain(count: Int, id: OpID, clock: HLC)
    }

    static let batch = 256
    private let chunk: UnsafeBufferPointer<UInt8>
    private let lines: [Range<Int>]
    private let out: UnsafeMutablePointer<UInt8>
    private let results: UnsafeMutableBufferPointer<Opened>
    private let batchOpened = DispatchSemaphore(value: 0)
    private var taken = 0

    init(_ chunk: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>], into out: UnsafeMutablePointer<UInt8>, opener: LineOpener) {
        self.chunk = chunk
        self.lines = lines
        self.out = out
        results = .allocate(capacity: lines.count)
        results.initialize(repeating: .notSealed)
        DispatchQueue.global().async { [self] in
            var opener = opener
            for (i, line) in lines.enumerated() {
                results[i] = Self.open(UnsafeBufferPointer(rebasing: self.chunk[line]), &opener, into: self.out + line.lowerBound)
                if (i + 1) % Self.batch == 0 || i + 1 == lines.count { batchOpened.signal() }
            }
        }
    }

    private var batches: Int { (lines.count + Self.batch - 1) / Self.batch }

    /// Line `i`'s result, waiting for its batch; asked for in order.
    func result(_ i: Int) -> Opened {
        if i % Self.batch == 0 {
            batchOpened.wait()
            taken += 1
        }
        return results[i]
    }

    /// Waits for the worker to finish with the chunk, before its memory is reused.
    func finish() {
        while taken < batches {
            batchOpened.wait()
            taken += 1
        }
    }

    deinit {
        results.deinitialize()
        results.deallocate()
    }

    /// Opens one line if it is sealed, writing its plain line to `out`.
    static func open(_ line: UnsafeBufferPointer<UInt8>, _ opener: inout LineOpener, into out: UnsafeMutablePointer<UInt8>) -> Opened {
        guard let outer = LineSeal.outer(line) else { return .notSealed }
        do throws(LineSeal.Failure) {
            let count = try opener.open(outer) { plain in
                guard plain.count <= line.count else { return -1 }
                UnsafeMutableRawBufferPointer(start: out, count: plain.count).copyMemory(from: plain)
                return plain.count
            }
            return count < 0 ? .failed(.tampered) : .plain(count: count, id: outer.id, clock: outer.clock)
        } catch {
            return .failed(error == .noKey ? .sealedForOtherKeys : .tampered)
        }
    }
}

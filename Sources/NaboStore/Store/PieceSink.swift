import Foundation
import Synchronization

/// A plain snapshot's body written to the file as the core makes it, fingerprinted 8 MB at a time
/// on the way (`SnapshotChecksum`). Each full piece is written and fingerprinted on a thread of its
/// own, a few pieces behind, so the core's thread only encodes: at 500,000 operations writing and
/// fingerprinting were a third of the snapshot's time. The first piece is kept: the prelude at
/// its start is written again once the tables are done, and its fingerprint is taken then.
final class PieceSink: @unchecked Sendable {
    private let fd: Int32
    private let path: String
    /// The piece being filled, on the caller's thread.
    private var piece = Piece()
    /// Pieces written, their room kept for the next: fresh memory for each 8 MB cost a tenth of
    /// the writing in page faults.
    private let spare = Mutex<[Piece]>([])
    /// Written and fingerprinted in order, one piece at a time; `sums`, `first` and `failure` are
    /// touched only there (and by `finish` once it is drained).
    private let writer = DispatchQueue(label: "nabo.snapshot.writer")
    /// At most this many full pieces wait for the writer, so memory stays a few pieces.
    private let room = DispatchSemaphore(value: 2)
    private var sums: [UInt64] = []
    private var first: [UInt8]?
    /// The first write that failed; the rest are not tried, and `finish` throws it.
    private var failure: Files.Failure?

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        var at = 0
        while at < bytes.count {
            let take = min(bytes.count - at, SnapshotChecksum.piece - piece.bytes.count)
            piece.bytes += UnsafeRawBufferPointer(rebasing: bytes[at..<(at + take)])
            at += take
            if piece.bytes.count == SnapshotChecksum.piece { handOn() }
        }
    }

    /// Writes `prelude` over the body's first bytes, which begin at `offset` in the file, once every
    /// piece is written; the fingerprint of each piece.
    func finish(prelude: [UInt8], at offset: Int) throws(Files.Failure) -> [UInt64] {
        if !piece.bytes.isEmpty { handOn() }
        writer.sync {}
        if let failure { throw failure }
        guard var first, first.count >= prelude.count else { return sums }
        first.replaceSubrange(0..<prelude.count, with: prelude)
        sums[0] = first.withUnsafeBytes { SnapshotChecksum.of($0) }
        try Files.writeAll(fd, prelude[...], at: offset, path: path)
        return sums
    }

    /// Gives the full (or last) piece to the writer, waiting while two are still ahead of it.
    private func handOn() {
        let full = piece
        piece = spare.withLock { $0.popLast() } ?? Piece()
        room.wait()
        writer.async { [self] in
            defer {
                full.bytes.removeAll(keepingCapacity: true)
                spare.withLock { $0.append(full) }
                room.signal()
            }
            guard failure == nil else { return }
            do throws(Files.Failure) { try Files.writeAll(fd, full.bytes, path: path) } catch {
                failure = error
                return
            }
            if first == nil {
                first = Array(full.bytes)
                sums.append(0)
            } else {
                sums.append(full.bytes.withUnsafeBytes { SnapshotChecksum.of($0) })
            }
        }
    }

    /// One piece's bytes, handed from the filling thread to the writer and back.
    private final class Piece: @unchecked Sendable {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(SnapshotChecksum.piece) }
    }
}

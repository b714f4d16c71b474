/// A plain snapshot's body written to the file as the core makes it, fingerprinted 8 MB at a time
/// on the way (`SnapshotChecksum`). The first piece is kept: the prelude at its start is written
/// again once the tables are done, and its fingerprint is taken then.
final class PieceSink {
    private let fd: Int32
    private let path: String
    /// The piece being filled, and the first one, kept until `finish`.
    private var piece: [UInt8] = []
    private var first: [UInt8]?
    private var sums: [UInt64] = []
    /// The first write that failed; the rest are not tried, and `finish` throws it.
    private var failure: Files.Failure?

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        piece.reserveCapacity(SnapshotChecksum.piece)
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        do throws(Files.Failure) { try Files.writeAll(fd, bytes, path: path) } catch { failure = error }
        var at = 0
        while at < bytes.count {
            let take = min(bytes.count - at, SnapshotChecksum.piece - piece.count)
            piece += UnsafeRawBufferPointer(rebasing: bytes[at..<(at + take)])
            at += take
            if piece.count == SnapshotChecksum.piece { close() }
        }
    }

    /// Writes `prelude` over the body's first bytes, which begin at `offset` in the file; the
    /// fingerprint of each piece.
    func finish(prelude: [UInt8], at offset: Int) throws(Files.Failure) -> [UInt64] {
        if !piece.isEmpty { close() }
        if let failure { throw failure }
        guard var first, first.count >= prelude.count else { return sums }
        first.replaceSubrange(0..<prelude.count, with: prelude)
        sums[0] = first.withUnsafeBytes { SnapshotChecksum.of($0) }
        try Files.writeAll(fd, prelude[...], at: offset, path: path)
        return sums
    }

    private func close() {
        if first == nil {
            first = piece
            sums.append(0)
        } else {
            sums.append(piece.withUnsafeBytes { SnapshotChecksum.of($0) })
        }
        piece.removeAll(keepingCapacity: true)
    }
}

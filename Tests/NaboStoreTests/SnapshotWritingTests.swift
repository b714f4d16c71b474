import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// A plain snapshot goes to the file as it is made, fingerprinted on the way, with its prelude
/// written again at the end: what lands in the file must pass every check of the next start.
@Suite struct SnapshotWritingTests {
    /// Some 20 MB given in uneven chunks, then a prelude written over the first bytes: the file holds
    /// the chunks with the prelude in front, and each fingerprint is that of its 8 MB of the file.
    @Test func theFingerprintsTakenOnTheWayAreThoseOfTheFileWritten() throws {
        let tmp = TempFolder()
        let path = tmp.sub("body")
        var g = SplitMix64(seed: 5)
        let chunks = (0..<40).map { n in (0..<(n % 7 == 0 ? 3 : 500_000 + Int(g.next() % 100_000))).map { _ in UInt8(truncatingIfNeeded: g.next()) } }
        let prelude = [UInt8](repeating: 0xAB, count: 300)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        try Files.writeAll(fd, [1, 2, 3], path: path)
        let sink = PieceSink(fd: fd, path: path)
        for chunk in chunks { chunk.withUnsafeBytes(sink.append) }
        let sums = try sink.finish(prelude: prelude, at: 3)
        close(fd)
        let file = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var body = Array(chunks.joined())
        body.replaceSubrange(0..<prelude.count, with: prelude)
        #expect(file == [1, 2, 3] + body)
        #expect(sums.count == 3)
        #expect(sums == SnapshotChecksum.pieces([body]))
    }

    /// A snapshot written by the store is used by the next start, and the check of every piece,
    /// which commands wait for, passes: it is not put aside for the journals.
    @Test func aWrittenSnapshotPassesItsCheckAtTheNextStart() throws {
        let tmp = TempFolder()
        let laptop = Laptop(tmp, "a")
        let s = try laptop.initialise()
        try s.append(DemoData.ops(on: s.replica, context: try s.context(now: fixedDate)))
        try s.saveSnapshot()
        let warm = try laptop.open(readOnly: true)
        #expect(warm.operationsInSnapshot == s.replica.operationCount)
        #expect(try warm.settleSnapshot() == false)
        #expect(FileManager.default.fileExists(atPath: laptop.data + "/snapshot.bin"))
        #expect(Digest.of(warm.replica) == Digest.of(s.replica))
    }
}

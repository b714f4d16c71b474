import NaboCore
@testable import NaboStore
import Testing

/// Fingerprints restored from a snapshot are read where it holds them until a line of their device
/// changes; read there or copied out, they must answer as the ones admitted line by line.
@Suite struct KnownOperationsTests {
    /// Every answer the store asks for, for a device's numbers 1 to 12 and one far past them.
    func answers(_ k: KnownOperations, _ device: String) -> [String] {
        (Array(UInt32(1)...12) + [.max]).map { seq in "\(seq): \(k.contains(device, seq)) \(k.fingerprint(device, seq) ?? 0)" }
            + ["last \(k.last(device))", "count \(k.count(device))", "devices \(k.devices)"]
    }

    @Test func fingerprintsReadWhereTheSnapshotHoldsThemAnswerAsAdmittedOnes() throws {
        var admitted = KnownOperations()
        for seq in [1, 2, 3, 5, 8] as [UInt32] { _ = admitted.admit("lapa", seq, hash: 100 + UInt64(seq)) }
        _ = admitted.admit("lapa", .max, hash: 7)
        _ = admitted.admit("lapb", 1, hash: 9)
        // The snapshot's header as written, mapped as a store maps it.
        var bytes: [UInt8] = [0xEE]
        var ranges: [Range<Int>] = []
        for (_, lines, _) in admitted.all {
            let start = bytes.count
            for line in lines { withUnsafeBytes(of: line.littleEndian) { bytes += $0 } }
            ranges.append(start..<bytes.count)
        }
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
        memory.copyBytes(from: bytes)
        let source = SnapshotSource(bytes: UnsafeRawBufferPointer(memory)) { memory.deallocate() }
        var restored = KnownOperations()
        for ((device, _, apart), range) in zip(admitted.all, ranges) {
            restored.restore(device, StoredFingerprints(source, range), apart: apart)
        }
        for device in ["lapa", "lapb", "lapc"] { #expect(answers(restored, device) == answers(admitted, device), "\(device)") }
        #expect(restored.all.map(\.lines) == admitted.all.map(\.lines))
        // A repeat, two contents, and new lines (one filling a gap): the device's fingerprints are
        // then copied out and changed, the other device's still read where they lie.
        let verdicts = [(UInt32(2), UInt64(102)), (3, 1), (4, 104), (13, 113)].map { seq, hash in
            (restored.admit("lapa", seq, hash: hash), admitted.admit("lapa", seq, hash: hash))
        }
        #expect(verdicts.map(\.0) == verdicts.map(\.1))
        #expect(verdicts.map(\.0) == [.repeated, .conflicting, .new, .new])
        restored.replace("lapb", 1, hash: 10)
        admitted.replace("lapb", 1, hash: 10)
        for device in ["lapa", "lapb"] { #expect(answers(restored, device) == answers(admitted, device), "\(device) after changes") }
    }
}

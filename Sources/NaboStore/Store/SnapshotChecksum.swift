/// The fingerprint of each 8 MB of the snapshot's records, checked as they are read. Four
/// independent lanes over 32-byte strides, so the processor works on four multiplications at once
/// instead of waiting on one chain (`LineHash`'s, fine for a line, is four times slower here).
enum SnapshotChecksum {
    /// One fingerprint per `piece` bytes of parts that lie one after another in the file, the last
    /// piece what is left: a piece across two parts is copied to be read whole, the others are read
    /// where they are.
    static func pieces(_ parts: [[UInt8]]) -> [UInt64] {
        let total = parts.reduce(0) { $0 + $1.count }
        var ends: [Int] = []
        for part in parts { ends.append((ends.last ?? 0) + part.count) }
        return stride(from: 0, to: total, by: piece).map { start in
            let end = min(total, start + piece)
            let first = ends.firstIndex { $0 > start }!, begins = first == 0 ? 0 : ends[first - 1]
            if end <= ends[first] {
                return parts[first].withUnsafeBytes { of(UnsafeRawBufferPointer(rebasing: $0[(start - begins)..<(end - begins)])) }
            }
            var joined: [UInt8] = []
            joined.reserveCapacity(end - start)
            for (i, part) in parts.enumerated() {
                let lower = i == 0 ? 0 : ends[i - 1]
                let from = max(start, lower), to = min(end, ends[i])
                if from < to { joined += part[(from - lower)..<(to - lower)] }
            }
            return joined.withUnsafeBytes { of($0) }
        }
    }

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)
        let count = bytes.count
        var i = 0
        if let base = bytes.baseAddress {
            while i + 32 <= count {
                lanes.0 = mix(lanes.0, base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                lanes.1 = mix(lanes.1, base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
                lanes.2 = mix(lanes.2, base.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
                lanes.3 = mix(lanes.3, base.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
                i += 32
            }
        }
        var h = UInt64(count)
        for lane in [lanes.0, lanes.1, lanes.2, lanes.3] { h = mix(h, lane) }
        while i < count {
            h = mix(h, UInt64(bytes[i]))
            i += 1
        }
        return h
    }

    static let piece = 8 << 20

    private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let m = (h ^ word) &* 0x100_0000_01B3 &+ 0xBF58_476D_1CE4_E5B9
        return m ^ (m >> 29)
    }
}

import NaboCore

/// Checks that every offset and length in a ZIP's central directory lies inside the file, before
/// ZIPFoundation reads it, and finds where each entry's data starts.
///
/// ZIPFoundation's in-memory archive trusts these numbers: a seek past the end of the data makes
/// its next read trap (a negative range), so a crafted or cut-off .xlsx would crash Nabo. This is
/// no ZIP reader of its own: it walks the directory as ZIPFoundation will and refuses what would
/// take it outside the bytes. ZIP64 is refused: an .xlsx within Nabo's size limit never needs it.
struct ZipBounds {
    struct Entry {
        var dataOffset: Int
        var compressedSize: Int
        var uncompressedSize: Int
        var method: UInt16
        var checksum: UInt32
    }

    /// The entries in central directory order, the order ZIPFoundation iterates them in.
    let entries: [Entry]

    static let entryLimit = 10_000

    init(_ bytes: [UInt8]) throws(Message) {
        let size = bytes.count
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let damaged = WorkbookFailure.damaged("ZIP")

        // The end record as ZIPFoundation finds it: the last signature within the comment's reach.
        let eocdSize = 22
        guard size >= eocdSize else { throw WorkbookFailure.notExcel }
        var end: Int?
        var at = size - eocdSize
        while at >= max(0, size - eocdSize - 0xFFFF) {
            if u32(at) == 0x0605_4B50 { end = at; break }
            at -= 1
        }
        guard let end else { throw WorkbookFailure.notExcel }
        if end >= 20, u32(end - 20) == 0x0706_4B50 { throw damaged }
        let count = u16(end + 10)
        var position = u32(end + 16)
        guard count <= Self.entryLimit, u16(end + 20) <= size - end - eocdSize else { throw damaged }

        var entries: [Entry] = []
        for _ in 0..<count {
            let header = position
            guard header <= size - 46, u32(header) == 0x0201_4B50 else { throw damaged }
            let method = u16(header + 10), checksum = u32(header + 16)
            let compressed = u32(header + 20), uncompressed = u32(header + 24), local = u32(header + 42)
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else { throw damaged }
            position = header + 46 + u16(header + 28) + u16(header + 30) + u16(header + 32)
            guard position <= size, local <= size - 30, u32(local) == 0x0403_4B50 else { throw damaged }
            let dataOffset = local + 30 + u16(local + 26) + u16(local + 28)
            // A data descriptor is looked for after the data, so the data must end inside the file;
            // for a stored entry ZIPFoundation measures it by its uncompressed size.
            guard dataOffset <= size, compressed <= size - dataOffset, method != 0 || compressed == uncompressed else { throw damaged }
            entries.append(Entry(dataOffset: dataOffset, compressedSize: compressed, uncompressedSize: uncompressed,
                                 method: UInt16(method), checksum: UInt32(checksum)))
        }
        self.entries = entries
    }
}

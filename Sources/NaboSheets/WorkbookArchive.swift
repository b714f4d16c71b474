import Foundation
import NaboCore
import ZIPFoundation

/// An .xlsx opened as the ZIP it is, in memory: nothing from the archive is ever a path on the disk.
/// Each part is unpacked on request, bounded while it unpacks (a declared size is only a claim) and
/// checked against its CRC.
struct WorkbookArchive {
    static let fileLimit = 50 << 20
    static let partLimit = 100 << 20

    private let bytes: [UInt8]
    /// Part names are case-insensitive in Office files, so they are looked up lowercased.
    private let parts: [String: ZipBounds.Entry]

    init(_ bytes: [UInt8]) throws(Message) {
        guard bytes.count <= Self.fileLimit else { throw WorkbookFailure.tooLarge(limit: Self.fileLimit) }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw WorkbookFailure.oldExcel }
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { throw WorkbookFailure.notExcel }
        let bounds = try ZipBounds(bytes)
        let archive: Archive
        do { archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil) } catch { throw WorkbookFailure.notExcel }
        var parts: [String: ZipBounds.Entry] = [:]
        var count = 0
        for entry in archive {
            guard count < bounds.entries.count else { throw WorkbookFailure.damaged("ZIP") }
            if entry.type == .file { parts[entry.path.lowercased()] = parts[entry.path.lowercased()] ?? bounds.entries[count] }
            count += 1
        }
        guard count == bounds.entries.count else { throw WorkbookFailure.damaged("ZIP") }
        self.bytes = bytes
        self.parts = parts
    }

    func contains(_ path: String) -> Bool { parts[path.lowercased()] != nil }

    /// The part's bytes, nil when the archive has no such part.
    func part(_ path: String) throws(Message) -> [UInt8]? {
        guard let entry = parts[path.lowercased()] else { return nil }
        let damaged = WorkbookFailure.damaged(path)
        guard entry.uncompressedSize <= Self.partLimit else { throw WorkbookFailure.unpacksTooLarge(limit: Self.partLimit) }
        let stored = bytes[entry.dataOffset..<entry.dataOffset + entry.compressedSize]
        switch entry.method {
        case CompressionMethod.none.rawValue:
            guard Data(stored).crc32(checksum: 0) == entry.checksum else { throw damaged }
            return Array(stored)
        case CompressionMethod.deflate.rawValue:
            return try inflated(stored, entry: entry, damaged: damaged)
        default:
            throw damaged
        }
    }

    private struct Overflow: Error {}
    private struct CutShort: Error {}

    /// ZIPFoundation's inflate reads past a short last chunk (it tells zlib every chunk is full) and
    /// asks for more until the stream ends, forever once the input is used up; so every chunk given
    /// is full (the last padded with zeros, which zlib refuses as data) and asking past them fails.
    private func inflated(_ stored: ArraySlice<UInt8>, entry: ZipBounds.Entry, damaged: Message) throws(Message) -> [UInt8] {
        let chunk = 1 << 16
        var out: [UInt8] = []
        out.reserveCapacity(min(entry.uncompressedSize, Self.partLimit))
        let limit = Self.partLimit
        do {
            let checksum = try Data.decompress(size: Int64(stored.count), bufferSize: chunk, skipCRC32: false, provider: { position, _ in
                guard position < stored.count else { throw CutShort() }
                let start = stored.startIndex + Int(position)
                var piece = Data(stored[start..<min(start + chunk, stored.endIndex)])
                if piece.count < chunk { piece.append(Data(count: chunk - piece.count)) }
                return piece
            }, consumer: { data in
                guard out.count + data.count <= limit else { throw Overflow() }
                out.append(contentsOf: data)
            })
            guard checksum == entry.checksum, out.count == entry.uncompressedSize else { throw damaged }
        } catch is Overflow {
            throw WorkbookFailure.unpacksTooLarge(limit: limit)
        } catch {
            throw damaged
        }
        return out
    }
}

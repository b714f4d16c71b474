/// Bytes of a snapshot that stay valid while this object lives (the store maps the file into memory
/// and hands the mapping over; the core only reads it). A sealed snapshot's bytes become readable
/// chunk by chunk: whoever reads a range asks for it first with `ensure`.
public final class SnapshotSource: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private let release: () -> Void
    private let chunks: SnapshotChunks?

    public init(bytes: UnsafeRawBufferPointer, chunks: SnapshotChunks? = nil, release: @escaping () -> Void) {
        self.bytes = bytes
        self.chunks = chunks
        self.release = release
    }

    /// Makes `range` readable; false when it cannot be (a sealed chunk failed its check), and then
    /// those bytes must not be read.
    public func ensure(_ range: Range<Int>) -> Bool {
        chunks?.ensure(range) ?? true
    }

    /// Waits until every chunk is open; false if one failed its check.
    public func waitUntilOpen() -> Bool {
        chunks?.waitUntilOpen() ?? true
    }

    deinit { release() }
}

/// What opens a sealed snapshot's chunks when they are first read.
public protocol SnapshotChunks: AnyObject, Sendable {
    func ensure(_ range: Range<Int>) -> Bool
    func waitUntilOpen() -> Bool
}

/// Bytes of a snapshot that stay valid while this object lives (the store maps the file into memory
/// and hands the mapping over; the core only reads it). A sealed snapshot's bytes become readable
/// chunk by chunk: whoever reads a range asks for it first with `ensure`.
public final class SnapshotSource: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private let release: () -> Void
    private let chunks: SnapshotChunks?
    private let forget: ((Range<Int>) -> Void)?

    /// `forget` lets the system take back the memory of bytes already read, which it reads again
    /// from the file if they are asked for (a mapped file; never a buffer opened in memory).
    public init(bytes: UnsafeRawBufferPointer, chunks: SnapshotChunks? = nil, forget: ((Range<Int>) -> Void)? = nil, release: @escaping () -> Void) {
        self.bytes = bytes
        self.chunks = chunks
        self.forget = forget
        self.release = release
    }

    /// Gives back the memory of `range` (whole, if nil) while its bytes stay readable: an export
    /// that walks the whole snapshot then holds only what it reads lately.
    public func forgetPages(_ range: Range<Int>? = nil) {
        forget?(range ?? 0..<bytes.count)
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

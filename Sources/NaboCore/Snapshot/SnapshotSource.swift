/// Bytes of a snapshot that stay valid while this object lives (the store maps the file into memory
/// and hands the mapping over; the core only reads it).
public final class SnapshotSource: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private let release: () -> Void

    public init(bytes: UnsafeRawBufferPointer, release: @escaping () -> Void) {
        self.bytes = bytes
        self.release = release
    }

    deinit { release() }
}

/// The interface folds a large sync on a thread beside the keys. Each time glibc's allocator grows
/// or trims a heap it changes the process's memory map, and while it does, every page fault of the
/// key loop waits: with the defaults, keys waited up to 87 ms during a sync of 100,000 operations
/// (`nabo-bench --typing`). Heaps grown 64 MB at a time and trimmed only past 512 MB free make
/// those changes rare; the memory stays with the process for the next sync.
public enum InterfaceMemory {
    public static func tune() {
        #if os(Linux)
        _ = mallopt(topPad, 64 << 20)
        _ = mallopt(trimThreshold, 512 << 20)
        #endif
    }

    #if os(Linux)
    // <malloc.h> is not part of Swift's Glibc module; its two settings and their numbers are.
    private static let trimThreshold: Int32 = -1
    private static let topPad: Int32 = -2
    #endif
}

#if os(Linux)
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

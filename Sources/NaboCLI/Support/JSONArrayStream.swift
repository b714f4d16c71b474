import Foundation
import NaboCore

/// A JSON array written to standard output as its items come, in pieces of 64 KB, so an export of
/// half a million records never holds its whole text. C's buffered streams are flushed before
/// each piece, so lines `print` wrote before stay before it.
struct JSONArrayStream {
    private var writer = JSONWriter(reservingCapacity: 1 << 17)
    private var count = 0

    init() { writer.raw("[") }

    mutating func append(_ pairs: [(String, JSONValue)]) {
        append { w in
            w.object(pairs)
            return true
        }
    }

    /// An item `write` writes as it will; one it says is not there (false) leaves no trace.
    mutating func append(_ write: (inout JSONWriter) -> Bool) {
        let start = writer.bytes.count
        if count > 0 { writer.raw(",") }
        writer.raw("\n  ")
        guard write(&writer) else { return writer.truncate(to: start) }
        count += 1
        if writer.bytes.count >= 1 << 16 { flush() }
    }

    /// Closes the array and ends its line.
    mutating func finish() {
        if count > 0 { writer.raw("\n") }
        writer.raw("]\n")
        flush()
    }

    private mutating func flush() {
        fflush(nil)
        writer.bytes.withUnsafeBytes { all in
            var done = 0
            while done < all.count {
                let n = write(STDOUT_FILENO, all.baseAddress! + done, all.count - done)
                if n < 0 && errno == EINTR { continue }
                // A reader that went away (a closed pipe) ends the export; nothing is left to tell.
                guard n > 0 else { return }
                done += n
            }
        }
        writer.clear()
    }
}

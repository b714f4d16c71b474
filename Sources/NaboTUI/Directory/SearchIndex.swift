/// The folded search keys of one table's rows in one buffer, so that a keystroke's search over
/// tens of thousands of residents is a scan of bytes, not of strings.
///
/// A query matches a row when every word of it occurs somewhere in the row's key. Typing one more
/// character therefore only ever removes rows, and the caller filters the previous result
/// instead of the whole table.
public struct SearchIndex: Sendable {
    private var bytes: [UInt8] = []
    /// Where each row's key starts in `bytes`; one entry more than there are rows.
    private var starts: [Int] = [0]

    public init() {}

    public init(keys: some Sequence<[UInt8]>) {
        for key in keys {
            append(key)
        }
    }

    public mutating func append(_ key: [UInt8]) {
        bytes += key
        starts.append(bytes.count)
    }

    /// The candidates, in their order, whose key holds every word of the query.
    public func filter(_ candidates: [Int], query: String) -> [Int] {
        let words = SearchQuery.words(query)
        guard !words.isEmpty else { return candidates }
        return bytes.withUnsafeBufferPointer { buffer in
            candidates.filter { row in
                let key = UnsafeBufferPointer(rebasing: buffer[starts[row]..<starts[row + 1]])
                return words.allSatisfy { SearchQuery.occurs($0, in: key) }
            }
        }
    }
}

/// Queries as the search box takes them: words, folded as the keys are.
public enum SearchQuery {
    public static func words(_ query: String) -> [[UInt8]] {
        query.split(separator: " ").map { TextFolding.searchKey($0) }.filter { !$0.isEmpty }
    }

    /// Whether every word occurs in `key`, for lists short enough to fold their keys as they are
    /// searched.
    public static func matches(_ words: [[UInt8]], key: [UInt8]) -> Bool {
        key.withUnsafeBufferPointer { buffer in words.allSatisfy { occurs($0, in: buffer) } }
    }

    static func occurs(_ word: [UInt8], in key: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = word.count
        guard length <= key.count, let first = word.first else { return length == 0 }
        var start = 0
        let last = key.count - length
        while start <= last {
            if key[start] == first {
                var offset = 1
                while offset < length, key[start + offset] == word[offset] { offset += 1 }
                if offset == length { return true }
            }
            start += 1
        }
        return false
    }
}

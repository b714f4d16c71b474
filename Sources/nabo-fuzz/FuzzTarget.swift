import Foundation
import NaboCore
import NaboStore

/// One input through everything that reads a sync folder's bytes: the JSON parser, the line decoder,
/// and a store opened with the input as its only journal. A crash, or a decoded line that reads
/// differently once written again, is a finding.
enum FuzzTarget {
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var parser = JSONParser(bytes)
        _ = try? parser.value()
        _ = try? JSONParser.parse(String(decoding: bytes, as: UTF8.self))
        var readable = false
        for line in bytes.split(separator: 0x0A) {
            let b = UnsafeBufferPointer(rebasing: line)
            _ = try? JournalLine.decode(b)
            guard let op = try? JournalLine.decode(b, fromSyncFolder: true) else { continue }
            let again = JournalLine.encode(op).dropLast().withUnsafeBufferPointer { try? JournalLine.decode($0, fromSyncFolder: true) }
            precondition(again == op, "a decoded line, written again, reads differently")
            precondition(String(validating: b, as: UTF8.self) != nil, "a line from a sync folder that is not UTF-8 decodes")
            precondition(OpID.isValidDevice(op.id.device), "an id outside the grammar decodes")
            readable = true
        }
        // Opening a store is most of the cost (the reader's 8 MB buffer, fresh pages each time under
        // the address sanitizer), and one with nothing readable would only report damage.
        guard readable else { return }
        // Plain write(2): Foundation's Data.write also calls fsync, which costs and proves nothing here.
        let fd = open(journal, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { fatalError("nabo-fuzz: cannot write \(journal)") }
        _ = write(fd, bytes.baseAddress, bytes.count)
        close(fd)
        // Read-only: nothing is set aside or truncated, so every input starts from the same store.
        _ = try? Store(data, stateHome: scratch + "/state", readOnly: true, useSnapshot: false)
    }

    /// A store made once per process (the fuzzer may run several), removed at exit.
    static let scratch = FileManager.default.temporaryDirectory.path + "/nabo-fuzz-\(getpid())"
    static let data: String = {
        do {
            _ = try Store.initialise(scratch + "/data", worker: "Fuzz", stateHome: scratch + "/state")
        } catch {
            fatalError("nabo-fuzz: cannot make a store in \(scratch): \(error)")
        }
        atexit { try? FileManager.default.removeItem(atPath: FuzzTarget.scratch) }
        return scratch + "/data"
    }()
    static let journal = data + "/journal/fuzz.jsonl"
}

import Foundation
import NaboCore
import NaboStore

let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/tmp/big/d"
let state = "/tmp/bench-state"
var t = Date()
let s = try Store(path, stateHome: state, readOnly: true)
print("cold load", Date().timeIntervalSince(t), s.replica.operationCount)
if CommandLine.arguments.count > 2 { exit(0) }
t = Date()
var n = 0
for name in try FileManager.default.contentsOfDirectory(atPath: path + "/journal") {
    _ = try Files.forEachChunk(path + "/journal/" + name) { chunk, _ in
        var start = 0
        while start < chunk.count {
            var end = start
            while end < chunk.count, chunk[end] != 0x0A { end += 1 }
            if (try? JournalLine.decode(UnsafeBufferPointer(rebasing: chunk[start..<end]))) != nil { n += 1 }
            start = end + 1
        }
    }
}
print("parse only", Date().timeIntervalSince(t), n)
print(MemoryLayout<Register>.stride, MemoryLayout<Record>.stride, MemoryLayout<JSONValue>.stride, MemoryLayout<Head>.stride, MemoryLayout<SetRegister.Element>.stride)

import Foundation

/// A program a test needs from the system, run under `timeout` so that a hung one cannot hang
/// the suite: `timeout` runs it in its own process group and ends the whole group.
public enum Tool {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `name` with `arguments`; a missing program fails naming the package that brings it.
    @discardableResult
    public static func run(_ name: String, _ arguments: [String], package: String, seconds: Int = 60) throws -> Data {
        guard let path = which(name) else {
            throw Failure(description: "This test needs \(name) (Debian: apt-get install \(package)); .ci/run installs it.")
        }
        let folder = TempFolder("tool")
        let outPath = folder.sub("out"), errPath = folder.sub("err")
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["timeout", "-k", "5", String(seconds), path] + arguments
        // Files, not pipes: a child the program leaves behind cannot keep the test waiting on a pipe.
        p.standardOutput = FileHandle(forWritingAtPath: outPath)
        p.standardError = FileHandle(forWritingAtPath: errPath)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let errors = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self)
        guard p.terminationStatus == 0 else {
            let why = p.terminationStatus == 124 ? "did not finish within \(seconds) s" : "failed (\(p.terminationStatus))"
            throw Failure(description: "\(name) \(why): \(errors.suffix(2000))")
        }
        return (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
    }

    static func which(_ name: String) -> String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return dirs.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

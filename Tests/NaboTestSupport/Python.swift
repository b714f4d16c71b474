import Foundation

/// Independent readers for what Nabo writes: Python's csv module and the `icalendar` package from
/// PyPI (`.ci/run` installs it). A test that needs them fails, with this sentence, when they are missing.
public enum Python {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `python3 -c script` with `input` on standard input and returns standard output.
    public static func run(_ script: String, input: Data = Data()) throws -> String {
        let folder = TempFolder("python")
        let inputPath = folder.sub("input")
        try input.write(to: URL(fileURLWithPath: inputPath))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script]
        p.standardInput = FileHandle(forReadingAtPath: inputPath)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch { throw Missing(description: "python3 could not be started: \(error)") }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Missing(description: "python3 failed (\(p.terminationStatus)): " + String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Throws a clear error unless python3 can import the module.
    public static func require(_ module: String, install: String) throws {
        do {
            _ = try run("import \(module)")
        } catch {
            throw Missing(description: "This test needs python3 with the \(module) package (\(install)); .ci/run installs it. \(error)")
        }
    }

    /// CSV read back by Python's csv module (RFC 4180 rules, BOM stripped by utf-8-sig).
    public static func csvRows(_ bytes: Data, separator: String = ",") throws -> [[String]] {
        let script = """
            import csv, io, json, sys
            text = sys.stdin.buffer.read().decode('utf-8-sig')
            print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), delimiter=\(separator == ";" ? "';'" : "','"))), ensure_ascii=False))
            """
        let json = try run(script, input: bytes)
        return try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String]] ?? []
    }
}

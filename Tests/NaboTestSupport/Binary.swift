import Foundation

/// Runs the built `nabo` as a separate process, as a script or a second worker would.
public enum Binary {
    /// Beside the test binary when SwiftPM runs the tests, else in the package's own build folder.
    public static var nabo: String {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for dir in [besideTests, Bundle.main.bundleURL, package.appendingPathComponent(".build/debug")] {
            let p = dir.appendingPathComponent("nabo").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return package.appendingPathComponent(".build/debug/nabo").path
    }

    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// With a `launcher` (such as `setsid -w`), `nabo` is started through it.
    @discardableResult
    public static func run(_ args: [String], environment: [String: String] = [:], through launcher: [String] = []) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: launcher.first ?? nabo)
        p.arguments = launcher.isEmpty ? args : launcher.dropFirst() + [nabo] + args
        var env = ProcessInfo.processInfo.environment
        // Every command runs on the frozen day of `Fixed` unless a test pins another, so the demo,
        // whose dates follow today, reads the same whenever the suite runs.
        env["NABO_TODAY"] = Fixed.todayText
        env.merge(environment) { _, new in new }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

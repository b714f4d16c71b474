import Foundation

/// A fresh folder under the system's temporary directory, removed when the test is done with it.
public final class TempFolder: @unchecked Sendable {
    public let path: String

    public init(_ name: String = "nabo") {
        let base = FileManager.default.temporaryDirectory.path
        path = (base as NSString).appendingPathComponent("\(name)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func sub(_ name: String) -> String { path + "/" + name }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

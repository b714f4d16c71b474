import Foundation
import NaboTUI

/// Reads the theme files for the catalog: those shipped in the package's `themes/` folder, and
/// the user's own in `$XDG_CONFIG_HOME/nabo/themes` (else `~/.config/nabo/themes`).
enum ThemeFiles {
    static func catalog(environment: [String: String]) -> ThemeCatalog {
        ThemeCatalog(bundled: bundledFolder().map(read) ?? [:], user: read(userFolder(environment: environment)))
    }

    static func userFolder(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return config + "/nabo/themes"
        }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/nabo/themes"
    }

    /// The `themes/` folder beside the executable or in a folder above it: in a checkout the
    /// binary lives in `.build/<config>/`, in an install it may sit next to the folder. When
    /// none is found the built-in themes still work.
    static func bundledFolder() -> String? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("themes")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), isFolder.boolValue {
                return candidate.path
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// Every `NAME.json` in the folder by NAME; a missing folder has none.
    static func read(_ folder: String) -> [String: Data] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [:] }
        var files: [String: Data] = [:]
        for name in names where name.hasSuffix(".json") {
            if let data = FileManager.default.contents(atPath: folder + "/" + name) {
                files[String(name.dropLast(5))] = data
            }
        }
        return files
    }
}

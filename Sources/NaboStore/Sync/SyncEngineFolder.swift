import Foundation

/// A sync folder that a file-sync engine (Syncthing) carries between laptops. There every file
/// has one writer: two laptops writing one file make the engine keep both as conflict copies. So
/// a laptop writes only its own journal there (`Store.sync(with:ownJournalOnly:)`).
enum SyncEngineFolder {
    /// The folder, or one above it, holds Syncthing's marker `.stfolder`.
    static func isCarried(_ dir: String) -> Bool {
        var url = URL(fileURLWithPath: dir).standardizedFileURL
        for _ in 0..<64 {
            if Files.exists(url.path + "/.stfolder") { return true }
            let up = url.deletingLastPathComponent()
            if up.path == url.path { return false }
            url = up
        }
        return false
    }

    /// Nabo's temporary files are kept out of the engine, so a half-written one never travels:
    /// written into the folder that holds `.stfolder` when it has no ignore list of its own.
    static func ignoreTemporaryFiles(in dir: String) {
        guard Files.exists(dir + "/.stfolder"), !Files.exists(dir + "/.stignore") else { return }
        try? Files.replaceAtomically(dir + "/.stignore", Array("// Nabo's files while they are being written\n(?d).nabo-tmp.*\n".utf8))
    }
}

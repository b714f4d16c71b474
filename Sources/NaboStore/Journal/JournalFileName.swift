/// Which files in a journal folder are journals, told by name alone: the one rule for a data
/// folder and a sync folder, where a file-sync engine keeps files of its own beside them.
enum JournalFileName {
    /// Neither hidden (Nabo's and Syncthing's temporary files, `.syncthing.*.tmp`) nor the engine's
    /// own (`~syncthing~*.tmp`), and ending in `.jsonl`. Syncthing's `.stversions/` is a folder, and
    /// only plain files are read.
    static func isJournal(_ name: String) -> Bool {
        name.hasSuffix(".jsonl") && !name.hasPrefix(".") && !name.hasPrefix("~syncthing~")
    }

    /// The copy Syncthing keeps when two laptops changed one file: `NAME.sync-conflict-DATE-TIME-DEVICE.jsonl`.
    static func isConflictCopy(_ name: String) -> Bool {
        name.contains(".sync-conflict-")
    }
}

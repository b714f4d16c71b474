import NaboCore

/// The draft: what the interface's open form or survey holds, kept in the data folder between
/// keystrokes so that a closed terminal, a kill or a flat battery loses nothing. Sealed with the
/// store's key like everything else there, written only by the interface (which holds the lock),
/// and never synced: sync reads and writes only the journals.
extension Store {
    /// A draft is one form's text; anything larger is not one of ours.
    static let draftLimit = 1 << 20

    var draftPath: String { folder + "/draft" }

    public func writeDraft(_ plain: [UInt8]) throws(Message) {
        let bytes = keyring.map { FileSeal.seal(plain, key: $0.current, store: manifest.store, purpose: "draft") } ?? plain
        do throws(Files.Failure) {
            try Files.replaceAtomically(draftPath, bytes)
        } catch {
            throw error.message
        }
    }

    /// The draft's bytes, or nil when there is none. One that cannot be read or opened (another
    /// key, damage) is set aside in `damaged/` rather than offered, so it is neither lost nor shown.
    public func readDraft() -> [UInt8]? {
        guard let bytes = try? Files.contents(draftPath, atMost: Self.draftLimit + 1024) else { return nil }
        guard let keyring else { return bytes }
        if let plain = FileSeal.openWhole(bytes, keyring: keyring, store: manifest.store, purpose: "draft") { return plain }
        setAside(bytes, from: "draft")
        removeDraft()
        return nil
    }

    public func removeDraft() {
        Files.remove(draftPath)
    }
}

import Foundation

extension FormDraft {
    /// The draft as the runner writes it.
    public var json: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(self)).map { Array($0) } ?? []
    }

    /// A draft read back; nil for bytes that are not one (the file is ours, but a crash may have
    /// left anything, and the restore checks every id it names against the data).
    public init?(json: [UInt8]) {
        guard let draft = try? JSONDecoder().decode(FormDraft.self, from: Data(json)) else { return nil }
        self = draft
    }
}

import NaboCore

/// A sheet read for `:import`, waiting for the worker's answer: what the import would do, in the
/// words `nabo import --dry-run` uses, shown in a box over the screen.
public struct ImportPreview: Hashable, Sendable {
    /// The path as typed, which the runner holds the sheet's rows under until the answer.
    public var path: String
    /// The file's name, for the box's title.
    public var file: String
    /// The counts first, then each refused row.
    public var lines: [Message]
    public var refused: Int
    /// The sheet creates or changes something.
    public var changes: Bool
    /// The first line shown, for a summary longer than the box.
    public var firstLine = 0

    public init(path: String, file: String, lines: [Message], refused: Int, changes: Bool) {
        self.path = path
        self.file = file
        self.lines = lines
        self.refused = refused
        self.changes = changes
    }
}

/// A mouse action the terminal reported, at a screen cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click, scrollUp, scrollDown
    }

    public var row: Int
    public var column: Int
    public var kind: Kind

    public init(row: Int, column: Int, kind: Kind) {
        self.row = row
        self.column = column
        self.kind = kind
    }
}

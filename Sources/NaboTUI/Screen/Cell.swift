/// One character cell of the screen.
///
/// A two-column character lives in the left cell; the right cell is its continuation, which holds
/// no character of its own and is never sent to the terminal.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell; a space in a continuation cell.
    public var character: Character
    /// Columns the character takes: 1 or 2, or 0 for the continuation of a wide character.
    public var width: Int
    public var role: StyleRole

    public init(_ character: Character, width: Int, role: StyleRole = .normal) {
        self.character = character
        self.width = width
        self.role = role
    }

    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(" ", width: 1, role: role)
    }

    static func continuation(_ role: StyleRole) -> Cell {
        Cell(" ", width: 0, role: role)
    }

    public var isContinuation: Bool { width == 0 }

    /// What a freshly cleared terminal shows, so a full repaint can skip it.
    var isClearedBlank: Bool { self == .blank() }
}

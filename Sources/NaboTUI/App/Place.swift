/// A screen as the user left it: which row was selected and what the list was filtered by, so
/// going back returns to the same place.
public struct Place: Hashable, Sendable {
    public var screen: Screen
    public var position: ListPosition
    public var filter: ListFilter?

    public init(_ screen: Screen, position: ListPosition = ListPosition(), filter: ListFilter? = nil) {
        self.screen = screen
        self.position = position
        self.filter = filter
    }
}

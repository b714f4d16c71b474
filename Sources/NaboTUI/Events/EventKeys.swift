/// `T` (telle, tally): count an event where the screen is. Listed in the help, not on the status
/// line, which at 80 columns keeps its room for Esc, search, help and quit.
enum EventKeys {
    static let record = KeyBinding<AppAction>([.character("T")], .events(.recordStarted), help: EventText.helpRecord)
}

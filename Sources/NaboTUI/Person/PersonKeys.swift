/// The keys of a resident's rights on their screen.
enum PersonKeys {
    static let export = KeyBinding<AppAction>([.character("P")], .person(.exportRequested), help: PersonText.helpExport)
    static let erase = KeyBinding<AppAction>([.character("Z")], .person(.eraseStarted), help: PersonText.helpErase)
}

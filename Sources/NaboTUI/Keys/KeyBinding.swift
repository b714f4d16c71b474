import NaboCore

/// Keys that do one thing on a screen, with the words the help shows for it.
public struct KeyBinding<Action: Sendable>: Sendable {
    /// Every key that triggers the action; the first is the one the status line shows.
    public var keys: [Key]
    public var action: Action
    /// What the action does, in both languages, for the `?` help.
    public var help: Message
    /// A word or two for the status line, which lists the screen's main keys; nil keeps the
    /// binding in the help only.
    public var status: Message?

    public init(_ keys: [Key], _ action: Action, help: Message, status: Message? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.status = status
    }

    /// The same binding kept off the status line; the help still lists it.
    public var unlisted: KeyBinding {
        var quiet = self
        quiet.status = nil
        return quiet
    }

    /// The keys as the help lists them: "↓/j".
    public func keyLabel(_ language: Language) -> String {
        keys.map { $0.label(language) }.joined(separator: "/")
    }
}

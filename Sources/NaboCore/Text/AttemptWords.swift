/// How the attempts since a resident was last reached are told, on the command line and on screen.
public enum AttemptWords {
    /// "3 attempts, not reached since 13 Nov"; `since` is the last visit as the caller writes dates.
    public static func since(_ attempts: Int, lastVisit since: String?) -> Message {
        let nb = "\(attempts) forsøk", en = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        guard let since else { return Message(nb: "\(nb), aldri truffet", en: "\(en), never reached") }
        return Message(nb: "\(nb), ikke truffet siden \(since)", en: "\(en), not reached since \(since)")
    }
}

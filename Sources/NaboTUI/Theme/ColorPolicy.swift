/// Whether the user allows colour at all.
public enum ColorPolicy {
    /// False when NO_COLOR is set to anything but the empty string, as no-color.org asks.
    /// Whether the terminal can show colour is the terminal's to say; this is the user's wish.
    public static func colorAllowed(environment: [String: String]) -> Bool {
        guard let value = environment["NO_COLOR"] else { return true }
        return value.isEmpty
    }
}

/// A number with its noun in the form the number asks for: "1 response", "2 responses"; in bokmål
/// "1 endring", "2 endringer". Every counted noun a worker reads is written here, so none says
/// "1 responses".
public enum CountWords {
    /// "1 change" or "3 changes".
    public static func of(_ count: Int, _ one: String, _ many: String) -> String {
        "\(count) \(count == 1 ? one : many)"
    }

    /// The count in both languages.
    public static func of(_ count: Int, nb: (one: String, many: String), en: (one: String, many: String)) -> Message {
        Message(nb: of(count, nb.one, nb.many), en: of(count, en.one, en.many))
    }
}

import NaboCore

/// Which language the interface speaks, decided from the command line and the environment only,
/// so the choice is the same function in tests as in the field.
public enum LanguageChoice {
    /// The language for an explicit `--lang` value, which may also be a locale name: "nb",
    /// "en", "nb_NO.UTF-8". Nynorsk and the generic "no" get bokmål, the nearest we have.
    public static func language(named name: String) -> Language? {
        let code = name.lowercased().prefix { $0.isLetter }
        switch code {
        case "nb", "nn", "no", "norsk", "bokmål", "bokmal": return .nb
        case "en", "english", "engelsk": return .en
        default: return nil
        }
    }

    /// `--lang` if given; else the first of LC_ALL, LC_MESSAGES and LANG that is set, as POSIX
    /// orders them (nb, nn or no → bokmål); else English.
    ///
    /// A locale for any language other than Norwegian gives English: the interface has no other.
    public static func resolve(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let language = language(named: explicit) {
            return language
        }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[variable], !value.isEmpty {
                return language(named: value) == .nb ? .nb : .en
            }
        }
        return .en
    }
}

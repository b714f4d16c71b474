extension Language {
    /// The interface language: an explicit choice, else the locale variables (nb, nn or no mean
    /// bokmål), else English.
    public static func preferred(explicit: String? = nil, environment: [String: String]) -> Language {
        if let e = explicit?.lowercased() {
            if e.hasPrefix("nb") || e.hasPrefix("nn") || e.hasPrefix("no") { return .nb }
            if e.hasPrefix("en") { return .en }
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = environment[key]?.lowercased(), !v.isEmpty else { continue }
            if v.hasPrefix("nb") || v.hasPrefix("nn") || v.hasPrefix("no") { return .nb }
            return .en
        }
        return .en
    }
}

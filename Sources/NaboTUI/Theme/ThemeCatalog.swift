import Foundation
import NaboCore

/// The themes a user can choose from: the built-ins, the files shipped in `themes/`, and the
/// user's own in `$XDG_CONFIG_HOME/nabo/themes`, where a file of the same name wins.
/// The caller reads the folders; the catalog only parses, so it works the same in tests.
public struct ThemeCatalog: Sendable {
    /// File contents by theme name (the file name without `.json`).
    private let files: [String: Data]

    public init(bundled: [String: Data], user: [String: Data]) {
        self.files = bundled.merging(user) { _, users in users }
    }

    /// Every name `resolve` accepts, sorted.
    public var names: [String] {
        Set(files.keys).union(["default", "monochrome"]).sorted()
    }

    /// The theme to use, and the sentence to show the user when their choice could not be
    /// honoured. Without colour (NO_COLOR, or a terminal that has none) the monochrome theme is
    /// used whatever was asked for.
    public func resolve(_ requested: String?, colorAllowed: Bool) -> (theme: Theme, problem: Message?) {
        let wanted = colorAllowed ? (requested ?? "default") : "monochrome"
        let fallback = colorAllowed ? Theme.builtInDefault : Theme.builtInMonochrome
        guard let data = files[wanted] else {
            switch wanted {
            case "default": return (.builtInDefault, nil)
            case "monochrome": return (.builtInMonochrome, nil)
            default:
                let available = names.joined(separator: ", ")
                return (fallback, Message(
                    nb: "Fant ikke fargetemaet «\(wanted)». Bruker standardtemaet. Temaer: \(available).",
                    en: "No colour theme named “\(wanted)”. Using the default theme. Themes: \(available)."))
            }
        }
        do throws(Message) {
            return (try Theme(json: data, name: wanted), nil)
        } catch {
            let fallbackNote = Message(nb: " Bruker standardtemaet.", en: " Using the default theme.")
            return (fallback, Message(nb: error.nb + fallbackNote.nb, en: error.en + fallbackNote.en))
        }
    }
}

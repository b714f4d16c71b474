import Foundation
import NaboCore

/// The themes a user can choose from: the built-ins, and the user's own files in
/// `$XDG_CONFIG_HOME/nabo/themes`, where a file of the same name wins.
/// The caller reads the folder; the catalog only parses, so it works the same in tests.
public struct ThemeCatalog: Sendable {
    /// What each user file held by theme name (the file name without `.json`), or why it could not
    /// be read.
    private let files: [String: Result<Data, Message>]
    /// Files in the user's folder that are not taken as themes, for the message when a name is not found.
    private let ignored: Int

    /// The reader takes at most `maxFiles` files, each named by `isName`, and counts the rest as `ignored`.
    public init(user: [String: Result<Data, Message>], ignored: Int = 0) {
        self.files = user
        self.ignored = ignored
    }

    /// A theme's name reaches the screen and the `:theme` command line, so it is a plain word.
    public static func isName(_ name: String) -> Bool {
        (1...maxNameLength).contains(name.count)
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_".unicodeScalars.contains($0) }
    }

    public static let maxNameLength = 40

    /// A folder of many files would slow every start; far more than anyone keeps.
    public static let maxFiles = 100

    /// Every name `resolve` accepts, sorted.
    public var names: [String] {
        Set(files.keys).union(Theme.builtIns.map(\.name)).sorted()
    }

    /// The theme to use, and the sentence to show the user when their choice could not be
    /// honoured. Without colour (NO_COLOR, or a terminal that has none) the built-in monochrome
    /// theme is used whatever was asked for.
    public func resolve(_ requested: String?, colorAllowed: Bool) -> (theme: Theme, problem: Message?) {
        guard colorAllowed else { return (.builtInMonochrome, nil) }
        let wanted = requested ?? Theme.builtInDefault.name
        let fallbackNote = Message(nb: " Bruker standardtemaet.", en: " Using the default theme.")
        guard let file = files[wanted] else {
            if let builtIn = Theme.builtIns.first(where: { $0.name == wanted }) { return (builtIn, nil) }
            let available = names.joined(separator: ", ")
            var problem = Message(
                nb: "Fant ikke fargetemaet «\(wanted)». Bruker standardtemaet. Temaer: \(available).",
                en: "No colour theme named “\(wanted)”. Using the default theme. Themes: \(available).")
            if ignored > 0 {
                problem.nb += " \(ignored) \(ignored == 1 ? "fil" : "filer") i temamappen er ikke brukt: "
                    + "et temas filnavn er bokstaver, sifre, - og _ og .json, og mappen leses for høyst \(Self.maxFiles) temaer."
                problem.en += " \(ignored) \(ignored == 1 ? "file" : "files") in the theme folder \(ignored == 1 ? "is" : "are") not used: "
                    + "a theme's file name is letters, digits, - and _ and .json, and at most \(Self.maxFiles) themes are read."
            }
            return (.builtInDefault, problem)
        }
        do throws(Message) {
            return (try Theme(json: file.get(), name: wanted), nil)
        } catch {
            return (.builtInDefault, Message(nb: error.nb + fallbackNote.nb, en: error.en + fallbackNote.en))
        }
    }
}

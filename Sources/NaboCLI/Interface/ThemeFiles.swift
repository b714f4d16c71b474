import Foundation
import NaboCore
import NaboStore
import NaboTUI

/// Reads the user's own theme files for the catalog, from `$XDG_CONFIG_HOME/nabo/themes` (else
/// `~/.config/nabo/themes`). The built-in themes need no file.
enum ThemeFiles {
    static func catalog(environment: [String: String]) -> ThemeCatalog {
        let (files, ignored) = read(userFolder(environment: environment))
        return ThemeCatalog(user: files, ignored: ignored)
    }

    static func userFolder(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return config + "/nabo/themes"
        }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/nabo/themes"
    }

    /// Every `NAME.json` in the folder by NAME, up to `ThemeCatalog.maxFiles` of them, with what it
    /// holds or why it could not be read; `ignored` counts the `.json` files not taken. A missing
    /// folder has none.
    static func read(_ folder: String) -> (files: [String: Result<Data, Message>], ignored: Int) {
        let names = Files.list(folder).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        let taken = names.filter(ThemeCatalog.isName).prefix(ThemeCatalog.maxFiles)
        var files: [String: Result<Data, Message>] = [:]
        for name in taken {
            do throws(Files.Failure) {
                files[name] = .success(Data(try Files.userFile(folder + "/" + name + ".json", atMost: Theme.maxBytes)))
            } catch {
                files[name] = .failure(Message(nb: "Fargetemaet «\(name)» blir ikke brukt. \(error.message.nb)",
                                               en: "The colour theme “\(name)” is not used. \(error.message.en)"))
            }
        }
        return (files, names.count - taken.count)
    }
}

import Foundation

/// Where data lives on this machine: `$XDG_DATA_HOME/nabo`, else `~/.local/share/nabo`; the demo has
/// its own folder so that trying Nabo never touches real data.
public enum DataFolder {
    public static func defaultPath(demo: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let name = demo ? "nabo-demo" : "nabo"
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/" + name }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/" + name
    }

    /// Per-machine state kept outside the data folder (the device id), so a copied folder gets a new one.
    public static func stateHome(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return xdg + "/nabo" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/nabo"
    }
}

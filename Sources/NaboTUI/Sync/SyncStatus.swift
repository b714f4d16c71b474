import NaboCore

/// What the status line says about the automatic sync with the named folder.
public enum SyncStatus: Hashable, Sendable {
    /// A sync runs; past its first second, how far it has read (0...1).
    case syncing(fraction: Double?)
    /// The last sync ended well this many minutes ago, bringing these changes from these workers.
    case synced(minutesAgo: Int, changes: Int, from: [String])
    /// The last try failed (the message line said why, once); the last good one, if any.
    case failing(lastGoodMinutesAgo: Int?)

    /// The words on the status line.
    public var text: Message {
        switch self {
        case .syncing(nil):
            return Message(nb: "synkroniserer …", en: "syncing …")
        case .syncing(let fraction?):
            let bar = Self.bar(fraction, width: 10)
            let percent = Int((fraction * 100).rounded(.down))
            return Message(nb: "synkroniserer \(bar) \(percent) %", en: "syncing \(bar) \(percent) %")
        case .synced(let minutes, let changes, let from):
            var nb = "synkronisert " + Self.ago(minutes, nb: true)
            var en = "synced " + Self.ago(minutes, nb: false)
            if changes > 0 {
                let who = from.isEmpty ? "" : from.joined(separator: ", ")
                nb += " · " + CountWords.of(changes, "endring", "endringer") + (who.isEmpty ? "" : " fra " + who)
                en += " · " + CountWords.of(changes, "change", "changes") + (who.isEmpty ? "" : " from " + who)
            }
            return Message(nb: nb, en: en)
        case .failing(let minutes):
            guard let minutes else { return Message(nb: "synk feilet", en: "sync failed") }
            return Message(nb: "synk feilet · sist synkronisert " + Self.ago(minutes, nb: true),
                           en: "sync failed · last synced " + Self.ago(minutes, nb: false))
        }
    }

    static func ago(_ minutes: Int, nb: Bool) -> String {
        switch minutes {
        case ..<1: nb ? "nå nettopp" : "just now"
        case ..<60: nb ? "for \(minutes) min siden" : "\(minutes) min ago"
        default: nb ? "for \(minutes / 60) t siden" : "\(minutes / 60) h ago"
        }
    }

    /// A bar of `width` cells, filled as far as `fraction`.
    static func bar(_ fraction: Double, width: Int) -> String {
        let filled = max(0, min(width, Int((fraction * Double(width)).rounded(.down))))
        return "▕" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "▏"
    }
}

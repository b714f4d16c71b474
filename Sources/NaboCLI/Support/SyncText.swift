import NaboCore
import NaboStore

/// What `nabo sync` says about the named sync folder.
enum SyncText {
    static func named(_ f: NamedSyncFolder) -> Message {
        let engine = f.ownJournalOnly
            ? Message(nb: " Bare denne maskinens egen journal skrives dit.", en: " Only this laptop's own journal is written there.")
            : Message(nb: "", en: "")
        return Message(nb: "Synkmappe: \(f.folder). Grensesnittet synkroniserer med den av seg selv.\(engine.nb)",
                       en: "Sync folder: \(f.folder). The interface syncs with it on its own.\(engine.en)")
    }

    static func forgotten(_ f: NamedSyncFolder) -> Message {
        Message(nb: "Nabo synkroniserer ikke lenger med \(f.folder) av seg selv. Mappen og det som er i den, er urørt.",
                en: "Nabo no longer syncs with \(f.folder) on its own. The folder and what it holds are untouched.")
    }

    static let interfaceSyncs = Message(
        nb: "Nabo er åpen på denne maskinen og synkroniserer selv; venter til den lukkes.",
        en: "Nabo is open on this laptop and syncs itself; waiting until it is closed.")

    static let syncing = Message(nb: "Synkroniserer", en: "Syncing")

    static let noneNamed = Message(nb: "Ingen synkmappe var valgt.", en: "No sync folder was named.")

    static let noFolder = Message(
        nb: "Ingen synkmappe er valgt. Velg en med nabo sync --set MAPPE, eller synkroniser én gang med nabo sync MAPPE.",
        en: "No sync folder is named. Name one with nabo sync --set FOLDER, or sync once with nabo sync FOLDER.")
}

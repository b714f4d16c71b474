import Foundation
import NaboCore

/// What a sync did, for the worker and for scripts.
public struct SyncReport: Equatable, Sendable {
    public var received = 0
    public var sent = 0
    public var newConflicts = 0
    public var damage: [Damage] = []
    public var filesRead = 0
    public var filesSkipped = 0
    /// Devices whose changes are dated more than a day ahead of this laptop's clock.
    public var ahead: [Ahead] = []
    /// Set when this laptop found another writing as the same device and took a new id.
    public var newDevice: NewDevice?
    /// Sealed lines under data keys this laptop was given no grant for (another store's, or a
    /// rotation whose keys have not reached this laptop's slot).
    public var sealedForOtherKeys = 0
    /// The folder was plain and this encrypted laptop sealed it.
    public var turned = false
    /// Erasures received by this sync and applied here.
    public var erasures = 0
    /// Changes about an erased person made without knowing of the erasure (here or on a laptop
    /// that had not received it yet), dropped.
    public var erasedDropped = 0
    /// Only this laptop's own journal was written (a folder a sync engine carries, or asked for).
    public var ownJournalOnly = false
    /// A sync engine's conflict copies whose every change the folder's journals now hold, removed.
    public var conflictCopiesRemoved = 0
    /// Who the changes received were made by (the worker names recorded with them), most first.
    public var receivedFrom: [String] = []
    var receivedByDevice: [String: Int] = [:]

    public struct Ahead: Equatable, Sendable {
        public init(device: String, worker: String?, count: Int, latest: HLC) {
            self.device = device
            self.worker = worker
            self.count = count
            self.latest = latest
        }

        public var device: String
        public var worker: String?
        public var count: Int
        public var latest: HLC
    }

    public struct NewDevice: Equatable, Sendable {
        public var rewritten: Int
    }

    public init() {}

    public var message: Message {
        var nb = "Synkronisert: \(CountWords.of(received, "endring", "endringer")) mottatt, \(sent) sendt"
        var en = "Synced: \(CountWords.of(received, "change", "changes")) received, \(sent) sent"
        if newConflicts > 0 {
            nb += ", \(CountWords.of(newConflicts, "ny konflikt", "nye konflikter")) å avgjøre"
            en += ", \(CountWords.of(newConflicts, "new conflict", "new conflicts")) to resolve"
        }
        if !damage.isEmpty {
            nb += ", \(CountWords.of(damage.count, "skadd linje", "skadde linjer")) hoppet over (lagt til side)"
            en += ", \(CountWords.of(damage.count, "damaged line", "damaged lines")) skipped (set aside)"
        }
        return Message(nb: nb + ".", en: en + ".")
    }

    /// One line for each thing a worker should know beyond the counts.
    public var notices: [Message] {
        var out: [Message] = []
        if turned {
            out.append(Message(
                nb: "Synkmappen var ukryptert og er nå kryptert. Maskiner som ennå ikke er krypterte, blir med med nabo encrypt --join MAPPE.",
                en: "The sync folder was not encrypted and now is. Laptops not yet encrypted join it with nabo encrypt --join FOLDER."))
        }
        if erasures > 0 {
            out.append(Message(
                nb: "\(CountWords.of(erasures, "sletting", "slettinger")) av beboere er mottatt: alt om dem er fjernet fra denne maskinen og fra synkmappen.",
                en: "\(CountWords.of(erasures, "erasure", "erasures")) of residents received: everything about them is removed from this laptop and from the sync folder."))
        }
        if erasedDropped > 0 {
            out.append(Message(
                nb: "\(CountWords.of(erasedDropped, "endring", "endringer")) om en beboer som er slettet, er forkastet: \(erasedDropped == 1 ? "den" : "de") ble gjort før slettingen nådde maskinen \(erasedDropped == 1 ? "den" : "de") ble gjort på.",
                en: "\(CountWords.of(erasedDropped, "change", "changes")) about an erased resident \(erasedDropped == 1 ? "was" : "were") dropped: made before the erasure reached the laptop \(erasedDropped == 1 ? "it was" : "they were") made on."))
        }
        out += ahead.map(Self.aheadNotice)
        if sealedForOtherKeys > 0 {
            out.append(Message(
                nb: "\(CountWords.of(sealedForOtherKeys, "endring", "endringer")) i synkmappen er låst med nøkler denne maskinen ikke har fått. \(sealedForOtherKeys == 1 ? "Den" : "De") er lagt til side. Be en kollega synkronisere med mappen, eller legg til nøkkelen din på nytt (nabo key add).",
                en: "\(CountWords.of(sealedForOtherKeys, "change", "changes")) in the sync folder \(sealedForOtherKeys == 1 ? "is" : "are") locked with keys this laptop was not given. \(sealedForOtherKeys == 1 ? "It was" : "They were") set aside. Ask a colleague to sync with the folder, or have your key added again (nabo key add)."))
        }
        if let n = newDevice {
            out.append(Message(
                nb: "En annen maskin skrev som om den var denne (kanskje en hjemmemappe lagt tilbake fra sikkerhetskopi). Denne maskinen skriver nå under en ny id, og \(CountWords.of(n.rewritten, "endring", "endringer")) er lagret på nytt under den, så arbeidet fra begge maskinene er tatt vare på.",
                en: "Another laptop was writing as if it were this one (perhaps a home folder restored from a backup). This laptop now writes under a new id, and \(CountWords.of(n.rewritten, "change was", "changes were")) saved again under it, so both laptops' work is kept."))
        }
        return out
    }

    /// Changes from a laptop whose clock runs more than a day ahead: kept, not followed.
    public static func aheadNotice(_ a: Ahead) -> Message {
        let who = a.worker.map { "\($0) (\(a.device))" } ?? a.device
        let day = Self.day(a.latest)
        return Message(
            nb: "\(CountWords.of(a.count, "endring", "endringer")) fra \(who) er datert mer enn et døgn fram i tid (til \(day)). De er tatt vare på, men klokken på denne maskinen er ikke flyttet. Sjekk klokken på den maskinen.",
            en: "\(CountWords.of(a.count, "change", "changes")) from \(who) \(a.count == 1 ? "is" : "are") dated more than a day ahead (up to \(day)). \(a.count == 1 ? "It is" : "They are") kept, but this laptop's clock was not moved. Check the clock on that laptop.")
    }

    static func day(_ clock: HLC) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_GB_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date(timeIntervalSince1970: Double(clock.millis) / 1000))
    }
}


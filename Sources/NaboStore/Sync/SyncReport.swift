import NaboCore

/// What a sync did, for the worker and for scripts.
public struct SyncReport: Equatable, Sendable {
    public var received = 0
    public var sent = 0
    public var newConflicts = 0
    public var damage: [Damage] = []
    public var filesRead = 0
    public var filesSkipped = 0

    public init() {}

    public var message: Message {
        var nb = "Synkronisert: \(received) endringer mottatt, \(sent) sendt"
        var en = "Synced: \(received) changes received, \(sent) sent"
        if newConflicts > 0 {
            nb += ", \(newConflicts) nye konflikter å avgjøre"
            en += ", \(newConflicts) new conflicts to resolve"
        }
        if !damage.isEmpty {
            nb += ", \(damage.count) skadde linjer hoppet over (lagt til side)"
            en += ", \(damage.count) damaged lines skipped (set aside)"
        }
        return Message(nb: nb + ".", en: en + ".")
    }
}

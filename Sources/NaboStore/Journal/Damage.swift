import NaboCore

/// Something in a journal that could not be used as it stands. The bytes are kept aside, never
/// dropped, and the report names the file and line but none of the line's content.
public struct Damage: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// An unfinished last line: a crash or a full disk in the middle of an append.
        case tornLine = "torn-line"
        /// A line that is not a readable operation.
        case garbledLine = "garbled-line"
        /// One operation id with two different contents.
        case conflictingCopy = "conflicting-copy"
    }

    public var kind: Kind
    public var file: String
    public var line: Int

    public var message: Message {
        switch kind {
        case .tornLine:
            Message(nb: "\(file): siste linje (\(line)) var ikke ferdig skrevet og er lagt til side.",
                    en: "\(file): the last line (\(line)) was not finished and was set aside.")
        case .garbledLine:
            Message(nb: "\(file): linje \(line) kan ikke leses og ble hoppet over.", en: "\(file): line \(line) cannot be read and was skipped.")
        case .conflictingCopy:
            Message(nb: "\(file): linje \(line) har samme id som en annen endring, men annet innhold. Begge er tatt vare på; den første gjelder.",
                    en: "\(file): line \(line) has the same id as another change but different content. Both are kept; the first one counts.")
        }
    }
}

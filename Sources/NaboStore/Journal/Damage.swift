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
        /// A line longer than any Nabo writes (`JournalLine.maxBytes`): not parsed.
        case overlongLine = "overlong-line"
        /// A line that is not UTF-8 or holds control characters a terminal would act on.
        case badText = "bad-text"
        /// A sealed line whose seal does not hold: altered, moved to another id, or from another store.
        case tampered = "tampered"
        /// A sealed line under a data key this laptop holds no grant for.
        case sealedForOtherKeys = "sealed-for-other-keys"
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    /// The operation, for one id with two contents.
    public var op: OpID?

    public init(kind: Kind, file: String, line: Int, op: OpID? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.op = op
    }

    public var message: Message {
        switch kind {
        case .tornLine:
            Message(nb: "\(file): siste linje (\(line)) var ikke ferdig skrevet og er lagt til side.",
                    en: "\(file): the last line (\(line)) was not finished and was set aside.")
        case .garbledLine:
            Message(nb: "\(file): linje \(line) kan ikke leses og ble hoppet over.", en: "\(file): line \(line) cannot be read and was skipped.")
        case .conflictingCopy:
            Message(nb: "\(file): linje \(line) har samme id (\(op?.description ?? "?")) som en annen endring, men annet innhold. Den ene er lagt til side; alle maskiner beholder den samme.",
                    en: "\(file): line \(line) has the same id (\(op?.description ?? "?")) as another change but different content. One was set aside; every laptop keeps the same one.")
        case .overlongLine:
            Message(nb: "\(file): linje \(line) er for lang til å være en endring og ble lagt til side.",
                    en: "\(file): line \(line) is too long to be a change and was set aside.")
        case .tampered:
            Message(nb: "\(file): linje \(line) er forseglet, men forseglingen holder ikke (endret, flyttet eller fra et annet datasett). Den er lagt til side.",
                    en: "\(file): line \(line) is sealed, but the seal does not hold (altered, moved, or from another store). It was set aside.")
        case .sealedForOtherKeys:
            Message(nb: "\(file): linje \(line) er forseglet med en nøkkel denne maskinen ikke har fått. Den er lagt til side.",
                    en: "\(file): line \(line) is sealed with a key this laptop was not given. It was set aside.")
        case .badText:
            Message(nb: "\(file): linje \(line) har tegn som ikke er vanlig tekst og ble lagt til side.",
                    en: "\(file): line \(line) holds characters that are not plain text and was set aside.")
        }
    }
}

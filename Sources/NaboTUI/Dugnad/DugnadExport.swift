/// The files a dugnad can be written as from its screen (`E`); the runner writes them into the
/// documents folder under the names `DugnadFileName` suggests.
public enum DugnadExport: String, CaseIterable, Hashable, Sendable {
    case notice, sms, calendar, contactsCSV, contactsVCard
}

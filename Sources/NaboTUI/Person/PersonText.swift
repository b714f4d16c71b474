import NaboCore

/// The words of a resident's rights in the interface.
enum PersonText {
    static let helpExport = Message(nb: "Innsyn: alt Nabo har om beboeren, til en fil", en: "Innsyn: everything Nabo holds about the resident, to a file")
}

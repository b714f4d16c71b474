import NaboCore

/// The words of a resident's rights in the interface.
enum PersonText {
    static let helpErase = Message(nb: "Slett alt Nabo har om beboeren, på alle maskiner (kan ikke angres)",
                                   en: "Erase everything Nabo holds about the resident, on every laptop (cannot be undone)")
    static let eraseTitle = Message(nb: "Slette beboeren for godt", en: "Erase the resident for good")
    static let reasonLabel = Message(nb: "Hvorfor", en: "Why")
    static let confirmLabel = Message(nb: "Skriv navnet", en: "Type the name")
    static let eraseHint = Message(nb: "Kan ikke angres. P tar ut innsyn først. Ctrl-S sletter · Esc avbryter",
                                   en: "Cannot be undone. P exports first. Ctrl-S erases · Esc cancels")
    static let nameDiffers = Message(nb: "Navnet stemmer ikke med beboeren; skriv det slik det står øverst.",
                                     en: "The name does not match the resident; type it as it stands above.", field: "name")
    static let reasonMissing = Message(nb: "Skriv hvorfor beboeren slettes, for kvitteringen.", en: "Say why the resident is erased, for the receipt.",
                                       field: "reason")

    static let helpExport = Message(nb: "Innsyn: alt Nabo har om beboeren, til en fil", en: "Innsyn: everything Nabo holds about the resident, to a file")
}

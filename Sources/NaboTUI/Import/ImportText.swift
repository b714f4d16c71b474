import NaboCore

/// The words of the import's preview.
enum ImportText {
    static func title(_ file: String) -> Message {
        Message(nb: "Import av \(file)", en: "Import of \(file)")
    }

    /// The question on the message line; the box says what each answer does.
    static func question(_ preview: ImportPreview) -> Message {
        Message(nb: "Importere \(preview.file)? j ja · n nei", en: "Import \(preview.file)? y yes · n no")
    }

    /// The box's last line: what yes does.
    static func answer(_ preview: ImportPreview) -> Message {
        let refused = CountWords.of(preview.refused, nb: ("avvist rad", "avviste rader"), en: ("refused row", "refused rows"))
        let toFile = Message(nb: "\(refused.nb) til en fil ved siden av arket, til å rette", en: "\(refused.en) to a file beside the sheet, to correct")
        switch (preview.changes, preview.refused > 0) {
        case (true, false):
            return Message(nb: "j importerer arket som én endring; u angrer den.", en: "y imports the sheet as one change; u undoes it.")
        case (true, true):
            return Message(nb: "j importerer resten som én endring (u angrer den) og skriver \(toFile.nb).",
                           en: "y imports the rest as one change (u undoes it) and writes the \(toFile.en).")
        case (false, _):
            return Message(nb: "Ingenting annet er å endre; j skriver \(toFile.nb).", en: "Nothing else is to change; y writes the \(toFile.en).")
        }
    }

    static let cancelled = Message(nb: "Ingenting er importert.", en: "Nothing was imported.")

    static let helpConfirm = Message(nb: "Importer arket slik boksen viser", en: "Import the sheet as the box shows")
    static let statusConfirm = Message(nb: "importer", en: "import")
    static let helpCancel = Message(nb: "Ikke importer", en: "Do not import")

    static func more(_ count: Int) -> Message {
        Message(nb: "… \(count) linjer til (↓)", en: "… \(count) more lines (↓)")
    }
}

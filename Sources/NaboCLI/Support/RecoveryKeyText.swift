import NaboCore

/// How a new recovery key is shown, by `nabo init`, `nabo encrypt` and the interface's first start:
/// once, with what it is for.
enum RecoveryKeyText {
    static func shown(_ key: String) -> Message {
        Message(
            nb: "Gjenopprettingsnøkkel (vises bare nå; skriv den ned og legg den i kontorets safe):\n\n    \(key)\n\nMed den kan datamappen åpnes om alle passord er glemt (nabo key recover).",
            en: "Recovery key (shown only now; write it down and keep it in the office safe):\n\n    \(key)\n\nIt opens the data folder if every passphrase is forgotten (nabo key recover).")
    }
}

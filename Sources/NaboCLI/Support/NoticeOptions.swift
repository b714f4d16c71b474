import ArgumentParser
import NaboCore

/// `nabo set dugnad ID --notice-sent DATE --notice-how posted|sms|email|other [--notice-note TEXT]`
/// adds one notice to those recorded, where `--notices JSON` would replace the whole list.
///
/// The values are declared as text and read by `notice(for:)`, not by ArgumentParser: a refusal is
/// part of the command-line contract, one line in the user's language with exit status 1, which
/// ArgumentParser's own refusal (its usage text, status 64) is not.
struct NoticeOptions: ParsableArguments {
    @Option(name: .customLong("notice-sent"), help: ArgumentHelp("The day a dugnad's notice went out.", valueName: "date"))
    var sent: String?

    @Option(name: .customLong("notice-how"), help: ArgumentHelp("How the notice went out.", valueName: "posted|sms|email|other"))
    var how: String?

    @Option(name: .customLong("notice-note"), help: ArgumentHelp("A note on the notice.", valueName: "text"))
    var note: String?

    /// The notice the options name, nil when none is given; only a dugnad has notices.
    func notice(for type: EntityType) throws(Message) -> NoticeSent? {
        let given = [("notice-sent", sent), ("notice-how", how), ("notice-note", note)].filter { $0.1 != nil }
        guard let first = given.first else { return nil }
        guard type == .dugnad else { throw FieldFlags.unknown(first.0, for: type) }
        guard let sent, let how else {
            throw Message(nb: "Et varsel trenger både --notice-sent DATO og --notice-how posted|sms|email|other.",
                          en: "A notice needs both --notice-sent DATE and --notice-how posted|sms|email|other.")
        }
        return try NoticeSent.typed(date: sent, how: how, note: note)
    }
}

import ArgumentParser
import NaboCore

/// `--sms` and `--plain`, which choose the text of a dugnad's or a notice's `--format notice`.
struct NoticeTextFlags: ParsableArguments {
    @Flag(name: .long, help: "With --format notice: the short SMS text.") var sms = false
    @Flag(name: .long, help: "With --format notice: plain text instead of Markdown.") var plain = false

    var kind: NoticeText.Kind { sms ? .sms : plain ? .text : .markdown }

    /// The flags mean nothing for another format, so giving them there is a mistake worth a word.
    func check(isNotice: Bool) throws(Message) {
        if !isNotice, sms || plain {
            throw Message(nb: "--sms og --plain gjelder bare --format notice.", en: "--sms and --plain apply only to --format notice.")
        }
    }
}

import NaboCore

/// `nabo set dugnad ID --notice-sent DATE --notice-how posted|sms|email|other [--notice-note TEXT]`
/// adds one notice to those recorded, where `--notices JSON` would replace the whole list.
enum NoticeFlags {
    static let names = ["notice-sent", "notice-how", "notice-note"]

    /// The notice named by the flags, and the arguments left for the record's own fields.
    static func split(_ args: [String]) throws(Message) -> (notice: NoticeSent?, rest: [String]) {
        var found: [String: String] = [:]
        var rest: [String] = []
        var i = 0
        while i < args.count {
            let flag = args[i].hasPrefix("--") ? String(args[i].dropFirst(2)) : ""
            let (name, inline) = flag.firstIndex(of: "=").map { (String(flag[..<$0]), String(flag[flag.index(after: $0)...])) } ?? (flag, nil)
            guard names.contains(name) else {
                rest.append(args[i])
                i += 1
                continue
            }
            if let inline {
                found[name] = inline
                i += 1
            } else {
                guard i + 1 < args.count else { throw Message(nb: "--\(name) mangler en verdi.", en: "--\(name) needs a value.") }
                found[name] = args[i + 1]
                i += 2
            }
        }
        guard !found.isEmpty else { return (nil, rest) }
        guard let sent = found["notice-sent"], let how = found["notice-how"] else {
            throw Message(nb: "Et varsel trenger både --notice-sent DATO og --notice-how posted|sms|email|other.",
                          en: "A notice needs both --notice-sent DATE and --notice-how posted|sms|email|other.")
        }
        guard let date = CalendarDate(sent) else {
            throw Message(nb: "«\(sent)» er ikke en gyldig dato. Skriv for eksempel 2026-11-20 eller 20.11.2026.",
                          en: "“\(sent)” is not a valid date. Write for example 2026-11-20 or 20.11.2026.")
        }
        let note = found["notice-note"].flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
        return (NoticeSent(date: date, how: try NoticeSent.how(how), note: note), rest)
    }
}

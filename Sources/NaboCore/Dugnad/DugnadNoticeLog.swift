/// When a dugnad's notice went out and how, kept as the dugnad's `notices`:
/// `[{"date": "2026-11-20", "how": "posted", "note": "Oppslag i alle oppganger"}]`.
public struct NoticeSent: Equatable, Sendable {
    public var date: CalendarDate
    public var how: NoticeChannel
    public var note: String?

    public init(date: CalendarDate, how: NoticeChannel, note: String? = nil) {
        self.date = date
        self.how = how
        self.note = note
    }

    /// Reads one stored entry; nil for one that is not well formed.
    init?(_ value: JSONValue) {
        // Stored dates are ISO, so the list sorts and reads the same everywhere.
        guard let o = value.object, let text = o["date"]?.string, let date = CalendarDate(text), date.iso == text,
              let how = o["how"]?.string.flatMap(NoticeChannel.init) else { return nil }
        self.init(date: date, how: how, note: o["note"]?.string.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 })
    }

    var json: JSONValue {
        var o: [String: JSONValue] = ["date": .string(date.iso), "how": .string(how.rawValue)]
        if let note { o["note"] = .string(note) }
        return .object(o)
    }

    /// A notice as a worker types it, in the form or on the command line: the day (ISO or
    /// 20.11.2026), the channel in any case, a note that may be empty. One reading, one message.
    public static func typed(date: String, how: String, note: String?) throws(Message) -> NoticeSent {
        let day = date.trimmingWhitespace()
        guard let parsed = CalendarDate(day) else {
            throw Message(nb: "«\(day)» er ikke en gyldig dato. Skriv for eksempel 2026-11-20 eller 20.11.2026.",
                          en: "“\(day)” is not a valid date. Write for example 2026-11-20 or 20.11.2026.", field: "date")
        }
        return NoticeSent(date: parsed, how: try Self.how(how), note: note.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 })
    }

    /// The way a worker names a channel on the command line, in any case; a clear message otherwise.
    public static func how(_ text: String) throws(Message) -> NoticeChannel {
        guard let how = NoticeChannel(rawValue: text.lowercased()) else {
            let list = NoticeChannel.allCases.map(\.rawValue).joined(separator: ", ")
            throw Message(nb: "«\(text)» er ikke en måte å varsle på. Velg en av: \(list).",
                          en: "“\(text)” is not a way to send a notice. Choose one of: \(list).", field: "notices")
        }
        return how
    }
}

public enum DugnadNoticeLog {
    /// The dugnad's notices in the order they went out (by date; the same day as recorded).
    public static func notices(_ record: Record) -> [NoticeSent] {
        (record["notices"]?.array ?? []).compactMap(NoticeSent.init).enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The edit that adds a notice to those recorded: the whole list is written again, in date order.
    public static func edit(appending notice: NoticeSent, to record: Record) -> Edit {
        let all = (record["notices"]?.array ?? []) + [notice.json]
        let ordered = all.enumerated().sorted { a, b in
            let x = NoticeSent(a.element)?.date.dayNumber ?? Int.min, y = NoticeSent(b.element)?.date.dayNumber ?? Int.min
            return (x, a.offset) < (y, b.offset)
        }.map(\.element)
        return Edit(values: ["notices": JSONValue.array(ordered).jsonText])
    }

    /// The change that records a notice sent for the dugnad with this id.
    public static func change(appending notice: NoticeSent, toDugnad id: String, in replica: Replica) throws(Message) -> Change {
        guard let record = replica.live(EntityType.dugnad.rawValue, id) else { throw Messages.noSuchRecord(.dugnad, id) }
        return .set(.dugnad, id: id, edit(appending: notice, to: record))
    }
}

/// A dugnad's `notices` must be a list of {"date", "how", "note"?}, each sent by today.
enum DugnadNoticeRules {
    static func check(_ value: JSONValue, today: CalendarDate) throws(Message) {
        if value.isNull { return }
        let ways = NoticeChannel.allCases.map(\.rawValue).joined(separator: ", ")
        guard let list = value.array else { throw shape(ways) }
        for entry in list {
            guard let notice = NoticeSent(entry), entry.object?["note"].map({ $0.isNull || $0.string != nil }) ?? true else {
                throw shape(ways)
            }
            if notice.date > today {
                throw Message(nb: "Et varsel registreres når det er sendt, ikke \(notice.date.norwegian) fram i tid.",
                              en: "A notice is recorded once it has gone out, not on \(DateWords.numeric(notice.date, .en)) in the future.", field: "notices")
            }
        }
    }

    static func shape(_ ways: String) -> Message {
        Message(nb: "Varsler skrives som en liste, for eksempel [{\"date\": \"2026-11-20\", \"how\": \"posted\"}], der «how» er en av: \(ways).",
                en: "Notices are a list, for example [{\"date\": \"2026-11-20\", \"how\": \"posted\"}], where “how” is one of: \(ways).",
                field: "notices")
    }
}

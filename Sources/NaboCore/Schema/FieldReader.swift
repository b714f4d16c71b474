/// Reads what a worker or a script typed into a field's stored value, or says in words what is wrong.
public enum FieldReader {
    public static func read(_ text: String, as spec: FieldSpec, offsetFor: (CalendarDate, Int) -> Int) throws(Message) -> JSONValue {
        let t = String(text.trimmingWhitespace())
        // Before anything reads the text, so that no later message quotes a control character.
        switch spec.kind {
        case .longText: try refuseControlCharacters(text, in: spec, allowingLineBreaks: true)
        case .textList, .json: break
        default: try refuseControlCharacters(t, in: spec, allowingLineBreaks: false)
        }
        if t.isEmpty {
            if spec.required {
                throw Message(nb: "Feltet «\(FieldLabel.text(spec.name, .nb))» må fylles ut.", en: "The \(FieldLabel.text(spec.name, .en)) field cannot be empty.")
            }
            return .null
        }
        switch spec.kind {
        case .text, .longText:
            return .string(spec.kind == .longText ? text : t)
        case .date:
            guard let d = CalendarDate(t) else { throw badDate(t, spec) }
            return .string(d.iso)
        case .dateTime:
            guard let d = LocalDateTime(t, offsetFor: offsetFor) else { throw badDate(t, spec) }
            return .string(d.iso)
        case .count:
            guard let n = Int(t), n >= 0 else {
                throw Message(nb: "\(label(spec, .nb)) må være et helt tall, ikke «\(t)».", en: "\(label(spec, .en)) must be a whole number, not “\(t)”.")
            }
            return .int(n)
        case .flag:
            switch t.lowercased() {
            case "true", "yes", "ja", "1", "y", "j": return .bool(true)
            case "false", "no", "nei", "0", "n": return .bool(false)
            default:
                throw Message(nb: "\(label(spec, .nb)) må være ja eller nei, ikke «\(t)».", en: "\(label(spec, .en)) must be yes or no, not “\(t)”.")
            }
        case .choice(let values):
            let v = t.lowercased()
            guard values.contains(v) else {
                let list = values.joined(separator: ", ")
                throw Message(nb: "«\(t)» er ikke en gyldig \(FieldLabel.text(spec.name, .nb)). Velg en av: \(list).",
                              en: "“\(t)” is not a valid \(FieldLabel.text(spec.name, .en)). Choose one of: \(list).")
            }
            return .string(v)
        case .reference, .references:
            return .string(t)
        case .textList:
            let list: JSONValue =
                if t.hasPrefix("["), let v = try? JSONParser.parse(t), let a = v.array, a.allSatisfy({ $0.string != nil }) {
                    v
                } else {
                    .array(t.split(separator: ";").map { .string(String(String($0).trimmingWhitespace())) }.filter { $0.string?.isEmpty == false })
                }
            try refuseControlCharacters(in: list, in: spec, allowingLineBreaks: false)
            return list
        case .phone:
            return .string(try phone(t, spec))
        case .hNumber:
            return .string(try HNumber(t).value)
        case .postcode:
            guard t.count == 4, t.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw Message(nb: "Postnummer har fire sifre, ikke «\(t)».", en: "A postcode has four digits, not “\(t)”.")
            }
            return .string(t)
        case .letter:
            let u = t.uppercased()
            guard u.count == 1, let c = u.first, c.isLetter else {
                throw Message(nb: "Bokstaven etter husnummeret er én bokstav, ikke «\(t)».", en: "The letter after the house number is a single letter, not “\(t)”.")
            }
            return .string(u)
        case .json:
            let value: JSONValue
            do {
                value = try JSONParser.parse(t)
            } catch {
                throw Message(nb: "\(label(spec, .nb)) må være gyldig JSON.", en: "\(label(spec, .en)) must be valid JSON.")
            }
            // Free text lives inside these values (a follow-up answer, a notice's note), so it may run over lines.
            try refuseControlCharacters(in: value, in: spec, allowingLineBreaks: true)
            return value
        }
    }

    /// Norwegian mobile numbers: `+47` and eight digits; spaces and a missing `+47` are forgiven.
    static func phone(_ t: String, _ spec: FieldSpec) throws(Message) -> String {
        var digits = t.filter { !$0.isWhitespace && $0 != "-" }
        if digits.hasPrefix("+47") { digits.removeFirst(3) } else if digits.hasPrefix("0047") { digits.removeFirst(4) }
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            // The number itself is not repeated: messages may end up in a script's log.
            throw Message(nb: "Telefonnummeret er ikke gyldig. Skriv +47 og åtte sifre.",
                          en: "The phone number is not valid. Write +47 and eight digits.")
        }
        return "+47" + digits
    }

    /// The examples fit the field: a field that takes a time shows one, so the worker is not
    /// left to guess how to write it.
    static func badDate(_ t: String, _ spec: FieldSpec) -> Message {
        let nb = FieldLabel.text(spec.name, .nb), en = FieldLabel.text(spec.name, .en)
        guard spec.kind == .dateTime else {
            return Message(nb: "«\(t)» er ikke en gyldig dato (\(nb)). Skriv for eksempel 22.11.2026, 2026-11-22 eller 22. nov. 2026.",
                           en: "“\(t)” is not a valid date (\(en)). Write for example 22 Nov 2026, 22.11.2026 or 2026-11-22.")
        }
        return Message(nb: "«\(t)» er ikke en gyldig dato og tid (\(nb)). Skriv for eksempel 22.11.2026 14:30, eller datoen alene.",
                       en: "“\(t)” is not a valid date and time (\(en)). Write for example 22 Nov 2026 14:30, or the date alone.")
    }

    static func label(_ spec: FieldSpec, _ language: Language) -> String {
        let l = FieldLabel.text(spec.name, language)
        return l.prefix(1).uppercased() + l.dropFirst()
    }
}

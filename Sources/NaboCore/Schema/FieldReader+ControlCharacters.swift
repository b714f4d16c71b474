/// Typed text is refused when it holds a control character, because stored it would reach every
/// screen and every script that shows the record. The message names the field and the character's
/// code, never the text: the text is what could disturb the terminal that shows the message.
extension FieldReader {
    static func refuseControlCharacters(_ text: some StringProtocol, in spec: FieldSpec, allowingLineBreaks: Bool) throws(Message) {
        guard !ControlCharacters.isClean(text, allowingLineBreaks: allowingLineBreaks) else { return }
        let nb = FieldLabel.text(spec.name, .nb), en = FieldLabel.text(spec.name, .en)
        guard let first = text.unicodeScalars.first(where: { ControlCharacters.isControl($0) && !(allowingLineBreaks && ControlCharacters.isLineBreak($0)) })
        else { return }
        if ControlCharacters.isLineBreak(first) {
            throw Message(nb: "Feltet «\(nb)» har bare én linje og kan ikke ha linjeskift eller tabulator.",
                          en: "The \(en) field is a single line and cannot hold a line break or a tab.", field: spec.name)
        }
        let hex = String(first.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        throw Message(nb: "Feltet «\(nb)» inneholder et kontrolltegn (\(code)) som kan forstyrre skjermen. Skriv teksten uten det, helst for hånd i stedet for å lime den inn.",
                      en: "The \(en) field holds a control character (\(code)) that can disturb the screen. Write the text without it, preferably by typing rather than pasting it.",
                      field: spec.name)
    }

    /// Strings inside a list or JSON value are checked after decoding, where `\u001b` has become
    /// the character it names.
    static func refuseControlCharacters(in value: JSONValue, in spec: FieldSpec, allowingLineBreaks: Bool) throws(Message) {
        switch value {
        case .string(let s):
            try refuseControlCharacters(s, in: spec, allowingLineBreaks: allowingLineBreaks)
        case .array(let a):
            for e in a { try refuseControlCharacters(in: e, in: spec, allowingLineBreaks: allowingLineBreaks) }
        case .object(let o):
            for (k, v) in o {
                try refuseControlCharacters(k, in: spec, allowingLineBreaks: false)
                try refuseControlCharacters(in: v, in: spec, allowingLineBreaks: allowingLineBreaks)
            }
        case .null, .bool, .int, .double:
            break
        }
    }
}

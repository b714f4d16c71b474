import NaboCore

/// Reads `--FIELD VALUE` pairs (and `--not-FIELD VALUE` for removing from a set) into an edit.
/// The fields are the record type's, so a new field in the schema is a new flag with no code here.
/// `options` are the command's own flags, named when a mistyped flag is nearest to one of them.
enum FieldFlags {
    static func edit(_ type: EntityType, _ args: [String], options: [String] = StoreOptions.names) throws(Message) -> Edit {
        var edit = Edit()
        var i = 0
        while i < args.count {
            let arg = args[i]
            guard arg.hasPrefix("--"), arg.count > 2 else {
                throw Message(nb: "Forventet et felt som --navn VERDI, fikk «\(arg)».", en: "Expected a field like --name VALUE, got “\(arg)”.")
            }
            var flag = String(arg.dropFirst(2))
            var value: String?
            if let eq = flag.firstIndex(of: "=") {
                value = String(flag[flag.index(after: eq)...])
                flag = String(flag[..<eq])
            }
            let removing = flag.hasPrefix("not-")
            let replacing = flag.hasPrefix("replace-")
            let name = removing ? String(flag.dropFirst(4)) : replacing ? String(flag.dropFirst(8)) : flag
            // A mistyped flag is named as such before its value is looked for: `--jsn` at the end
            // is not a field that lacks a value.
            guard let spec = Schema.field(type, flag: name) else { throw unknown(flag, for: type, options: options) }
            if value == nil {
                guard i + 1 < args.count else {
                    throw Message(nb: "--\(flag) mangler en verdi.", en: "--\(flag) needs a value.", field: spec.name)
                }
                value = args[i + 1]
                i += 1
            }
            i += 1
            let text = value ?? ""
            if spec.isSet {
                let parts = spec.members(of: text)
                if removing {
                    edit.removals[spec.name, default: []] += parts
                } else if replacing {
                    edit.replacements[spec.name, default: []] += parts
                } else {
                    edit.additions[spec.name, default: []] += parts
                }
            } else {
                guard !removing && !replacing else {
                    throw Message(nb: "--not- og --replace- gjelder bare felt med flere verdier.", en: "--not- and --replace- apply only to fields with several values.")
                }
                edit.values[spec.name] = text
            }
        }
        return edit
    }

    /// The filters of `nabo list TYPE --FIELD VALUE`: a value from a closed set, a date, a number
    /// or a yes/no is read as `add` reads it, so a misspelt one is refused with the valid values
    /// instead of matching nothing, and `22.11.2026` finds what is stored as `2026-11-22`.
    static func filter(_ type: EntityType, _ args: [String], options: [String]) throws(Message) -> Edit {
        var edit = try self.edit(type, args, options: options)
        for (field, text) in edit.values {
            guard let spec = Schema.fields(type).first(where: { $0.name == field }), !text.trimmingWhitespace().isEmpty else { continue }
            switch spec.kind {
            case .choice, .date, .dateTime, .count, .flag, .hNumber, .postcode, .letter, .phone:
                let read = try FieldReader.read(text, as: spec, offsetFor: { _, _ in 0 })
                edit.values[field] = read.string ?? read.jsonText
            case .text, .longText, .reference, .references, .textList, .json:
                continue
            }
        }
        return edit
    }

    /// The refusal of a flag that names no field of the record type.
    static func unknown(_ flag: String, for type: EntityType, options: [String] = StoreOptions.names) -> Message {
        let fields = Schema.fields(type).map { FieldHelp.flag($0.name) }
        let names = fields.map { "--" + $0 }.joined(separator: " ")
        let guess = FlagSuggestion.nearest(flag, among: options + fields)
        return Message(nb: "Ukjent felt --\(flag) for \(type.nameNb).\(guess.map { " Mente du --\($0)?" } ?? "") Feltene er: \(names).",
                       en: "Unknown field --\(flag) for \(type.nameEnWithArticle).\(guess.map { " Did you mean --\($0)?" } ?? "") The fields are: \(names).")
    }
}

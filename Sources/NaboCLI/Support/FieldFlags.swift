import NaboCore

/// Reads `--FIELD VALUE` pairs (and `--not-FIELD VALUE` for removing from a set) into an edit.
/// The fields are the record type's, so a new field in the schema is a new flag with no code here.
enum FieldFlags {
    static func edit(_ type: EntityType, _ args: [String]) throws(Message) -> Edit {
        var edit = Edit()
        var i = 0
        while i < args.count {
            let arg = args[i]
            guard arg.hasPrefix("--"), arg.count > 2 else {
                throw Message(nb: "Forventet et felt som --navn VERDI, fikk «\(arg)».", en: "Expected a field like --name VALUE, got “\(arg)”.")
            }
            var flag = String(arg.dropFirst(2))
            var value: String
            if let eq = flag.firstIndex(of: "=") {
                value = String(flag[flag.index(after: eq)...])
                flag = String(flag[..<eq])
            } else {
                guard i + 1 < args.count else {
                    throw Message(nb: "--\(flag) mangler en verdi.", en: "--\(flag) needs a value.")
                }
                value = args[i + 1]
                i += 1
            }
            i += 1
            let removing = flag.hasPrefix("not-")
            let replacing = flag.hasPrefix("replace-")
            let name = removing ? String(flag.dropFirst(4)) : replacing ? String(flag.dropFirst(8)) : flag
            guard let spec = Schema.field(type, flag: name) else { throw unknown(flag, for: type) }
            if spec.isSet {
                let parts = value.split(separator: ",").map { String(String($0).trimmingWhitespace()) }.filter { !$0.isEmpty }
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
                edit.values[spec.name] = value
            }
        }
        return edit
    }

    /// The refusal of a flag that names no field of the record type.
    static func unknown(_ flag: String, for type: EntityType) -> Message {
        let names = Schema.fields(type).map { "--" + $0.name }.joined(separator: " ")
        return Message(nb: "Ukjent felt --\(flag) for \(type.nameNb). Feltene er: \(names).",
                       en: "Unknown field --\(flag) for a \(type.nameEn). The fields are: \(names).")
    }
}

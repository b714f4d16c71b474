/// The options every command takes, written before the command as well as after it:
/// `nabo --lang en list due` is `nabo list due --lang en`. ArgumentParser reads them only after
/// the command's name (options of the root would take them from every subcommand), so they are
/// moved there before parsing.
enum GlobalOptions {
    static let withValue: Set<String> = ["--data", "--lang", "--passphrase-file", "--kdf-cost"]
    static let flags: Set<String> = ["--json"]

    /// The arguments with leading common options moved behind the command; unchanged when no
    /// command follows them (`nabo --lang en` opens the interface, whose options they are too).
    static func hoisted(_ arguments: [String], commands: Set<String>) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.prefix { $0 != "=" })
            if flags.contains(argument) || (withValue.contains(name) && argument.contains("=")) {
                leading.append(argument)
                index += 1
            } else if withValue.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count, commands.contains(arguments[index]) else { return arguments }
        var rest = Array(arguments[index...])
        // After `--` every word is an argument, not an option.
        rest.insert(contentsOf: leading, at: rest.firstIndex(of: "--") ?? rest.endIndex)
        return rest
    }

    /// The value of `--lang` as the command will see it, for what is said before a command runs.
    static func lang(_ arguments: [String]) -> String? {
        value("--lang", in: arguments)
    }

    static func value(_ option: String, in arguments: [String]) -> String? {
        for (index, argument) in options(arguments).enumerated() {
            if argument == option, index + 1 < arguments.count { return arguments[index + 1] }
            if argument.hasPrefix(option + "=") { return String(argument.dropFirst(option.count + 1)) }
        }
        return nil
    }

    static func asksForJSON(_ arguments: [String]) -> Bool {
        options(arguments).contains("--json")
    }

    /// The arguments before `--`, where options are.
    static func options(_ arguments: [String]) -> ArraySlice<String> {
        arguments[..<(arguments.firstIndex(of: "--") ?? arguments.endIndex)]
    }
}

import ArgumentParser
import NaboCore

/// `nabo person`: a resident's right to be erased (GDPR article 17), one at a time or by the office's retention rule.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Erase a resident from every copy of the data (GDPR article 17); cannot be undone.",
        subcommands: [PersonErase.self, PersonRetention.self])
}

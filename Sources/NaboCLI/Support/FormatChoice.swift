import ArgumentParser
import NaboCore

/// An export whose `--format` names one of a closed set: read as `ClosedSet` reads values, and
/// refused before the store is opened, so a wrong format is not preceded by a passphrase prompt.
protocol FormatChoice: ParsableCommand {
    associatedtype Format: CaseIterable & RawRepresentable where Format.RawValue == String
    var formatName: String { get }
    var options: StoreOptions { get }
}

extension FormatChoice {
    var format: Format {
        get throws(Message) { try ClosedSet.value(formatName, option: "format") }
    }

    func validate() throws {
        try options.run { () throws(Message) in _ = try format }
    }
}

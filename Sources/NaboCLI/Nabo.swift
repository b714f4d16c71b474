import ArgumentParser

public struct Nabo: ParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "nabo", abstract: "Fieldwork for municipal rental housing.")
    public init() {}
}

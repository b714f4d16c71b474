import ArgumentParser
import NaboCore
import NaboStore

struct DugnadTurnout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turnout",
        abstract: "Turnout per dugnad and per address: invited residents who came, and others by count.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        try options.withStore(readOnly: true) { (store) throws(Message) in
            let turnout = Turnout(store.replica, today: try options.today(store))
            if options.json {
                Output.json(pairs: TurnoutJSON.pairs(turnout))
            } else {
                for line in TurnoutText.lines(turnout, options.language) { Output.line(line) }
            }
        }
    }
}

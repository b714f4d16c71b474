import ArgumentParser
import NaboCore
import NaboStore

/// `nabo move`: what the interface's move form does, through the same `Move` intent.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move", abstract: "Move a resident into a unit, to another unit, or out; every move keeps a tenancy record.",
        discussion: "Examples: nabo move res-… --unit uni-… --date 01.12.2026 · nabo move res-… --out --date 2026-12-31")

    @Argument(help: "The resident's id.") var resident: String
    @Option(name: .long, help: "The unit (id) they move into.") var unit: String?
    @Flag(name: .long, help: "They move out, to nowhere Nabo follows.") var out = false
    @Option(name: .long, help: "The day of the move: 2026-12-01 or 01.12.2026.") var date: String
    @OptionGroup var options: StoreOptions

    func validate() throws {
        try options.run { () throws(Message) in
            guard (unit != nil) != out else {
                throw Message(nb: "Gi enten --unit ID (flytter inn) eller --out (flytter ut).", en: "Give either --unit ID (moving in) or --out (moving out).")
            }
        }
    }

    func run() throws {
        try options.withStore { (store) throws(Message) in
            let today = try options.today(store)
            let read = try FieldReader.read(date, as: FieldSpec("date", .date), offsetFor: store.utcOffset)
            guard let day = read.string.flatMap({ CalendarDate($0) }) else { throw Message(nb: "«\(date)» er ingen dato.", en: "“\(date)” is not a date.") }
            let destination: Move.Destination = unit.map { .unit($0) } ?? .out
            let change = try Move.change(resident: resident, to: destination, on: day, today: today, in: store.replica)
            let ops = try store.commit(change, now: try options.now())
            let tenancy = ops.first { $0.type == EntityType.tenancy.rawValue && $0.writes.contains { $0.field == "from" && $0.value == .string(day.iso) } }
            if options.json {
                Output.json(pairs: [("resident", .string(resident)), ("unit", unit.map { .string($0) } ?? .null), ("date", .string(day.iso)),
                                    ("tenancy", tenancy.map { .string($0.entity) } ?? .null)])
            } else {
                let name = store.replica.live(EntityType.resident.rawValue, resident).map(Resident.init)?.name ?? resident
                let number = unit.flatMap { store.replica.live(EntityType.unit.rawValue, $0) }.map(HousingUnit.init)?.number ?? ""
                let l = options.language, when = l == .nb ? day.norwegian : day.iso
                Output.line(unit == nil ? Message(nb: "\(name) flytter ut \(when).", en: "\(name) moves out on \(when).").text(l)
                                        : Message(nb: "\(name) flytter inn i \(number) \(when).", en: "\(name) moves into \(number) on \(when).").text(l))
            }
        }
    }
}

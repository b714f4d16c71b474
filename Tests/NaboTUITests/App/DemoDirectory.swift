import NaboCore
import NaboTestSupport
@testable import NaboTUI

/// The demo data's directory and the records the tests walk through.
struct DemoDirectory {
    let directory: Directory

    init() throws {
        directory = Directory(replica: try DemoReplica.make(), today: DemoReplica.today)
    }

    func address(_ title: String) -> AddressEntry {
        directory.addresses.first { $0.title == title }!
    }

    func unit(_ number: String, at title: String) -> UnitEntry {
        let address = directory.addresses.firstIndex { $0.title == title }
        return directory.units.first { $0.number == number && $0.address == address }!
    }

    func resident(_ name: String) -> ResidentEntry {
        directory.residents.first { $0.name == name }!
    }

    func residentIndex(_ name: String) -> Int {
        directory.residents.firstIndex { $0.name == name }!
    }

    /// Reduces each action at 80x24 and returns the effects of the last.
    @discardableResult
    func reduce(_ state: inout AppState, _ actions: AppAction..., size: TerminalSize = .minimum) -> [AppEffect] {
        reduce(&state, actions, size: size, now: nil)
    }

    /// The same, at a given moment (forms take their default date and time from it).
    @discardableResult
    func reduce(_ state: inout AppState, _ actions: [AppAction], size: TerminalSize, now: LocalDateTime?) -> [AppEffect] {
        var effects: [AppEffect] = []
        for action in actions {
            effects = AppReducer.reduce(&state, action, directory: directory, size: size, now: now)
        }
        return effects
    }
}

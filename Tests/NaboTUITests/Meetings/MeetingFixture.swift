import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The demo's stock with a work group's meetings and a progress plan in place of its own, dated from the demo's frozen day:
/// the October meeting with its minutes sent; the November one twelve days ago, minutes not sent,
/// its standing item, a parked item, one decision under way and one done; December's to come in
/// nine days; and five activities, two of them late.
struct MeetingFixture {
    let directory: Directory
    let replica: Replica
    let today = DemoReplica.today

    init() throws {
        var replica = try DemoReplica.make()
        var seq: UInt32 = 20_000
        func apply(_ changes: [Change]) throws {
            let ops = try Planner.plan(.batch(changes), in: replica, context: Fixed.context(seq: seq))
            ops.forEach { replica.apply($0) }
            seq += 1_000
        }
        // The demo's own meetings, their decisions and its progress plan give way to these, whose days
        // the tests count from.
        try apply(replica.records(EntityType.measure.rawValue).filter { !$0.isDeleted && $0.string("agendaItem") != nil }
            .map(\.id).sorted().map { .delete(.measure, id: $0) })
        for type in [EntityType.activity, .agendaItem, .meeting] {
            try apply(replica.records(type.rawValue).filter { !$0.isDeleted }.map(\.id).sorted().map { .delete(type, id: $0) })
        }
        let today = DemoReplica.today
        func day(_ offset: Int) -> String { today.adding(days: offset).iso }
        let attendees = "Kari Holm, Boligetaten; Per Lunde, NAV; Aisha Rahman, Bydelen"
        try apply([
            .add(.meeting, Edit(values: ["date": day(-40) + "T18:00", "title": "Arbeidsgruppe oktober", "place": "Bydelshuset",
                                         "attendees": attendees, "minutesSent": day(-35)])),
            .add(.meeting, Edit(values: ["date": day(-12) + "T18:00", "title": "Arbeidsgruppe november", "place": "Bydelshuset",
                                         "attendees": attendees])),
            .add(.meeting, Edit(values: ["date": day(9) + "T17:30", "title": "Arbeidsgruppe desember", "place": "Fellesrommet, Runarveien 3",
                                         "note": "Gløgg etter møtet"])),
        ])
        let november = Self.id(replica, "meeting", "Arbeidsgruppe november"), december = Self.id(replica, "meeting", "Arbeidsgruppe desember")
        let input = try #require(replica.records("input").filter { !$0.isDeleted && Input($0).isOpen }.min { $0.id < $1.id })
        try apply([
            .add(.agendaItem, Edit(values: ["meeting": november, "title": "Boligsosiale utfordringer", "standing": "true",
                                            "minutes": "To nye familier i Runarveien 3 trenger hjelp med husleia."])),
            .add(.agendaItem, Edit(values: ["meeting": november, "title": "Fukt i kjelleren", "minutes": "Byggdrift befarer før jul.",
                                            "input": input.id])),
            .add(.agendaItem, Edit(values: ["meeting": november, "title": "Lys på gangstien", "minutes": "Nye lamper er satt opp."])),
            .add(.agendaItem, Edit(values: ["meeting": november, "title": "Nytt sykkelstativ", "parked": "true"])),
            .add(.agendaItem, Edit(values: ["meeting": december, "title": "Boligsosiale utfordringer", "standing": "true"])),
            .add(.agendaItem, Edit(values: ["meeting": december, "title": "Julegrantenning"])),
        ])
        let address = try #require(replica.records("address").first { AddressText.short($0) == "Runarveien 3" }).id
        try apply([
            .add(.measure, Edit(values: ["address": address, "title": "Tørke ut kjelleren", "status": "ordered",
                                         "agendaItem": Self.id(replica, "agenda-item", "Fukt i kjelleren")])),
            .add(.measure, Edit(values: ["address": address, "title": "Lamper langs gangstien", "status": "done",
                                         "agendaItem": Self.id(replica, "agenda-item", "Lys på gangstien")])),
            .add(.activity, Edit(values: ["title": "Kartlegging, første runde", "responsible": "Kari Holm", "planned": day(-30), "done": day(-28),
                                          "round": "1"])),
            .add(.activity, Edit(values: ["title": "Rapport til Husbanken", "responsible": "Per Lunde", "planned": day(-5)])),
            .add(.activity, Edit(values: ["title": "Informasjonsmøte for nye beboere", "responsible": "Aisha Rahman", "planned": day(-2)])),
            .add(.activity, Edit(values: ["title": "Evaluering med bydelen", "responsible": "Kari Holm", "planned": day(0)])),
            .add(.activity, Edit(values: ["title": "Vårdugnad", "responsible": "Byggdrift", "planned": day(60), "round": "2"])),
        ])
        self.replica = replica
        directory = Directory(replica: replica, today: today)
    }

    static func id(_ replica: Replica, _ type: String, _ title: String) -> String {
        replica.records(type).first { $0.string("title") == title }!.id
    }

    func id(_ type: String, _ title: String) -> String { Self.id(replica, type, title) }

    /// Reduces each action at 80x24 and returns the effects of the last.
    @discardableResult
    func reduce(_ state: inout AppState, _ actions: AppAction..., size: TerminalSize = .minimum) -> [AppEffect] {
        var effects: [AppEffect] = []
        for action in actions { effects = AppReducer.reduce(&state, action, directory: directory, size: size) }
        return effects
    }

    /// The keys pressed in turn, at a size; the effects of the last.
    @discardableResult
    func press(_ state: inout AppState, _ keys: [Key], size: TerminalSize = .minimum) -> [AppEffect] {
        var effects: [AppEffect] = []
        for key in keys {
            guard let action = AppKeys.action(for: key, in: state) else { continue }
            effects = AppReducer.reduce(&state, action, directory: directory, size: size)
        }
        return effects
    }
}

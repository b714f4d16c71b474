@testable import NaboCore

/// A planned dugnad at two addresses, with a meeting point full of characters iCalendar escapes and a
/// long Norwegian note that has to be folded.
struct DugnadFixture {
    var world = World()
    var id = ""
    var residents: [String] = []

    static let note = "Vi rydder loftet og kjelleren sammen, bærer ut skrot og vasker trappene i oppgangen. "
        + "Ta med arbeidshansker hvis du har; Byggdrift stiller med container, søppelsekker og kaffe. "
        + "Etterpå spiser vi pizza i fellesrommet – alle er velkommen, også barn og besøkende.\nSpørsmål? Ring boligkontoret."

    init() throws {
        let a = try world.address("Midtåsveien", "22"), b = try world.address("Runarveien", "1")
        residents = [
            try world.resident("Kari Nordvik", at: a, phone: "40000005"),
            try world.resident("张伟", at: b, phone: "40000004"),
            try world.resident("Ørjan Ødegård", at: b),
        ]
        id = try world.add(.dugnad, ["start": "2026-12-04T17:00", "end": "2026-12-04T19:30", "title": "Rydde og vaske trappeoppgangen",
                                     "meetingPoint": "Kjelleren, inngang B; ved vaskerommet", "tasks": "Bære ut skrot fra loftet; Vaske trappene",
                                     "note": Self.note], sets: ["addresses": [a, b]])
    }

    var dugnad: Dugnad { Dugnad(world.replica.record("dugnad", id)!, in: world.replica) }
}

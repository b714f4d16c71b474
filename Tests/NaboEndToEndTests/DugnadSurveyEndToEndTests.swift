import Foundation
import NaboTestSupport
import Testing

/// Attendance ticked and a survey answered by keys in the real terminal, then read back with the
/// command line from the same store.
extension InterfaceEndToEndTests {
    var demoData: String { folder.sub("data") + "/nabo-demo" }

    func json(_ arguments: [String]) throws -> Any {
        let result = try Binary.run(arguments + ["--data", demoData, "--json"], environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func residentID(_ name: String) throws -> String {
        let residents = try #require(try json(["list", "residents"]) as? [[String: Any]])
        return try #require(residents.first { $0["name"] as? String == name }?["id"] as? String)
    }

    @Test func tickAttendanceByKeysAndTheStoreHasIt() throws {
        let tmux = try start(["--demo", "--lang", "nb"])
        defer { tmux.stop() }
        try tmux.waitFor(text: "Besøk som har forfalt")
        try tmux.send("D")
        try tmux.waitFor(text: "Per adresse over tid")
        // Latest first: the coming dugnad, then the indoor one, where two of eleven came.
        try tmux.send("j", "Enter")
        try tmux.waitFor(text: "Kom: 2 av 11")
        // Ahmad Rahimi is first and did not come; Space ticks him and moves on to the second, so
        // Kari Nordvik, fourth, who did, is two rows down.
        try tmux.send("Space")
        try tmux.waitFor(text: "Ahmad Rahimi kom.")
        try tmux.waitFor(text: "Kom: 3 av 11")
        try tmux.waitFor(text: "2/14")
        try tmux.send("j", "j", "Space")
        try tmux.waitFor(text: "Kari Nordvik kom ikke likevel.")
        try tmux.waitFor(text: "5/14")
        // A jump to the visits due and Esc come back to the checklist, where it was left.
        try tmux.send("d")
        try tmux.waitFor(text: "Forfalte besøk")
        try tmux.send("Escape")
        try tmux.waitFor(text: "5/14")
        try tmux.waitFor(text: "Kom: 2 av 11")
        try tmux.send("z")
        try tmux.waitFor(text: "z gjør ingenting her; ? viser tastene.")
        try tmux.send("G", "+")
        try tmux.waitFor(text: "Barn: 1.")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let dugnads = try #require(try json(["list", "dugnads"]) as? [[String: Any]])
        let id = try #require(dugnads.first { ($0["title"] as? String)?.hasPrefix("Rydde og vaske") == true }?["id"] as? String)
        let dugnad = try #require(try json(["show", "dugnad", id]) as? [String: Any])
        let attended = Set(dugnad["attended"] as? [String] ?? [])
        #expect(attended.contains(try residentID("Ahmad Rahimi")))
        #expect(!attended.contains(try residentID("Kari Nordvik")))
        #expect(attended.contains(try residentID("Tomasz Kowalczyk")))
        #expect((dugnad["extra"] as? [String: Int]) == ["ansatte": 2, "frivillige": 3, "barn": 1])
    }

    @Test func answerASurveyByKeysAndItIsListed() throws {
        let tmux = try start(["--demo", "--lang", "nb"])
        defer { tmux.stop() }
        try tmux.waitFor(text: "Besøk som har forfalt")
        try tmux.send("j", "Enter")
        try tmux.waitFor(text: "8 boliger")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Status: utleid")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Avtalt: Sender søknad om bytte sammen.")
        try tmux.send("S")
        try tmux.waitFor(text: "Samtykker beboeren?")
        try tmux.send("j")
        try tmux.waitFor(text: "Påstand 1 av 13")
        // The scale is painted after the heading; a capture between the two would miss it.
        try tmux.waitFor(text: "4  Både enig og uenig")
        // A 6 sent at once after the unfavourable 2 is the next answer typed too early, not the follow-up's text.
        try tmux.send("6", "5", "2", "6")
        try tmux.waitFor(text: "Oppfølgingssvaret skrives som tekst")
        try tmux.type("Døren står åpen om natten")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Påstand 4 av 13")
        // Statement 9 is worded negatively: 2 is favourable there and asks nothing.
        for key in ["6", "6", "6", "6", "6", "2", "6", "6", "6", "-"] {
            try tmux.send(key)
        }
        try tmux.waitFor(text: "Alle 13 påstander er gått gjennom: 12 besvart, 1 uten svar.")
        try tmux.waitFor(text: "Se over svarene før du fullfører:")
        // Back to the last statement to change its "no answer" to 4, then the review again.
        try tmux.send("Left")
        try tmux.waitFor(text: "Påstand 13 av 13")
        try tmux.send("4")
        try tmux.waitFor(text: "Alle 13 påstander er gått gjennom: 13 besvart, 0 uten svar.")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Kartleggingen er fullført og lagret")
        // Taken again in the same round, the worker is asked; Esc leaves the response as it is.
        try tmux.send("S")
        try tmux.waitFor(text: "Ørjan Ødegård har allerede svart på kartleggingen i runde «Oktober 2026»")
        try tmux.send("Escape")
        try tmux.waitFor(text: "Avtalt: Sender søknad om bytte sammen.")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let orjan = try residentID("Ørjan Ødegård")
        let responses = try #require(try json(["list", "responses"]) as? [[String: Any]])
        let taken = try #require(responses.first { $0["resident"] as? String == orjan && $0["round"] as? String == "Oktober 2026" })
        #expect(taken["status"] as? String == "complete")
        let answers = try #require(taken["answers"] as? [String: Any])
        #expect(answers["1"] as? Int == 6 && answers["2"] as? Int == 5 && answers["3"] as? Int == 2 && answers["9"] as? Int == 2)
        #expect(answers["13"] as? Int == 4)
        #expect((taken["followUps"] as? [String: String]) == ["3": "Døren står åpen om natten"])
        #expect(taken["consent"] as? String == taken["date"] as? String)
    }
}

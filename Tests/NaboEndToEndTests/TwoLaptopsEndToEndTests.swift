import Foundation
import NaboTestSupport
import Testing

/// Two workers' laptops, as separate machines, meeting only through a copied folder: the whole
/// path a new colleague takes, run with the built `nabo` and nothing else.
@Suite(.serialized) struct TwoLaptopsEndToEndTests {
    @Test func aNewLaptopStartsFromACopyAndTheirWorkMeetsThroughTheStick() throws {
        let tmp = TempFolder()
        let kari = ["XDG_STATE_HOME": tmp.sub("kari-state"), "LANG": "en_GB.UTF-8"]
        let ola = ["XDG_STATE_HOME": tmp.sub("ola-state"), "LANG": "en_GB.UTF-8"]
        let usb = tmp.sub("usb/nabo")
        #expect(try Binary.run(["demo", "--data", tmp.sub("kari")], environment: kari).status == 0)
        #expect(try Binary.run(["sync", usb, "--data", tmp.sub("kari")], environment: kari).status == 0)
        try FileManager.default.copyItem(atPath: usb, toPath: tmp.sub("ola"))
        #expect(try Binary.run(["init", "--worker", "Ola Test", "--plain", "--data", tmp.sub("ola")], environment: ola).status == 0)
        let residents = try JSONSerialization.jsonObject(with: Data(try Binary.run(["list", "residents", "--data", tmp.sub("ola"), "--json"], environment: ola).stdout.utf8)) as? [[String: Any]]
        let resident = try #require(residents?.first?["id"] as? String)
        let visit = try Binary.run(["add", "visit", "--resident", resident, "--date", "2026-11-20", "--note", "Besøk fra Olas maskin", "--data", tmp.sub("ola")], environment: ola)
        #expect(visit.status == 0)
        let id = visit.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try Binary.run(["sync", usb, "--data", tmp.sub("ola")], environment: ola).status == 0)
        let back = try Binary.run(["sync", usb, "--data", tmp.sub("kari"), "--json"], environment: kari)
        #expect(back.stdout.contains("\"received\": 1"))
        let shown = try Binary.run(["show", "visit", id, "--data", tmp.sub("kari"), "--json"], environment: kari)
        #expect(shown.stdout.contains("Besøk fra Olas maskin"))
        #expect(shown.stdout.contains("\"worker\": \"Ola Test\""))
        let journals = try FileManager.default.contentsOfDirectory(atPath: tmp.sub("kari") + "/journal").filter { $0.hasSuffix(".jsonl") }
        #expect(journals.count == 2)
    }
}

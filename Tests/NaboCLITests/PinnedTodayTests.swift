import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboCLI

/// `NABO_TODAY` pins the day every command and the interface take for today, so the README's
/// captures and a demo read the same on any day; a value that is not a day is said, not guessed.
@Suite(.serialized) struct PinnedTodayTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }

    func env(_ today: String) -> [String: String] {
        ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8", "NABO_TODAY": today]
    }

    @Test func thePinnedDayKeepsTheTimeOfDay() throws {
        let calendar = Calendar(identifier: .gregorian)
        let before = calendar.dateComponents([.hour, .minute], from: Date())
        let now = try DayClock(environment: ["NABO_TODAY": "2026-11-22"]).now()
        let after = calendar.dateComponents([.hour, .minute], from: Date())
        let day = calendar.dateComponents([.year, .month, .day], from: now)
        #expect([day.year, day.month, day.day] == [2026, 11, 22])
        // The machine's time of day, read between the two readings around it.
        #expect([before, after].contains(calendar.dateComponents([.hour, .minute], from: now)))
        #expect(try DayClock(environment: ["NABO_TODAY": ""]).today == nil)
        #expect(try DayClock(environment: [:]).today == nil)
    }

    @Test func aValueThatIsNotADayIsRefusedByEveryCommand() throws {
        for value in ["22.11.2026", "2026-02-30", "tomorrow", "2026-11-22T10:00"] {
            #expect(throws: Message.self) { try DayClock(environment: ["NABO_TODAY": value]) }
            for arguments in [["list", "addresses", "--data", data], ["--demo"]] {
                let r = try Binary.run(arguments, environment: env(value))
                #expect(r.status == 1, "\(arguments) \(value)")
                #expect(r.stderr == "nabo: NABO_TODAY must be a day written as 2026-11-22, not “\(value)”.\n", "\(arguments)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: tmp.sub("xdg") + "/nabo-demo"))
    }

    @Test func commandsSaveAndReadOnThePinnedDay() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env("2026-11-22")).status == 0)
        // The demo's latest visit is the day before its today.
        let visits = try Binary.run(["list", "visits", "--json", "--data", data], environment: env("2026-11-22"))
        let dates = try #require(try JSONSerialization.jsonObject(with: Data(visits.stdout.utf8)) as? [[String: Any]]).compactMap { $0["date"] as? String }
        #expect(dates.max()?.hasPrefix("2026-11-21") == true)

        let plan = try Binary.run(["export", "plan", "--format", "md", "--data", data], environment: env("2026-11-22"))
        #expect(plan.stdout.contains("As of 22 Nov 2026."))
        // What a command saves carries the pinned day too.
        let address = try Binary.run(["add", "address", "--street", "Testveien", "--number", "2", "--postcode", "3216", "--city", "Sandefjord",
                                      "--json", "--data", data], environment: env("2027-01-05"))
        let id = try #require(try JSONSerialization.jsonObject(with: Data(address.stdout.utf8)) as? [String: Any])["id"] as? String
        let history = try Binary.run(["history", "address", try #require(id), "--json", "--data", data], environment: env("2027-01-05"))
        let at = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]]).first?["at"] as? String
        #expect(at?.hasPrefix("2027-01-0") == true)
    }

    @Test func keyLinesAreDatedByThePinnedClockToo() throws {
        let pass = tmp.sub("pass")
        try "riktig hest batteri\n".write(toFile: pass, atomically: true, encoding: .utf8)
        let key = ["--data", data, "--passphrase-file", pass]
        let early = env("2026-01-05")
        #expect(try Binary.run(["init", "--worker", "Kari Test", "--kdf-cost", "10"] + key, environment: early).status == 0)
        #expect(try Binary.run(["key", "rotate"] + key, environment: early).status == 0)
        // Lines dated by the machine's clock would be months ahead of the pinned day, and said so.
        let check = try Binary.run(["check"] + key, environment: early)
        #expect(check.status == 0)
        #expect(!check.stdout.contains("ahead"), "\(check.stdout)")
    }
}

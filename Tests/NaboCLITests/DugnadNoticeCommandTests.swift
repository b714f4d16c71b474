import Foundation
import NaboTestSupport
import Testing

/// `nabo set dugnad ID --notice-sent DATE --notice-how HOW` adds to the notices recorded.
@Suite(.serialized) struct DugnadNoticeCommandTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "nb_NO.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args + ["--data", data], environment: env)
    }

    func notices(_ id: String) throws -> [[String: String]] {
        let shown = try #require(try JSONSerialization.jsonObject(with: Data(try nabo("show", "dugnad", id, "--json").stdout.utf8)) as? [String: Any])
        return try #require(shown["notices"] as? [[String: String]])
    }

    @Test func aNoticeSentIsAddedAndBadOnesAreRefusedOnOneLine() throws {
        #expect(try Binary.run(["demo", "--data", data], environment: env).status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(try nabo("list", "dugnads", "--json").stdout.utf8)) as? [[String: Any]])
        let id = try #require(list[0]["id"] as? String)
        #expect(try notices(id).map { $0["how"] } == ["posted", "sms"])
        let added = try nabo("set", "dugnad", id, "--notice-sent", "01.03.2026", "--notice-how", "Email", "--notice-note", "Til styret", "--food", "Vafler")
        #expect(added.status == 0, "\(added.stderr)")
        let now = try notices(id)
        #expect(now.count == 3 && now[0] == ["date": "2026-03-01", "how": "email", "note": "Til styret"])
        let cases: [([String], String)] = [
            (["--notice-how", "sms"], "nabo: Et varsel trenger både --notice-sent DATO og --notice-how posted|sms|email|other.\n"),
            (["--notice-sent", "2026-05-01", "--notice-how", "fax"], "nabo: «fax» er ikke en måte å varsle på. Velg en av: posted, sms, email, other.\n"),
            (["--notice-sent", "2100-01-01", "--notice-how", "sms"], "nabo: Et varsel registreres når det er sendt, ikke 01.01.2100 fram i tid.\n"),
            (["--notice-sent", "2026-05-01", "--notice-how", "sms", "--notices", "[]"], "nabo: Bruk enten --notices eller --notice-sent, ikke begge.\n"),
        ]
        for (args, stderr) in cases {
            let r = try Binary.run(["set", "dugnad", id] + args + ["--data", data], environment: env)
            #expect(r.status == 1 && r.stderr == stderr, "\(args)")
        }
        #expect(try notices(id).count == 3)
        // A visit has no notices: the flag is an unknown field there.
        #expect(try nabo("set", "visit", "vis-x", "--notice-sent", "2026-05-01").stderr.hasPrefix("nabo: Ukjent felt --notice-sent"))
    }
}

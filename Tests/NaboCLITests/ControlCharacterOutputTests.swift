import Foundation
import NaboCore
import NaboTestSupport
import Testing

/// A record whose text holds escape sequences, as a sync folder could bring it, prints escaped:
/// the worker's terminal is not retitled or cleared by `nabo list` or `nabo show`.
@Suite(.serialized) struct ControlCharacterOutputTests {
    let tmp = TempFolder()
    var data: String { tmp.sub("data") }
    var env: [String: String] { ["XDG_STATE_HOME": tmp.sub("state"), "XDG_DATA_HOME": tmp.sub("xdg"), "LANG": "en_GB.UTF-8"] }

    func nabo(_ args: String...) throws -> Binary.Result {
        try Binary.run(args, environment: env)
    }

    /// A journal line from another device, written straight into the data folder.
    func storeWithAHostileName() throws {
        #expect(try nabo("init", "--worker", "Kari Test", "--plain", "--data", data).status == 0)
        let line = #"{"v":1,"op":"syncdevice01:1","t":107000000000000000,"by":"Ola Test","type":"resident","id":"res-sync1","#
            + #""set":{"name":"Ola\u001b]0;eid\u0007\u001b[2J Test\u009b","phone":"+4740000017"}}"# + "\n"
        try line.write(toFile: data + "/journal/syncdevice01.jsonl", atomically: true, encoding: .utf8)
    }

    @Test func listAndShowPrintTheNameEscaped() throws {
        try storeWithAHostileName()
        let escapedName = #"Ola\u{1B}]0;eid\u{07}\u{1B}[2J Test\u{9B}"#
        let list = try nabo("list", "residents", "--data", data)
        #expect(list.status == 0)
        #expect(list.stdout.contains(escapedName))
        let show = try nabo("show", "resident", "res-sync1", "--data", data)
        #expect(show.status == 0)
        #expect(show.stdout.split(separator: "\n").contains { $0.hasPrefix("name ") && $0.hasSuffix(escapedName) })
        for output in [list.stdout, show.stdout] {
            #expect(ControlCharacters.isClean(output, allowingLineBreaks: true), "\(ControlCharacters.escaped(output))")
        }
    }

    @Test func jsonOutputEscapesTheNameAsJSON() throws {
        try storeWithAHostileName()
        let shown = try nabo("show", "resident", "res-sync1", "--data", data, "--json")
        #expect(shown.stdout.contains(#""name": "Ola\u001b]0;eid\u0007\u001b[2J Test\u009b""#))
        #expect(ControlCharacters.isClean(shown.stdout, allowingLineBreaks: true))
    }

    @Test func addAndSetRefuseControlCharactersAndTheMessageDoesNotRepeatThem() throws {
        try storeWithAHostileName()
        let added = try nabo("add", "resident", "--data", data, "--name", "Kari\u{1B}[2J Test")
        #expect(added.status != 0)
        #expect(added.stderr.contains("name field") && added.stderr.contains("U+001B"))
        #expect(!added.stderr.contains("Kari"))
        let set = try nabo("set", "resident", "res-sync1", "--data", data, "--name", "Ola\u{9B}Test", "--lang", "nb")
        #expect(set.status != 0)
        #expect(set.stderr.contains("«navn»") && set.stderr.contains("U+009B"))
        #expect(ControlCharacters.isClean(added.stderr + set.stderr, allowingLineBreaks: true))
    }
}

import NaboCore
import Testing
@testable import NaboStore

/// The journal line format: what one device writes, every other device reads back to the byte.
@Suite struct JournalLineTests {
    typealias DecodeError = JournalLine.DecodeError

    static let id = OpID(device: "k7q2m9x4p1ab", seq: 7)
    static let earlier = OpID(device: "k7q2m9x4p1ab", seq: 6)
    static let other = OpID(device: "z0other", seq: 3)

    static func decoded(_ text: String, fromSyncFolder: Bool = false) -> Result<Op, DecodeError> {
        decoded(Array(text.utf8), fromSyncFolder: fromSyncFolder)
    }

    /// One line as the journal reader hands it over: without its newline.
    static func decoded(_ bytes: [UInt8], fromSyncFolder: Bool = false) -> Result<Op, DecodeError> {
        let line = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
        return line.withUnsafeBufferPointer { buffer in
            do throws(DecodeError) {
                return .success(try JournalLine.decode(buffer, fromSyncFolder: fromSyncFolder))
            } catch {
                return .failure(error)
            }
        }
    }

    static func text(_ op: Op) -> String { String(decoding: JournalLine.encode(op), as: UTF8.self) }

    /// The operations Nabo writes, one of each shape, with the line each becomes.
    static let shapes: [(op: Op, line: String)] = [
        (Op(id: id, clock: HLC(raw: 42), wall: 1_000, author: "Kari Nordvik", type: "measure", entity: "mea-1",
            writes: [FieldWrite("title", "Lås på boden"), FieldWrite("rooms", 3), FieldWrite("costToAgree", true),
                     FieldWrite("gone", nil), FieldWrite("answers", ["1": 5, "2": [.double(1.5), "x"]])]),
         #"{"v":1,"op":"k7q2m9x4p1ab:7","t":42,"w":1000,"by":"Kari Nordvik","type":"measure","id":"mea-1","set":{"title":"Lås på boden","rooms":3,"costToAgree":true,"gone":null,"answers":{"1":5,"2":[1.5,"x"]}}}"#),
        (Op(id: id, clock: HLC(raw: 43), author: "Kari", type: "measure", entity: "mea-1",
            writes: [FieldWrite("status", "done", replaces: [earlier, other]), FieldWrite("note", "a\tb\n\"c\"")]),
         #"{"v":1,"op":"k7q2m9x4p1ab:7","t":43,"by":"Kari","type":"measure","id":"mea-1","set":{"status":"done","note":"a\tb\n\"c\""},"prev":{"status":["k7q2m9x4p1ab:6","z0other:3"]}}"#),
        (Op(id: id, clock: HLC(raw: 44), author: "Kari", type: "visit", entity: "vis-1",
            setChanges: [SetChange("residents", "res-1", add: true), SetChange("residents", "res-2", add: true),
                         SetChange("attended", "res-3", add: true), SetChange("residents", "res-9", add: false)]),
         #"{"v":1,"op":"k7q2m9x4p1ab:7","t":44,"by":"Kari","type":"visit","id":"vis-1","add":{"residents":["res-1","res-2"],"attended":["res-3"]},"rem":{"residents":["res-9"]}}"#),
        (Op(id: id, clock: HLC(raw: 45), author: "Kari", type: "visit", entity: "vis-1", deletion: Deletion(saw: [earlier, other])),
         #"{"v":1,"op":"k7q2m9x4p1ab:7","t":45,"by":"Kari","type":"visit","id":"vis-1","del":["k7q2m9x4p1ab:6","z0other:3"]}"#),
        (Op(id: id, clock: HLC(raw: 46), author: "Kari", type: "visit", entity: "vis-1", deletion: Deletion(saw: [], restore: true)),
         #"{"v":1,"op":"k7q2m9x4p1ab:7","t":46,"by":"Kari","type":"visit","id":"vis-1","del":[],"undel":true}"#),
        (Op(id: id, clock: HLC(raw: UInt64.max), wall: 5, rewrite: other, author: "", type: "resident", entity: "res-1",
            writes: [FieldWrite("name", "")]),
         #"{"v":1,"op":"k7q2m9x4p1ab:7","t":18446744073709551615,"w":5,"rw":"z0other:3","by":"","type":"resident","id":"res-1","set":{"name":""}}"#),
    ]

    @Test func eachShapeIsWrittenInTheFixedOrderAndReadsBackTheSame() {
        for (op, line) in Self.shapes {
            #expect(Self.text(op) == line + "\n")
            #expect(Self.decoded(line) == .success(op), "\(line)")
            #expect(Self.decoded(line, fromSyncFolder: true) == .success(op), "\(line)")
        }
    }

    @Test func aLineInAnotherOrderReadsAsTheEncoderWouldHaveWrittenIt() throws {
        let scrambled = #"{"rem":{"residents":["res-9"]},"add":{"residents":["res-1"]},"id":"vis-1","unknown":{"x":[1]},"t":44,"by":"Kari","add":{"attended":["res-3"],"residents":["res-2"]},"type":"visit","op":"k7q2m9x4p1ab:7","v":1} "#
        let op = try Self.decoded(scrambled).get()
        #expect(op.setChanges == [SetChange("residents", "res-1", add: true), SetChange("residents", "res-2", add: true),
                                  SetChange("attended", "res-3", add: true), SetChange("residents", "res-9", add: false)])
        #expect(Self.text(op) == Self.shapes[2].line + "\n")
    }

    @Test func aLineWithoutARecordIsKeptAndFoldsToNothing() {
        #expect(Self.decoded(#"{"v":2,"op":"k7q2m9x4p1ab:7","t":9,"sealed":"AAAA"}"#)
            == .success(Op(format: 2, id: Self.id, clock: HLC(raw: 9), author: "", type: "", entity: "")))
        #expect(Self.decoded(#"{"v":1,"t":9,"type":"visit","id":"v"}"#) == .failure(.missing("op")))
        #expect(Self.decoded(#"{"v":1,"op":"a:1","type":"visit","id":"v"}"#) == .failure(.missing("t")))
    }

    @Test(arguments: [
        "A:1", "a:0", "a:01", "a:4294967296", "a:", ":1", "a", "a:1:2", "a/b:1", "../a:1", "a :1", "æ:1", "a:-1", "a:+1",
        String(repeating: "a", count: 33) + ":1",
    ])
    func anOpIDOutsideTheGrammarIsRefused(id: String) {
        #expect(Self.decoded(#"{"v":1,"op":"\#(id)","t":1,"type":"visit","id":"v"}"#) == .failure(.missing("op")))
        let prefix = #"{"v":1,"op":"a:1","t":1,"type":"visit","id":"v","#
        for field in [#""rw":"\#(id)""#, #""del":["\#(id)"]"#, #""prev":{"f":["\#(id)"]}"#] {
            guard case .failure(.syntax) = Self.decoded(prefix + field + "}") else {
                Issue.record("\(field) was read")
                continue
            }
        }
    }

    @Test func theLongestOpIDsInTheGrammarRead() throws {
        let device = String(repeating: "z9", count: 16)
        let op = try Self.decoded(#"{"v":1,"op":"\#(device):4294967295","t":1,"type":"visit","id":"v"}"#).get()
        #expect(op.id == OpID(device: device, seq: UInt32.max))
    }

    @Test func anOpIDIsReadWithoutEscapes() {
        #expect(Self.decoded(#"{"v":1,"op":"a\u003a1","t":1,"type":"visit","id":"v"}"#) == .failure(.syntax(offset: 14)))
    }

    @Test func aLineIsAtMostOneMebibyte() {
        #expect(JournalLine.maxBytes == 1_048_576)
        let head = #"{"v":1,"op":"a:1","t":1,"type":"visit","id":"v","by":""#, tail = #""}"#
        let frame = head.utf8.count + tail.utf8.count
        func line(_ length: Int) -> [UInt8] { Array((head + String(repeating: "x", count: length - frame) + tail).utf8) }
        let longest = line(JournalLine.maxBytes)
        #expect(longest.count == JournalLine.maxBytes)
        #expect((try? Self.decoded(longest).get())?.author.count == JournalLine.maxBytes - frame)
        #expect(Self.decoded(line(JournalLine.maxBytes + 1)) == .failure(.tooLong))
    }

    @Test func trailingGarbageAndBrokenLinesAreSyntaxErrors() {
        let line = Self.shapes[3].line
        #expect(Self.decoded(line + "x") == .failure(.syntax(offset: line.utf8.count)))
        #expect(Self.decoded(String(line.dropLast())) == .failure(.syntax(offset: line.utf8.count - 1)))
        #expect(Self.decoded("") == .failure(.syntax(offset: 0)))
        #expect(Self.decoded(#"{"v":1,"op":"a:1","t":-1}"#) == .failure(.syntax(offset: 22)))
    }

    @Test func aLineFromASyncFolderMustBeTextAScreenMayShow() throws {
        let escape = #"{"v":1,"op":"a:1","t":1,"by":"\u001b[2J","type":"visit","id":"v"}"#
        #expect(try Self.decoded(escape).get().author == "\u{1b}[2J")
        #expect(Self.decoded(escape, fromSyncFolder: true) == .failure(.badText))
        let head = Array(#"{"v":1,"op":"a:1","t":1,"type":"visit","id":"v","set":{"note":""#.utf8), tail = Array(#""}}"#.utf8)
        for bad: [UInt8] in [[0xFF], [0xC2, 0x9B], [0x7F], [0xED, 0xA0, 0x80]] {
            #expect(try Self.decoded(head + bad + tail).get().writes.count == 1)
            #expect(Self.decoded(head + bad + tail, fromSyncFolder: true) == .failure(.badText), "\(bad)")
        }
        for field in [#""add":{"\u0007":["x"]}"#, #""add":{"f":["\u009b"]}"#, #""set":{"f":["\u0000"]}"#] {
            let line = #"{"v":1,"op":"a:1","t":1,"type":"visit","id":"v",\#(field)}"#
            #expect(Self.decoded(line, fromSyncFolder: true) == .failure(.badText), "\(field)")
        }
    }
}

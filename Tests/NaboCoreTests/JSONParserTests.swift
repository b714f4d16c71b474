import NaboCore
import Testing

/// The parser every journal line, snapshot and file from another laptop goes through.
@Suite struct JSONParserTests {
    typealias Failure = JSONParser.Failure

    /// The value, or how the parser refused the text.
    static func parsed(_ text: String) -> Result<JSONValue, Failure> {
        do throws(Failure) { return .success(try JSONParser.parse(text)) } catch { return .failure(error) }
    }

    /// As a file or line from a sync folder is read: bytes, strictly.
    static func untrusted(_ bytes: [UInt8]) -> Result<JSONValue, Failure> {
        do throws(Failure) { return .success(try JSONParser.parse(bytes, untrusted: true)) } catch { return .failure(error) }
    }

    static func untrusted(_ text: String) -> Result<JSONValue, Failure> { untrusted(Array(text.utf8)) }

    /// `JSONParser.unsigned`, which reads the journal's clocks, over the whole text.
    static func unsigned(_ text: String) -> Result<UInt64, Failure> {
        var copy = text
        return copy.withUTF8 { bytes in
            var p = JSONParser(bytes)
            do throws(Failure) {
                let n = try p.unsigned()
                return p.atEnd ? .success(n) : .failure(Failure(offset: p.offset))
            } catch {
                return .failure(error)
            }
        }
    }

    @Test func readsEveryKindOfValue() {
        let text = #" {"s": "Storgata 3", "i": -12, "d": 1.5, "e": 2.5e-3, "t": true, "f": false, "n": null, "a": [1, [], {}], "o": {"k": "v"}} "#
        let expected: JSONValue = [
            "s": "Storgata 3", "i": -12, "d": .double(1.5), "e": .double(0.0025), "t": true, "f": false, "n": nil,
            "a": [1, [], [:]], "o": ["k": "v"],
        ]
        #expect(Self.parsed(text) == .success(expected))
        #expect(Self.parsed(#""""#) == .success(""))
        #expect(Self.parsed("[]") == .success([]))
    }

    @Test func aKeyNamedTwiceKeepsTheLastValue() {
        #expect(Self.parsed(#"{"a": 1, "a": 2}"#) == .success(["a": 2]))
    }

    @Test func readsEveryEscape() {
        #expect(Self.parsed(#""\"\\\/\b\f\n\r\t""#) == .success(.string("\"\\/\u{8}\u{C}\n\r\t")))
        #expect(Self.parsed(#""\u00e6\u00C6\u4e2d A""#) == .success("æÆ中 A"))
        #expect(Self.parsed(#""Ørjan \u00d8deg\u00e5rd""#) == .success("Ørjan Ødegård"))
    }

    @Test func aSurrogatePairIsOneCharacterAndAHalfPairIsRefused() {
        #expect(Self.parsed(#""\ud83d\ude00""#) == .success("😀"))
        #expect(Self.parsed(#""a\uD834\uDD1Eb""#) == .success("a𝄞b"))
        #expect(Self.parsed(#""\ud83d""#) == .failure(Failure(offset: 7)))
        #expect(Self.parsed(#""\ud83dx""#) == .failure(Failure(offset: 7)))
        #expect(Self.parsed(#""\ud83d\u0041""#) == .failure(Failure(offset: 13)))
        #expect(Self.parsed(#""\ude00""#) == .failure(Failure(offset: 7)))
    }

    @Test func badEscapesAndRawControlCharactersAreRefused() {
        #expect(Self.parsed(#""\x""#) == .failure(Failure(offset: 3)))
        #expect(Self.parsed(#""\u12g4""#) == .failure(Failure(offset: 5)))
        #expect(Self.parsed(#""\u12""#) == .failure(Failure(offset: 3)))
        #expect(Self.parsed("\"a\u{1}b\"") == .failure(Failure(offset: 2)))
        #expect(Self.parsed("\"a\nb\"") == .failure(Failure(offset: 2)))
        #expect(Self.parsed(#""open"#) == .failure(Failure(offset: 5)))
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        #expect(JSONParser.maxDepth == 64)
        func arrays(_ n: Int) -> String { String(repeating: "[", count: n) + String(repeating: "]", count: n) }
        var deepest: JSONValue = []
        for _ in 1..<64 { deepest = [deepest] }
        #expect(Self.parsed(arrays(64)) == .success(deepest))
        #expect(Self.parsed(arrays(65)) == .failure(Failure(offset: 64)))
        let objects = String(repeating: #"{"a":"#, count: 65) + "1" + String(repeating: "}", count: 65)
        #expect(Self.parsed(objects) == .failure(Failure(offset: 320)))
        // Depth is what is open at once, not how many were opened.
        let siblings = "[" + Array(repeating: arrays(63), count: 100).joined(separator: ",") + "]"
        #expect((try? Self.parsed(siblings).get())?.array?.count == 100)
    }

    @Test func integersAtTheEdgesReadExactly() {
        #expect(Self.parsed("9223372036854775807") == .success(.int(Int.max)))
        #expect(Self.parsed("-9223372036854775808") == .success(.int(Int.min)))
        #expect(Self.parsed("0") == .success(.int(0)))
        #expect(Self.parsed("-0") == .success(.int(0)))
        // One beyond Int's range is still a number, read as the nearest double (2^63, -2^63).
        #expect(Self.parsed("9223372036854775808") == .success(.double(0x1p63)))
        #expect(Self.parsed("-9223372036854775809") == .success(.double(-0x1p63)))
    }

    @Test func theJournalsClocksReadTheWholeUInt64Range() {
        #expect(Self.unsigned("18446744073709551615") == .success(UInt64.max))
        #expect(Self.unsigned("0") == .success(0))
        #expect(Self.unsigned("18446744073709551616") == .failure(Failure(offset: 0)))
        #expect(Self.unsigned("-1") == .failure(Failure(offset: 0)))
        #expect(Self.unsigned("") == .failure(Failure(offset: 0)))
    }

    @Test func numbersThatCannotBeWrittenBackAreRefused() {
        #expect(Self.parsed("1e308") == .success(.double(1e308)))
        #expect(Self.parsed("1e999") == .failure(Failure(offset: 0)))
        #expect(Self.parsed("[-1e999]") == .failure(Failure(offset: 1)))
        #expect(Self.parsed("-") == .failure(Failure(offset: 0)))
        #expect(Self.parsed(".5") == .failure(Failure(offset: 0)))
        #expect(Self.parsed("1.2.3") == .failure(Failure(offset: 0)))
    }

    @Test func aNumberIsAnIntOnlyWhenItIsOneExactly() {
        #expect(JSONValue.double(18).int == 18)
        #expect(JSONValue.double(1.5).int == nil)
        #expect(JSONValue.double(1e300).int == nil)
        #expect(JSONValue.string("18").int == nil)
    }

    @Test func trailingGarbageIsRefusedAndTrailingSpaceIsNot() {
        #expect(Self.parsed(" 1 \n") == .success(1))
        #expect(Self.parsed("{} x") == .failure(Failure(offset: 3)))
        #expect(Self.parsed("1 2") == .failure(Failure(offset: 2)))
        #expect(Self.parsed("truex") == .failure(Failure(offset: 4)))
        #expect(Self.parsed("nul") == .failure(Failure(offset: 0)))
        #expect(Self.parsed("[1,]") == .failure(Failure(offset: 3)))
        #expect(Self.parsed(#"{"a":1,}"#) == .failure(Failure(offset: 7)))
        #expect(Self.parsed("") == .failure(Failure(offset: 0)))
    }

    @Test func untrustedTextMustBeUTF8ThatAScreenMayShow() {
        #expect(Self.untrusted(#"{"navn": "Nguyễn Thị Minh Khai 张伟 😀", "note": "a\tb\nc\u000a"}"#)
            == .success(["navn": "Nguyễn Thị Minh Khai 张伟 😀", "note": "a\tb\nc\n"]))
        let refused: [(bytes: [UInt8], offset: Int)] = [
            ([0x22, 0xFF, 0x22], 1),  // never UTF-8
            ([0x22, 0xC0, 0xAF, 0x22], 1),  // overlong "/"
            ([0x22, 0xED, 0xA0, 0x80, 0x22], 1),  // a surrogate written out
            ([0x22, 0xE4, 0xB8, 0x22], 1),  // cut short
            ([0x22, 0x61, 0x80, 0x22], 2),  // a lone continuation byte
            ([0x22, 0xC2, 0x9B, 0x22], 1),  // C1: CSI
            ([0x22, 0x7F, 0x22], 1),  // DEL
            ([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D], 2),  // in a key
        ]
        for (bytes, offset) in refused {
            #expect(Self.untrusted(bytes) == .failure(Failure(offset: offset, badText: true)), "\(bytes)")
        }
    }

    @Test func untrustedTextMayNotEscapeControlCharactersButTabAndNewline() {
        #expect(Self.untrusted(#""\u001b[2J""#) == .failure(Failure(offset: 7, badText: true)))
        #expect(Self.untrusted(#""\u0085""#) == .failure(Failure(offset: 7, badText: true)))
        #expect(Self.untrusted(#""a\rb""#) == .failure(Failure(offset: 3, badText: true)))
        #expect(Self.untrusted(#""\b""#) == .failure(Failure(offset: 2, badText: true)))
        #expect(Self.untrusted(#"{"\u0007": 1}"#) == .failure(Failure(offset: 8, badText: true)))
        // Malformed JSON is still a syntax error, not bad text.
        #expect(Self.untrusted("\"a\u{1}\"") == .failure(Failure(offset: 2)))
    }

    @Test func trustedTextKeepsWhatAnEarlierVersionLetIn() {
        #expect(Self.parsed(#""\u001b[2J""#) == .success("\u{1b}[2J"))
        #expect((try? JSONParser.parse([0x22, 0xFF, 0x22], untrusted: false)) == .string("\u{FFFD}"))
    }
}

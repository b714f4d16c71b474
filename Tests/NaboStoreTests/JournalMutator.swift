import NaboCore
import NaboStore

/// Inputs for fuzzing the journal reader: valid lines encoded from generated operations, and what a
/// sync folder may hold instead: torn and garbled copies, and lines a stranger wrote on purpose.
/// Seeded, so a failure replays from its seed.
struct JournalMutator {
    enum Mutation: String, CaseIterable {
        case truncated, flippedBits, insertedBytes, deletedBytes, duplicatedSegment, spliced
        case deepNesting, hugeNumber, invalidUTF8, controlCharacter, oddID, randomBytes
    }

    /// What the contract says about a mutated line, when the mutation alone decides it.
    enum Verdict { case either, mustReject, mustAccept }

    struct Input {
        var mutation: Mutation
        var bytes: [UInt8]
        var verdict: Verdict
    }

    var rng: SplitMix64
    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func below(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ xs: [T]) -> T { xs[below(xs.count)] }

    // MARK: Valid operations

    static let idCharacters = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    static let texts = ["Runarveien", "Midtåsveien 12 B", "ÆØÅ æøå", "Bjørn Ødegård", "👩‍👧‍👦", "🇳🇴", "e\u{301}", "\"sitat\"",
                        "back\\slash", "a/b", "linje 1\nlinje 2", "\tinnrykk", "\u{FFFD}", "\u{2028}", "", " ", "{\"a\":[1]}", "\\u0041"]

    mutating func device() -> String {
        chance(50) ? pick(["devaaaaaaaaa", "a", "0", String(repeating: "z9", count: 16)])
            : String((0...below(32)).map { _ in pick(Self.idCharacters) })
    }

    mutating func opID() -> OpID {
        OpID(device: device(), seq: pick([1, 2, UInt32(1 + below(1000)), UInt32.max, UInt32(1 + below(Int(UInt32.max)))]))
    }

    mutating func text() -> String { (0...below(3)).map { _ in pick(Self.texts) }.joined() }

    mutating func value(depth: Int = 0) -> JSONValue {
        switch below(depth < 3 ? 8 : 6) {
        case 0: return .null
        case 1: return .bool(chance(50))
        case 2: return .int(pick([0, 1, -1, Int.max, Int.min, Int(truncatingIfNeeded: rng.next())]))
        case 3: return .double(pick([0.5, -0.0, 1e300, -2.5e-308, .leastNonzeroMagnitude, Double(Int32(truncatingIfNeeded: rng.next())) / 64]))
        case 4, 5: return .string(text())
        case 6: return .array((0..<below(4)).map { _ in value(depth: depth + 1) })
        default:
            return .object(Dictionary((0..<below(4)).map { _ in (text(), value(depth: depth + 1)) }, uniquingKeysWith: { a, _ in a }))
        }
    }

    /// An operation as any build might write it. Field names are unique within one operation and set
    /// changes come grouped by field, additions first: the only shapes the line format can hold.
    mutating func op() -> Op {
        let clock = pick([0, UInt64.max, rng.next(), HLC(millis: 1_795_345_200_000 + Int64(below(1 << 30)), counter: UInt16(below(4))).raw])
        var op = Op(format: chance(90) ? Op.formatVersion : below(10), id: opID(), clock: HLC(raw: clock), author: text(),
                    type: pick(["address", "unit", "resident", "visit", "measure", "dugnad", "survey", "from-a-newer-build", ""]),
                    entity: chance(50) ? text() : "a\(below(100))")
        var fields = Set<String>()
        for _ in 0..<below(5) {
            let f = pick(["street", "number", "note", "status", "title", "due", "answers", text()])
            guard fields.insert(f).inserted else { continue }
            op.writes.append(FieldWrite(f, value(), replaces: (0..<below(3)).map { _ in opID() }))
        }
        for add in [true, false] where chance(30) {
            for f in ["attended", "residents", "addresses"] where chance(50) {
                for _ in 0...below(3) { op.setChanges.append(SetChange(f, text(), add: add)) }
            }
        }
        if chance(15) { op.deletion = Deletion(saw: (0..<below(4)).map { _ in opID() }, restore: chance(30)) }
        return op
    }

    /// The line an operation is written as, without its newline.
    static func line(_ op: Op) -> [UInt8] { Array(JournalLine.encode(op).dropLast()) }

    // MARK: Damage

    /// How often each mutation comes: deep nesting one input in a hundred, as each is up to 600 KB.
    static let schedule: [Mutation] = Mutation.allCases.flatMap { m -> [Mutation] in
        switch m {
        case .deepNesting: [m]
        case .spliced, .randomBytes: Array(repeating: m, count: 5)
        default: Array(repeating: m, count: 10)
        }
    }

    /// `line` (made from `op`) damaged one way, sometimes twice; `other` is another valid line, for splices.
    mutating func damaged(_ line: [UInt8], of op: Op, other: [UInt8]) -> Input {
        var input = mutated(line, of: op, other: other, pick(Self.schedule))
        if chance(10), !input.bytes.isEmpty {
            input = mutated(input.bytes, of: op, other: other, pick(Self.schedule))
            input.verdict = .either
        }
        return input
    }

    mutating func mutated(_ line: [UInt8], of op: Op, other: [UInt8], _ m: Mutation) -> Input {
        var b = line
        var verdict = Verdict.either
        switch m {
        case .truncated: b = Array(b.prefix(below(b.count)))
        case .flippedBits: for _ in 0...below(3) { b[below(b.count)] ^= UInt8(1 << below(8)) }
        case .insertedBytes:
            for _ in 0...below(3) { b.insert(chance(50) ? pick(Self.syntax) : UInt8(below(256)), at: below(b.count + 1)) }
        case .deletedBytes:
            let i = below(b.count)
            b.removeSubrange(i..<min(b.count, i + 1 + below(8)))
        case .duplicatedSegment:
            let i = below(b.count)
            let segment = b[i..<min(b.count, i + 1 + below(64))]
            let at = below(b.count + 1)
            for _ in 0..<pick([1, 2, 100]) { b.insert(contentsOf: segment, at: at) }
        case .spliced: b = Array(b.prefix(below(b.count))) + other
        case .deepNesting: b = nested(b)
        case .hugeNumber: (b, verdict) = hugeNumber(b, of: op)
        case .invalidUTF8:
            b.insert(contentsOf: pick(Self.invalidUTF8), at: insideAString(b))
        case .controlCharacter:
            let c = pick(Self.controls)
            b.insert(contentsOf: c, at: insideAString(b))
            if c.count == 1, c[0] < 0x20, ![0x09, 0x0A, 0x0D].contains(c[0]) { verdict = .mustReject }
        case .oddID:
            let id = pick(Self.oddIDs)
            switch below(3) {
            case 0: b = Self.adding("del", Array("[\"\(id)\"]".utf8), to: b)
            case 1: b = Self.adding("prev", Array("{\"f\":[\"\(op.id)\",\"\(id)\"]}".utf8), to: b)
            default: b = Self.replacing("\"op\":\"\(op.id)\"", with: "\"op\":\"\(id)\"", in: b)
            }
            verdict = .mustReject
        case .randomBytes: b = (0..<below(64)).map { _ in chance(50) ? pick(Self.syntax) : UInt8(below(256)) }
        }
        return Input(mutation: m, bytes: b, verdict: verdict)
    }

    static let syntax = Array("{}[]\":,-.0123456789eE\\u tfnrl\n".utf8) + [0, 0x80, 0xFF]

    /// Somewhere in a string (after a quote) or anywhere at all.
    mutating func insideAString(_ b: [UInt8]) -> Int {
        let quotes = b.indices.filter { b[$0] == 0x22 }
        return chance(80) && !quotes.isEmpty ? pick(quotes) + 1 : below(b.count + 1)
    }

    static func replacing(_ old: String, with new: String, in b: [UInt8]) -> [UInt8] {
        let old = Array(old.utf8)
        guard b.count >= old.count,
              let i = (0...(b.count - old.count)).first(where: { b[$0..<($0 + old.count)].elementsEqual(old) }) else { return b }
        return Array(b[..<i]) + Array(new.utf8) + b[(i + old.count)...]
    }

    /// `b` with `"key":value` added before its closing brace.
    static func adding(_ key: String, _ value: some Collection<UInt8>, to b: [UInt8]) -> [UInt8] {
        Array(b.dropLast()) + Array(",\"\(key)\":".utf8) + value + [0x7D]
    }

    // MARK: Deep nesting

    /// Nesting up to 100,000 deep, prepared once: building 100,000 levels for each input would be
    /// most of the test's time.
    struct Nest {
        static let deepest = 100_000
        let open: [UInt8], close: [UInt8], openUnit: Int, closeUnit: Int, levelsPerUnit: Int

        init(_ open: String, _ close: String, levels: Int) {
            self.open = Array(String(repeating: open, count: Self.deepest / levels).utf8)
            self.close = Array(String(repeating: close, count: Self.deepest / levels).utf8)
            openUnit = open.utf8.count
            closeUnit = close.utf8.count
            levelsPerUnit = levels
        }

        func value(depth: Int, closed: Bool) -> ArraySlice<UInt8> {
            let units = max(1, depth / levelsPerUnit)
            return open[..<(units * openUnit)] + [0x31] + close[..<(closed ? units * closeUnit : 0)]
        }
    }

    static let nests = [Nest("[", "]", levels: 1), Nest("{\"a\":", "}", levels: 1), Nest("[{\"a\":", "}]", levels: 2)]

    /// The nesting is the whole line, a field's value, an unknown key's value (skipped, but still
    /// parsed) or `undel`'s value; closed or left open.
    mutating func nested(_ line: [UInt8]) -> [UInt8] {
        let depth = chance(20) ? Nest.deepest : pick([2, 10, 100, 1000, 10_000, 1 + below(Nest.deepest)])
        let value = pick(Self.nests).value(depth: depth, closed: chance(70))
        switch below(4) {
        case 0: return Array(value)
        case 1: return Self.adding("set", Array("{\"deep\":".utf8) + value + [0x7D], to: line)
        case 2: return Self.adding("from-a-newer-build", value, to: line)
        default: return Self.adding("undel", value, to: line)
        }
    }

    // MARK: Numbers, bytes and ids from the contract

    static let numbers = ["123456789012345678901234567890", "-123456789012345678901", "1e999", "-1e999", "1e-999", "-0", "-0.0",
                          "9999999999999999999", "18446744073709551615", "18446744073709551616", "9223372036854775808",
                          "-9223372036854775809", "0", "00", "01", "4294967296", "4294967295", "1.", ".5", "1e", "+1", "--1", "0x1F",
                          "NaN", "Infinity", "1E+2"]

    /// A number from the list in the version, the clock, the sequence number or a field's value.
    mutating func hugeNumber(_ line: [UInt8], of op: Op) -> ([UInt8], Verdict) {
        let n = pick(Self.numbers)
        let canonical = !n.isEmpty && n.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && (n == "0" || !n.hasPrefix("0"))
        switch below(4) {
        case 0: return (Self.replacing("{\"v\":\(op.format)", with: "{\"v\":\(n)", in: line), .either)
        case 1:
            let inRange = canonical && UInt64(n) != nil
            return (Self.replacing("\"t\":\(op.clock.raw)", with: "\"t\":\(n)", in: line), inRange ? .mustAccept : .either)
        case 2:
            let inRange = canonical && (UInt32(n) ?? 0) > 0
            return (Self.replacing("\"op\":\"\(op.id)\"", with: "\"op\":\"\(op.id.device):\(n)\"", in: line), inRange ? .mustAccept : .mustReject)
        default: return (Self.adding("set", Array("{\"n\":\(n)}".utf8), to: line), .either)
        }
    }

    static let invalidUTF8: [[UInt8]] = [
        [0x80], [0xBF], [0x80, 0x80], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF], [0xC3, 0x28],
    ]

    static let controls: [[UInt8]] = (0..<0x20).map { [UInt8($0)] } + [[0x7F], [0xC2, 0x80], [0xC2, 0x85], [0xC2, 0x9F]]
        + ["\\u0000", "\\u0001", "\\u001f", "\\u001F", "\\u007f", "\\u0080", "\\u009f", "\\u2028", "\\ud800", "\\udfff", "\\ud800\\u0041", "\\ud83d\\ude00"]
        .map { Array($0.utf8) }

    /// Ids outside the grammar (device `[a-z0-9]{1,32}`, a colon, 1...4294967295 without leading zeros).
    static let oddIDs = ["../../x:1", "a/b:1", ".x:1", "A:1", ":1", "x:", "x:01", "x:0", "x:4294967296", "x:-1", "x:+1", "x: 1",
                         " x:1", "x::1", "", "x", "é:1", "x y:1", "x\\u003a1", "x.jsonl:1", String(repeating: "a", count: 33) + ":1",
                         String(repeating: "a", count: 10_000) + ":1", "devaaaaaaaaa:99999999999"]
}

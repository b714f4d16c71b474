import NaboCore

/// The journal line format: one JSON object a line, keys in a fixed order so lines written by any
/// device are byte-identical for the same operation.
///
/// `{"v":1,"op":"DEVICE:SEQ","t":HLC,"w":WALL,"rw":"DEVICE:SEQ","by":WORKER,"type":TYPE,"id":ID,"set":{..},
///   "prev":{field:[op..]},"add":{field:[..]},"rem":{field:[..]},"del":[op..],"undel":true}`
///
/// Lines come from other laptops and other programs, so reading is bounded: a line is at most
/// `maxBytes` long, valid UTF-8 without control characters but tab and newline, nests at most
/// `JSONParser.maxDepth` deep, and its ids follow `OpID`'s grammar. A writer is held to the same
/// bounds (`Store.append`), so every line Nabo writes reads back.
public enum JournalLine {
    /// Far above any line a worker's typing makes (a long visit note is a few kilobytes).
    public static let maxBytes = 1 << 20

    public static func encode(_ op: Op) -> [UInt8] {
        var w = JSONWriter(reservingCapacity: 256)
        w.raw("{\"v\":")
        w.int(op.format)
        w.raw(",\"op\":")
        w.string(op.id.description)
        w.raw(",\"t\":")
        w.int(op.clock.raw)
        if let wall = op.wall {
            w.raw(",\"w\":")
            w.int(wall)
        }
        if let rewrite = op.rewrite {
            w.raw(",\"rw\":")
            w.string(rewrite.description)
        }
        w.raw(",\"by\":")
        w.string(op.author)
        w.raw(",\"type\":")
        w.string(op.type)
        w.raw(",\"id\":")
        w.string(op.entity)
        if !op.writes.isEmpty {
            w.raw(",\"set\":")
            w.object(op.writes.map { ($0.field, $0.value) })
            let prev = op.writes.filter { !$0.replaces.isEmpty }
            if !prev.isEmpty {
                w.raw(",\"prev\":")
                w.object(prev.map { ($0.field, .array($0.replaces.map { .string($0.description) })) })
            }
        }
        for isAdd in [true, false] {
            let changes = op.setChanges.filter { $0.isAddition == isAdd }
            guard !changes.isEmpty else { continue }
            var fields: [(String, JSONValue)] = []
            for c in changes {
                if let i = fields.firstIndex(where: { $0.0 == c.field }), case .array(var a) = fields[i].1 {
                    a.append(.string(c.element))
                    fields[i].1 = .array(a)
                } else {
                    fields.append((c.field, .array([.string(c.element)])))
                }
            }
            w.raw(",\"")
            w.raw(isAdd ? "add" : "rem")
            w.raw("\":")
            w.object(fields)
        }
        if let d = op.deletion {
            w.raw(",\"del\":")
            w.value(.array(d.saw.map { .string($0.description) }))
            if d.restore { w.raw(",\"undel\":true") }
        }
        w.byte(UInt8(ascii: "}"))
        w.byte(0x0A)
        return w.bytes
    }

    /// A string as the encoder writes it, for searching lines by bytes.
    static func encodeString(_ s: String) -> [UInt8] {
        var w = JSONWriter()
        w.string(s)
        return w.bytes
    }

    public enum DecodeError: Error, Equatable {
        case syntax(offset: Int)
        case missing(String)
        case tooLong
        /// Not UTF-8, or a control character a terminal would act on.
        case badText
    }

    /// Reads one line (without its newline). Unknown keys are skipped: the line itself is kept by
    /// the journal, so nothing a newer version wrote is lost.
    /// `fromSyncFolder` lines must also be clean text (`JSONParser.untrusted`); lines already in this
    /// laptop's journals were let in by an earlier version and stay readable, shown escaped.
    public static func decode(_ line: UnsafeBufferPointer<UInt8>, fromSyncFolder: Bool = false) throws(DecodeError) -> Op {
        guard line.count <= maxBytes else { throw .tooLong }
        var p = JSONParser(line)
        p.untrusted = fromSyncFolder
        var format = 0
        var id: OpID?
        var clock: UInt64?
        var wall: Int64?
        var rewrite: OpID?
        var author = ""
        var type: String?
        var entity: String?
        var writes: [FieldWrite] = []
        var prev: [String: [OpID]] = [:]
        var changes: [SetChange] = []
        var deletion: Deletion?
        var restore = false
        do throws(JSONParser.Failure) {
            try p.expect(UInt8(ascii: "{"))
            if !p.consume(UInt8(ascii: "}")) {
                repeat {
                    let k = try p.key()
                    try p.expect(UInt8(ascii: ":"))
                    switch Key(k) {
                    case .v: format = Int(clamping: try p.unsigned())
                    case .op: id = OpID(utf8: try p.key())
                    case .t: clock = try p.unsigned()
                    case .w: wall = Int64(clamping: try p.unsigned())
                    case .rw:
                        guard let r = OpID(utf8: try p.key()) else { throw JSONParser.Failure(offset: p.offset) }
                        rewrite = r
                    case .by: author = try p.string()
                    case .type: type = try p.string()
                    case .id: entity = try p.string()
                    case .set:
                        writes.reserveCapacity(8)
                        try p.expect(UInt8(ascii: "{"))
                        if !p.consume(UInt8(ascii: "}")) {
                            repeat {
                                let f = try p.string()
                                try p.expect(UInt8(ascii: ":"))
                                writes.append(FieldWrite(f, try p.value()))
                            } while p.consume(UInt8(ascii: ","))
                            try p.expect(UInt8(ascii: "}"))
                        }
                    case .prev:
                        // {"field": ["DEVICE:SEQ", ...], ...}, read without building JSON values.
                        try p.expect(UInt8(ascii: "{"))
                        if !p.consume(UInt8(ascii: "}")) {
                            repeat {
                                let f = try p.string()
                                try p.expect(UInt8(ascii: ":"))
                                prev[f] = try opIDs(&p)
                            } while p.consume(UInt8(ascii: ","))
                            try p.expect(UInt8(ascii: "}"))
                        }
                    case .add, .rem:
                        let isAdd = Key(k) == .add
                        try p.expect(UInt8(ascii: "{"))
                        if !p.consume(UInt8(ascii: "}")) {
                            repeat {
                                let f = try p.string()
                                try p.expect(UInt8(ascii: ":"))
                                try p.expect(UInt8(ascii: "["))
                                if !p.consume(UInt8(ascii: "]")) {
                                    repeat { changes.append(SetChange(f, try p.string(), add: isAdd)) } while p.consume(UInt8(ascii: ","))
                                    try p.expect(UInt8(ascii: "]"))
                                }
                            } while p.consume(UInt8(ascii: ","))
                            try p.expect(UInt8(ascii: "}"))
                        }
                    case .del:
                        deletion = Deletion(saw: try opIDs(&p))
                    case .undel:
                        restore = (try p.value()) == .bool(true)
                    case .unknown:
                        try p.skipValue()
                    }
                } while p.consume(UInt8(ascii: ","))
                try p.expect(UInt8(ascii: "}"))
            }
            _ = p.consume(UInt8(ascii: " "))
            guard p.atEnd else { throw JSONParser.Failure(offset: p.offset) }
        } catch {
            throw error.badText ? .badText : .syntax(offset: error.offset)
        }
        guard let id else { throw .missing("op") }
        guard let clock else { throw .missing("t") }
        // A line with an id and a clock but no record (an encrypted envelope, a kind of line a newer
        // version writes) is kept and passed on by sync, and folds to nothing here.
        guard let type, let entity else {
            return Op(format: format, id: id, clock: HLC(raw: clock), wall: wall, rewrite: rewrite, author: author, type: "", entity: "")
        }
        if !prev.isEmpty {
            for i in writes.indices { writes[i].replaces = prev[writes[i].field] ?? [] }
        }
        if restore { deletion = Deletion(saw: deletion?.saw ?? [], restore: true) }
        // In the encoder's order (additions, then removals, each grouped by field in the order first
        // named), so a line read and written again is the same line; Nabo writes no other order.
        if changes.count > 1, !isCanonical(changes) { changes = canonical(changes) }
        return Op(format: format, id: id, clock: HLC(raw: clock), wall: wall, rewrite: rewrite, author: author, type: type, entity: entity,
                  writes: writes, setChanges: changes, deletion: deletion)
    }

    /// Additions before removals, and no field named again after another: what the encoder writes.
    static func isCanonical(_ changes: [SetChange]) -> Bool {
        for i in 1..<changes.count {
            let a = changes[i - 1], b = changes[i]
            if !a.isAddition, b.isAddition { return false }
            if a.isAddition == b.isAddition, a.field != b.field,
               changes[..<(i - 1)].contains(where: { $0.isAddition == b.isAddition && $0.field == b.field }) { return false }
        }
        return true
    }

    static func canonical(_ changes: [SetChange]) -> [SetChange] {
        var out: [SetChange] = []
        out.reserveCapacity(changes.count)
        for isAdd in [true, false] {
            var fields: [String] = []
            for c in changes where c.isAddition == isAdd && !fields.contains(c.field) { fields.append(c.field) }
            for f in fields { out += changes.filter { $0.isAddition == isAdd && $0.field == f } }
        }
        return out
    }

    /// `["DEVICE:SEQ", ...]`; an id that does not read is damage, like any unreadable line.
    static func opIDs(_ p: inout JSONParser) throws(JSONParser.Failure) -> [OpID] {
        try p.expect(UInt8(ascii: "["))
        var ids: [OpID] = []
        if p.consume(UInt8(ascii: "]")) { return ids }
        repeat {
            guard let id = OpID(utf8: try p.key()) else { throw JSONParser.Failure(offset: p.offset) }
            ids.append(id)
        } while p.consume(UInt8(ascii: ","))
        try p.expect(UInt8(ascii: "]"))
        return ids
    }

    enum Key {
        case v, op, t, w, rw, by, type, id, set, prev, add, rem, del, undel, unknown

        @inline(__always) init(_ k: UnsafeBufferPointer<UInt8>) {
            switch k.count {
            case 1:
                switch k[0] {
                case UInt8(ascii: "v"): self = .v
                case UInt8(ascii: "t"): self = .t
                case UInt8(ascii: "w"): self = .w
                default: self = .unknown
                }
            case 2:
                let a = k[0], b = k[1]
                if a == UInt8(ascii: "o"), b == UInt8(ascii: "p") { self = .op }
                else if a == UInt8(ascii: "r"), b == UInt8(ascii: "w") { self = .rw }
                else if a == UInt8(ascii: "b"), b == UInt8(ascii: "y") { self = .by }
                else if a == UInt8(ascii: "i"), b == UInt8(ascii: "d") { self = .id }
                else { self = .unknown }
            case 3:
                switch (k[0], k[1], k[2]) {
                case (UInt8(ascii: "s"), UInt8(ascii: "e"), UInt8(ascii: "t")): self = .set
                case (UInt8(ascii: "a"), UInt8(ascii: "d"), UInt8(ascii: "d")): self = .add
                case (UInt8(ascii: "r"), UInt8(ascii: "e"), UInt8(ascii: "m")): self = .rem
                case (UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "l")): self = .del
                default: self = .unknown
                }
            case 4:
                if k[0] == UInt8(ascii: "t"), k[1] == UInt8(ascii: "y"), k[2] == UInt8(ascii: "p"), k[3] == UInt8(ascii: "e") { self = .type }
                else if k[0] == UInt8(ascii: "p"), k[1] == UInt8(ascii: "r"), k[2] == UInt8(ascii: "e"), k[3] == UInt8(ascii: "v") { self = .prev }
                else { self = .unknown }
            case 5:
                self = Array(k) == Array("undel".utf8) ? .undel : .unknown
            default: self = .unknown
            }
        }
    }
}

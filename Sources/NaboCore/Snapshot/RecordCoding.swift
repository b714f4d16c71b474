/// A record in the snapshot's binary form. Values are kept as JSON text: compact, and read back by
/// the same parser as the journals.
enum RecordCoding {
    static func encode(_ r: Record, into w: inout BinaryWriter) {
        w.string(r.id)
        if let d = r.deletion {
            w.u8(d.deleted ? 2 : 1)
            w.version(d.version)
            w.u32(UInt32(d.saw.count))
            d.saw.forEach { w.ref($0) }
        } else {
            w.u8(0)
        }
        w.u16(UInt16(r.registers.count))
        for reg in r.registers {
            w.string(reg.field)
            head(reg.winner, &w)
            w.u16(UInt16(reg.contest.count))
            for c in reg.contest {
                switch c {
                case .head(let h): w.u8(1); head(h, &w)
                case .pending(let ref): w.u8(2); w.ref(ref)
                }
            }
        }
        w.u16(UInt16(r.sets.count))
        for s in r.sets {
            w.string(s.field)
            w.u32(UInt32(s.elements.count))
            for e in s.elements {
                w.string(e.value)
                w.u8(e.present ? 1 : 0)
                w.version(e.version)
            }
        }
    }

    static func head(_ h: Head, _ w: inout BinaryWriter) {
        w.jsonText(h.value)
        w.version(h.version)
    }

    /// The record at the reader; with `fields`, only those fields are decoded (the others are
    /// passed over, their text not parsed): a pass over every resident that needs one date.
    static func decode(_ r: inout BinaryReader, fields: [[UInt8]]? = nil) throws(BinaryReader.Corrupt) -> Record {
        var record = Record(id: try r.string())
        let deletion = try r.u8()
        if deletion > 0 {
            let version = try r.version()
            let n = Int(try r.u32())
            var saw: [OpRef] = []
            for _ in 0..<n { saw.append(try r.ref()) }
            record.deletionBox = [Record.DeletionState(version: version, deleted: deletion == 2, saw: saw)]
        }
        let registers = Int(try r.u16())
        record.registers.reserveCapacity(registers)
        for _ in 0..<registers {
            if let fields {
                let start = r.pos
                let name = try r.bytes(Int(try r.u32()))
                if !fields.contains(where: { name.elementsEqual($0) }) {
                    try skipRegister(&r)
                    continue
                }
                r.pos = start
            }
            var reg = Register(field: try r.string(), winner: try head(&r))
            let contest = Int(try r.u16())
            for _ in 0..<contest {
                switch try r.u8() {
                case 1: reg.contest.append(.head(try head(&r)))
                case 2: reg.contest.append(.pending(try r.ref()))
                default: throw BinaryReader.Corrupt()
                }
            }
            record.registers.append(reg)
        }
        let sets = Int(try r.u16())
        for _ in 0..<sets {
            var s = SetRegister(field: try r.string())
            let wanted = fields.map { f in f.contains { $0.elementsEqual(s.field.utf8) } } ?? true
            let n = Int(try r.u32())
            for _ in 0..<n {
                let value = try r.string()
                let present = try r.u8() == 1
                s.elements.append(SetRegister.Element(value: value, present: present, version: try r.version()))
            }
            if wanted { record.sets.append(s) }
        }
        return record
    }

    /// Passes over a register's winner and contest, its name already read.
    private static func skipRegister(_ r: inout BinaryReader) throws(BinaryReader.Corrupt) {
        try r.skip(Int(try r.u32()) + RawRecord.versionSize)
        for _ in 0..<Int(try r.u16()) {
            switch try r.u8() {
            case 1: try r.skip(Int(try r.u32()) + RawRecord.versionSize)
            case 2: try r.skip(RawRecord.refSize)
            default: throw BinaryReader.Corrupt()
            }
        }
    }

    static func head(_ r: inout BinaryReader) throws(BinaryReader.Corrupt) -> Head {
        let n = Int(try r.u32())
        let text = try r.bytes(n)
        var parser = JSONParser(text.assumingMemoryBound(to: UInt8.self))
        guard let value = try? parser.value() else { throw BinaryReader.Corrupt() }
        return Head(value: value, version: try r.version())
    }
}

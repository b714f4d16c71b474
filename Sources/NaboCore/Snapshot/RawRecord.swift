/// A record read where it lies in the snapshot, its id, field names and values' JSON text left as
/// bytes there (the layout `RecordCoding.encode` writes). An export of every visit reads each record
/// this way and copies the values' text out, instead of making strings and values it would write
/// back as the same text. One `RawRecord` is read again for each record, keeping its arrays' room.
public struct RawRecord {
    public internal(set) var id = UnsafeRawBufferPointer(start: nil, count: 0)
    public internal(set) var isDeleted = false
    public internal(set) var registers: [Field] = []
    public internal(set) var sets: [SetField] = []
    public internal(set) var elements: [Element] = []

    // Structs rather than tuples: an array of tuples asks the runtime for its type at each use.
    /// A field's name, its winner's JSON text, and whether a concurrent write contests it.
    public struct Field {
        public let field: UnsafeRawBufferPointer, json: UnsafeRawBufferPointer, conflicted: Bool
    }

    /// A set field's name and the range of its elements in `elements`.
    public struct SetField {
        public let field: UnsafeRawBufferPointer, elements: Range<Int>
    }

    public struct Element {
        public let value: UnsafeRawBufferPointer, present: Bool
    }

    public init() {}

    /// Reads the record at `offset` of `bytes`; a record that does not read throws, as a decode does.
    mutating func read(_ bytes: UnsafeRawBufferPointer, at offset: Int) throws(BinaryReader.Corrupt) {
        registers.removeAll(keepingCapacity: true)
        sets.removeAll(keepingCapacity: true)
        elements.removeAll(keepingCapacity: true)
        var r = BinaryReader(bytes, at: offset)
        id = try r.bytes(Int(try r.u32()))
        let deletion = try r.u8()
        isDeleted = deletion == 2
        if deletion > 0 {
            try r.skip(Self.versionSize)
            try r.skip(Int(try r.u32()) * Self.refSize)
        }
        for _ in 0..<Int(try r.u16()) {
            let field = try r.bytes(Int(try r.u32()))
            let json = try r.bytes(Int(try r.u32()))
            try r.skip(Self.versionSize)
            var conflicted = false
            for _ in 0..<Int(try r.u16()) {
                switch try r.u8() {
                case 1:
                    conflicted = true
                    try r.skip(Int(try r.u32()))
                    try r.skip(Self.versionSize)
                case 2: try r.skip(Self.refSize)
                default: throw BinaryReader.Corrupt()
                }
            }
            registers.append(Field(field: field, json: json, conflicted: conflicted))
        }
        for _ in 0..<Int(try r.u16()) {
            let field = try r.bytes(Int(try r.u32()))
            let start = elements.count
            for _ in 0..<Int(try r.u32()) {
                let value = try r.bytes(Int(try r.u32()))
                elements.append(Element(value: value, present: try r.u8() == 1))
                try r.skip(Self.versionSize)
            }
            sets.append(SetField(field: field, elements: start..<elements.count))
        }
    }

    /// The winner's JSON text of the first register named `field`, as `Record`'s subscript finds it.
    public func json(_ field: [UInt8]) -> UnsafeRawBufferPointer? {
        registers.first { $0.field.elementsEqual(field) }?.json
    }

    /// The stored text of a string field between its quotes, escapes left as written; nil for a
    /// field not there or not text. A date or time reads from it as from the string: `JSONWriter`
    /// escapes only control characters, quotes and backslashes, never a digit, `-`, `:` or `T`.
    public func text(_ field: [UInt8]) -> UnsafeRawBufferPointer? {
        guard let json = json(field), json.count >= 2, json.first == UInt8(ascii: "\""), json.last == UInt8(ascii: "\"") else { return nil }
        return UnsafeRawBufferPointer(rebasing: json[1..<(json.count - 1)])
    }

    /// The date at the start of a field's text, as `Record.date` reads it.
    public func date(_ field: [UInt8]) -> CalendarDate? {
        text(field).flatMap { DateBytes.date(utf8: $0) }
    }

    /// The elements, present or removed, of the first set named `field`.
    public func elements(_ field: [UInt8]) -> ArraySlice<Element> {
        guard let set = sets.first(where: { $0.field.elementsEqual(field) }) else { return [] }
        return elements[set.elements]
    }

    /// A version's bytes (`BinaryWriter.version`) and an operation reference's (`BinaryWriter.ref`).
    static let versionSize = 16, refSize = 6
}

/// How erasures rewrite a journal line, the same on every laptop, from the receipts alone: a line
/// about an erased record keeps only what sync needs to count it (its id, clocks and writer) and
/// folds to nothing; a line of any other record loses every reference to an erased record (the
/// person leaves a shared visit's residents); every other line stays as it is, free text included.
/// The rewritten line names the erasure in `rewrite`, so it supersedes the original everywhere.
public struct ErasureRule: Sendable {
    /// Each erased id's keyed hash and the erasure that erased it (the first, where two did).
    public let erased: [String: OpID]
    let hash: KeyedHash
    /// Every record id is `Context.recordID`'s: a three-letter tag, a dash, then digits and small
    /// letters. Only text of that shape is hashed, so a pass over half a million lines hashes ids,
    /// not every date, name and word it meets.
    static func mayBeID(_ text: String) -> Bool {
        let u = text.utf8
        guard u.count >= 5, u.count <= 40 else { return false }
        var i = 0
        for c in u {
            if i == 3 { guard c == UInt8(ascii: "-") else { return false } } else if !OpID.isDeviceByte(c) { return false }
            i += 1
        }
        return true
    }

    public init(_ receipts: [ErasureReceipt], hash: @escaping KeyedHash) {
        var erased: [String: OpID] = [:]
        for r in receipts {
            for h in r.ids where erased[h].map({ r.id < $0 }) ?? true { erased[h] = r.id }
        }
        self.erased = erased
        self.hash = hash
    }

    public var isEmpty: Bool { erased.isEmpty }

    /// What the erasures make of one line.
    public struct Rewrite: Equatable, Sendable {
        public var op: Op
        /// The line was about an erased record (not only naming one): it was dropped whole.
        public var dropped: Bool
    }

    /// The line as the erasures leave it, or nil when they leave it as it is. `cache` remembers the
    /// verdict for each text looked at, across the lines of one pass.
    public func rewritten(_ op: Op, cache: inout [String: OpID?]) -> Rewrite? {
        guard !erased.isEmpty, !op.type.isEmpty, op.type != ErasureReceipt.type else { return nil }
        func erasure(_ text: String) -> OpID? {
            guard Self.mayBeID(text) else { return nil }
            if let known = cache[text] { return known }
            let found = erased[hash(text)]
            cache[text] = found
            return found
        }
        if let by = erasure(op.entity) {
            return Rewrite(op: Op(format: op.format, id: op.id, clock: op.clock, wall: op.wall, rewrite: min(by, op.rewrite ?? by),
                                  author: op.author, type: "", entity: ""), dropped: true)
        }
        var by: OpID?
        func note(_ id: OpID) { by = min(id, by ?? id) }
        var out = op
        out.writes = op.writes.compactMap { w in
            switch w.value {
            case .string(let s):
                if let e = erasure(s) { note(e); return nil }
                return w
            case .array(let items):
                let kept = items.filter { item in
                    guard case .string(let s) = item, let e = erasure(s) else { return true }
                    note(e)
                    return false
                }
                return kept.count == items.count ? w : FieldWrite(w.field, .array(kept), replaces: w.replaces)
            default:
                return w
            }
        }
        out.setChanges = op.setChanges.filter { c in
            guard let e = erasure(c.element) else { return true }
            note(e)
            return false
        }
        guard let by else { return nil }
        out.rewrite = min(by, op.rewrite ?? by)
        return Rewrite(op: out, dropped: false)
    }
}

/// The recovery key printed once at `nabo init`, for the office safe: 160 random bits as eight groups
/// of four characters in Crockford's base 32 (no I, L, O or U; a typed O reads as 0, I and L as 1), so
/// it can be read off paper and typed back. It opens a slot of its own, as a passphrase does.
public enum RecoveryKey {
    static let symbols = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    static func generate() -> String {
        var out = ""
        var acc: UInt32 = 0
        var bits = 0
        for b in Random.bytes(20) {
            acc = acc << 8 | UInt32(b)
            bits += 8
            while bits >= 5 {
                bits -= 5
                if !out.isEmpty, out.count % 5 == 4 { out.append("-") }
                out.append(symbols[Int((acc >> UInt32(bits)) & 31)])
            }
        }
        return out
    }

    /// The key as typed (any case, with or without spaces and dashes), in the printed form; nil if
    /// the text is not a recovery key.
    static func normalised(_ text: String) -> String? {
        var kept: [Character] = []
        for c in text.uppercased() where c != "-" && c != " " {
            switch c {
            case "O": kept.append("0")
            case "I", "L": kept.append("1")
            default:
                guard symbols.contains(c) else { return nil }
                kept.append(c)
            }
        }
        guard kept.count == 32 else { return nil }
        var out = ""
        for (i, c) in kept.enumerated() {
            if i > 0, i % 4 == 0 { out.append("-") }
            out.append(c)
        }
        return out
    }
}

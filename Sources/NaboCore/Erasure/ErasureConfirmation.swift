/// The name a worker types to confirm an erasure, on the command line and in the interface alike:
/// it must be the resident's, spacing and case aside, and a resident without a name cannot be
/// confirmed by an empty one.
public enum ErasureConfirmation {
    public static func matches(_ typed: String, name: String) -> Bool {
        func folded(_ s: String) -> String { s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return !folded(name).isEmpty && folded(typed) == folded(name)
    }
}

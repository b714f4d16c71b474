extension JSONParser {
    /// Parses a whole text as one JSON value.
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        var copy = text
        return try copy.withUTF8 { document($0, untrusted: false) }.get()
    }

    /// Parses whole bytes as one JSON value. Bytes rather than a String, so that with `untrusted`
    /// (a file someone else may have written) bad UTF-8 is refused rather than replaced.
    public static func parse(_ bytes: [UInt8], untrusted: Bool) throws(Failure) -> JSONValue {
        try bytes.withUnsafeBufferPointer { document($0, untrusted: untrusted) }.get()
    }

    private static func document(_ bytes: UnsafeBufferPointer<UInt8>, untrusted: Bool) -> Result<JSONValue, Failure> {
        var p = JSONParser(bytes)
        p.untrusted = untrusted
        do throws(Failure) {
            let v = try p.value()
            p.skipSpace()
            return p.atEnd ? .success(v) : .failure(Failure(offset: p.offset))
        } catch {
            return .failure(error)
        }
    }
}

/// Numbers as a reader expects them: one decimal, a decimal comma in bokmål and in files for
/// Norwegian spreadsheets, a point otherwise. Written without Foundation, which the core does not use.
public enum DecimalText {
    public static func format(_ x: Double, digits: Int = 1, comma: Bool) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(x) * Double(scale)).rounded())
        let whole = scaled / scale
        var text = (x < 0 && scaled != 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let frac = String(scaled % scale)
            text += (comma ? "," : ".") + String(repeating: "0", count: digits - frac.count) + frac
        }
        return text
    }

    public static func format(_ x: Double, digits: Int = 1, language: Language) -> String {
        format(x, digits: digits, comma: language == .nb)
    }

    /// A share (0...1) as a whole percentage.
    public static func percent(_ share: Double) -> Int {
        Int((share * 100).rounded())
    }
}

import NaboCore

/// The workbook's shared strings (`xl/sharedStrings.xml`), which cells of type `s` count into:
/// each `<si>` is its plain `<t>` or the `<t>`s of its rich text runs, phonetic guides left out.
final class SharedStrings: SAXHandler {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, phonetic = 0

    static func read(_ bytes: [UInt8], part: String) throws(Message) -> [String] {
        let reader = SharedStrings()
        try XMLPart.parse(bytes, part: part, into: reader)
        return reader.strings
    }

    func start(_ name: String, _ attributes: [String: String]) throws(Message) {
        switch name {
        case "si": inItem = true; current = ""
        case "rPh": phonetic += 1
        case "t": inText = inItem && phonetic == 0
        default: break
        }
    }

    func end(_ name: String) throws(Message) {
        switch name {
        case "si": strings.append(OfficeText.decoded(current)); inItem = false
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) {
        if inText { current += text }
    }
}

/// What the dugnad notice and the notice to residents share: the three kinds of text, the names of
/// the user's templates for them, and how a filled template is tidied.
public enum NoticeText {
    public enum Kind: String, Sendable, CaseIterable {
        case markdown = "md", text = "txt", sms

        /// The file name a user's own template has: `notice.nb.md`, `sms.en.txt`,
        /// `notice-board.nb.md`, `notice-board-sms.en.txt`.
        public func fileName(_ language: Language, _ names: TemplateNames) -> String {
            switch self {
            case .markdown, .text: "\(names.notice).\(language.rawValue).\(rawValue)"
            case .sms: "\(names.sms).\(language.rawValue).txt"
            }
        }
    }

    /// The stems of a notice's template files, one set per kind of notice.
    public struct TemplateNames: Sendable {
        public var notice: String
        public var sms: String

        public static let dugnad = TemplateNames(notice: "notice", sms: "sms")
        public static let noticeBoard = TemplateNames(notice: "notice-board", sms: "notice-board-sms")
    }

    /// A template filled and finished: an SMS trimmed to its words, a notice tidied.
    static func render(_ template: Template, _ values: [String: String], kind: Kind) throws(Message) -> String {
        let filled = try template.fill(values)
        return kind == .sms ? filled.trimmingWhitespace().description : tidy(filled)
    }

    /// Empty placeholders (no note, no tasks) leave runs of blank lines; one blank line is enough.
    static func tidy(_ s: String) -> String {
        var lines: [Substring] = []
        for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy(\.isWhitespace)
            if blank, lines.last.map({ $0.allSatisfy(\.isWhitespace) }) ?? true { continue }
            lines.append(blank ? "" : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "a, b og c" / "a, b and c".
    static func list(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .nb ? " og " : " and ") + items.last!
    }

    /// The built-in template's source as messages name it: "innebygd notice.nb.md".
    static func builtIn(_ text: String, _ kind: Kind, _ language: Language, _ names: TemplateNames) -> Template {
        Template(text, source: Message(nb: "innebygd", en: "built-in").text(language) + " " + kind.fileName(language, names))
    }
}

import Foundation

/// The screen captures in README.md: each is a fenced `text` block right under a comment that says
/// how it was made, `<!-- capture: 80x24, nabo --demo --lang en -->`, optionally with `, keys: b j`
/// (tmux key names, typed once the first screen is up).
struct ReadmeCaptures {
    struct Capture {
        var columns: Int
        var rows: Int
        var arguments: [String]
        var keys: [String]
        /// The block's lines in the README, fences excluded.
        var lines: Range<Int>
        var text: String
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md").path

    private(set) var lines: [String]
    private(set) var captures: [Capture] = []

    init(_ readme: String) throws {
        lines = readme.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("<!-- capture:"), line.hasSuffix("-->") else { continue }
            guard index + 1 < lines.count, lines[index + 1] == "```text",
                  let end = lines[(index + 2)...].firstIndex(of: "```") else {
                throw Tmux.Failure("README.md line \(index + 1): a capture comment must stand right above a ```text block.")
            }
            var capture = try Self.parse(String(line.dropFirst("<!-- capture:".count).dropLast("-->".count)), line: index + 1)
            capture.lines = (index + 2)..<end
            capture.text = lines[capture.lines].joined(separator: "\n")
            captures.append(capture)
            index = end
        }
    }

    private static func parse(_ description: String, line: Int) throws -> Capture {
        let parts = description.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let size = parts.first?.split(separator: "x").compactMap { Int($0) } ?? []
        guard parts.count >= 2, size.count == 2, parts[1].hasPrefix("nabo") else {
            throw Tmux.Failure("README.md line \(line): write a capture comment as <!-- capture: 80x24, nabo ARGUMENTS[, keys: KEYS] -->.")
        }
        let keys = parts.dropFirst(2).first { $0.hasPrefix("keys:") }.map { $0.dropFirst("keys:".count).split(separator: " ").map(String.init) } ?? []
        return Capture(columns: size[0], rows: size[1], arguments: parts[1].split(separator: " ").dropFirst().map(String.init),
                       keys: keys, lines: 0..<0, text: "")
    }

    /// The README with each capture's block replaced by the screen given for it.
    func replacing(with screens: [String]) -> String {
        var out = lines
        for (capture, screen) in zip(captures, screens).reversed() {
            out.replaceSubrange(capture.lines, with: screen.components(separatedBy: "\n"))
        }
        return out.joined(separator: "\n")
    }

    /// A pane's text as a README block holds it: one line per row, trailing spaces trimmed, and no
    /// empty rows after the last written one.
    static func block(_ pane: String, rows: Int) -> String {
        var lines = pane.components(separatedBy: "\n").prefix(rows).map { line in
            var kept = Substring(line)
            while kept.last == " " { kept = kept.dropLast() }
            return String(kept)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

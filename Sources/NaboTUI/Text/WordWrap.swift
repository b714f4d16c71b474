/// Breaking text into lines of at most a given number of columns.
public enum WordWrap {
    /// Lines of at most `width` columns, broken at spaces where possible and inside a word only
    /// when the word alone is wider than the line. Newlines in the text start new lines.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                var wordWidth = word.displayWidth
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                }
                while wordWidth > width {
                    let (head, headWidth) = prefix(of: word, width: width)
                    lines.append(String(head))
                    word = word.dropFirst(head.count)
                    wordWidth -= headWidth
                }
                if word.isEmpty, let last = lines.popLast() {
                    // The last piece was a character wider than the line: it stays the current line.
                    line = last
                    lineWidth = last.displayWidth
                } else {
                    line = String(word)
                    lineWidth = wordWidth
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// At most `rows` lines; when the text needs more, the last ends in "…" so the cut shows.
    public static func lines(_ text: String, width: Int, atMost rows: Int) -> [String] {
        let all = lines(text, width: width)
        guard rows > 0 else { return [] }
        guard all.count > rows else { return all }
        var kept = Array(all.prefix(rows))
        kept[rows - 1] = (kept[rows - 1] + " " + all[rows]).truncated(toWidth: width)
        return kept
    }

    private static func prefix(of word: Substring, width: Int) -> (Substring, Int) {
        var used = 0
        var end = word.startIndex
        for index in word.indices {
            let characterWidth = DisplayWidth.of(word[index])
            if used + characterWidth > width { break }
            used += characterWidth
            end = word.index(after: index)
        }
        // A character wider than the whole line still has to go somewhere.
        if end == word.startIndex {
            end = word.index(after: end)
            used = DisplayWidth.of(word[word.startIndex])
        }
        return (word[word.startIndex..<end], used)
    }
}

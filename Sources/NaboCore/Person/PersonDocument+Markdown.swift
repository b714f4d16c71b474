/// The document as Markdown: a section per kind of record, each record with its fields as a list
/// and its changes under it, oldest first.
extension PersonDocument {
    public var markdown: String {
        var lines = ["# " + PersonWords.title.text(language) + " " + Markdown.literal(name), "", PersonWords.made(made, language)]
        for section in sections {
            lines += ["", "## " + section.title]
            for entry in section.entries {
                let mark = entry.deleted ? " " + PersonWords.deletedRecord.text(language) : ""
                lines += ["", "### " + Markdown.literal(entry.heading) + mark, ""]
                lines += (entry.values + entry.details).map(Self.item)
                guard !entry.versions.isEmpty else { continue }
                lines += ["", "**" + PersonWords.changes.text(language) + "**", ""]
                lines += entry.versions.map(change)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func item(_ value: Value) -> String {
        "- " + Markdown.literal(value.label) + ": " + indented(value.shown)
    }

    /// Later lines of a long text stay inside the list item.
    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Markdown.literal(String($0)) }.joined(separator: "\n  ")
    }

    func change(_ version: Version) -> String {
        var parts = version.set.map { Markdown.literal($0.label) + " = " + Self.indented($0.shown) }
        parts += version.added.map { "+ " + Markdown.literal($0.label) + " " + Self.indented($0.shown) }
        parts += version.removed.map { "− " + Markdown.literal($0.label) + " " + Self.indented($0.shown) }
        if let deleted = version.deleted { parts.append((deleted ? PersonWords.deleted : PersonWords.restored).text(language)) }
        return "- " + version.when + ", " + Markdown.literal(version.author) + ": " + parts.joined(separator: "; ")
    }
}

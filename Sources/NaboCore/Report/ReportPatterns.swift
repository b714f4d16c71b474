/// The fills of the charts' bars, told apart without colour: each series and each answer has its
/// own pattern (solid, hatching, dots, grid, lines) over a colour-blind-safe colour (Okabe–Ito for
/// series, ColorBrewer's BrBG for the 1–7 answers), so a black-and-white print still separates them.
enum ReportPatterns {
    /// The pattern of series `index`, defined under the chart's `id`.
    static func series(_ index: Int, id: String) -> String {
        let styles: [(colour: String, marks: String)] = [
            ("#0072B2", ""),
            ("#E69F00", "<rect width=\"3\" height=\"8\" fill=\"#111\"/>"),
            ("#FFFFFF", "<circle cx=\"4\" cy=\"4\" r=\"1.8\" fill=\"#111\"/>"),
            ("#56B4E9", "<rect width=\"1.5\" height=\"8\" fill=\"#111\"/><rect width=\"8\" height=\"1.5\" fill=\"#111\"/>"),
            ("#CC79A7", "<rect width=\"8\" height=\"2.5\" fill=\"#111\"/>"),
            ("#009E73", "<rect width=\"2.5\" height=\"8\" fill=\"#FFFFFF\"/>"),
        ]
        let style = styles[index % styles.count]
        return pattern(id, colour: style.colour, marks: style.marks, rotated: index % styles.count == 1 || index % styles.count == 3)
    }

    /// The pattern of answer `index` of `count` (1 to 7 on the survey's scale): disagreeing answers
    /// solid, the middle dotted, agreeing answers hatched, each darker further from the middle.
    static func category(_ index: Int, of count: Int, id: String) -> String {
        let styles: [(colour: String, marks: String)] = [
            ("#8C510A", ""),
            ("#D8B365", ""),
            ("#F6E8C3", ""),
            ("#FFFFFF", "<circle cx=\"4\" cy=\"4\" r=\"1.2\" fill=\"#666\"/>"),
            ("#C7EAE5", "<rect width=\"1.2\" height=\"8\" fill=\"#111\"/>"),
            ("#5AB4AC", "<rect width=\"2\" height=\"8\" fill=\"#111\"/>"),
            ("#01665E", "<rect width=\"2\" height=\"8\" fill=\"#FFFFFF\"/>"),
        ]
        let position = count < 2 ? 3 : Int((Double(index) * 6 / Double(count - 1)).rounded())
        let style = styles[min(6, max(0, position))]
        return pattern(id, colour: style.colour, marks: style.marks, rotated: position >= 4)
    }

    static func pattern(_ id: String, colour: String, marks: String, rotated: Bool) -> String {
        let turn = rotated ? " patternTransform=\"rotate(45)\"" : ""
        return "<pattern id=\"\(id)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"\(turn)>"
            + "<rect width=\"8\" height=\"8\" fill=\"\(colour)\"/>" + marks + "</pattern>"
    }
}

/// Values over time as one row of block characters, each as high as its share of the largest, so
/// a rise or a fall is seen without reading the numbers: ▁ is nothing, █ is the most; a month with
/// nothing to say (no median of no answers) is a space.
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// `top` is the scale; any value above nothing shows at least one step above ▁.
    static func text(_ values: [Double?], top: Double) -> String {
        String(values.map { value -> Character in
            guard let value else { return " " }
            guard value > 0, top > 0 else { return levels[0] }
            return levels[max(1, min(levels.count - 1, Int((value / top * Double(levels.count - 1)).rounded())))]
        })
    }
}

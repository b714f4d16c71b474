/// A colour as terminals number them: the terminal's own default, or an entry of the 256-colour
/// palette, whose first 16 are the named colours the user's terminal theme defines.
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case palette(UInt8)

    /// The names a theme file may use for the first 16 palette entries, in palette order.
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    public init?(name: String) {
        if name == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: name) {
            self = .palette(UInt8(index))
        } else {
            return nil
        }
    }

    /// The nearest colour a terminal with only `count` colours can show, so a 256-colour theme
    /// still gives distinct colours on an 8-colour console instead of failing.
    public func fitted(toColors count: Int) -> TerminalColor {
        guard case .palette(let index) = self, Int(index) >= count else { return self }
        let candidates = count >= 16 ? 0..<16 : 0..<min(8, max(count, 1))
        let target = Self.rgb(index)
        let nearest = candidates.min { a, b in
            Self.distance(Self.rgb(UInt8(a)), target) < Self.distance(Self.rgb(UInt8(b)), target)
        } ?? 0
        return .palette(UInt8(nearest))
    }

    /// xterm's values for the palette: 16 system colours, a 6×6×6 cube, 24 greys.
    private static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        let system = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let value = Int(index)
        if value < 16 { return system[value] }
        if value >= 232 {
            let grey = 8 + 10 * (value - 232)
            return (grey, grey, grey)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = value - 16
        return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let red = a.0 - b.0, green = a.1 - b.1, blue = a.2 - b.2
        return red * red + green * green + blue * blue
    }
}

import CNcursesw
import NaboCore
import NaboTUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw: it shows what the painter sends and reads keys.
///
/// Creating one takes over the terminal; `shutdown()` gives it back and must be called on every
/// way out, because a `deinit` of a value in `main.swift` never runs. Fatal signals and `exit()`
/// restore the terminal as well, through handlers installed at start.
public final class CursesTerminal: TerminalDevice {
    public private(set) var size: TerminalSize
    /// Whether the terminal can show colour; themes with colours need it.
    public let supportsColor: Bool
    private var styles: CursesStyles
    private var cursorVisible: Bool?
    private var isShutDown = false

    /// Takes over the terminal: raw keys, no echo, keypad and mouse decoding, colours if any.
    /// Throws a sentence for the user when there is no usable terminal.
    public init() throws(Message) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Message(
                nb: "Nabo må startes i et terminalvindu. Bruk kommandoene (nabo --help) fra skript.",
                en: "Nabo must be started in a terminal window. Use the commands (nabo --help) from scripts.")
        }
        // Without the user's locale every non-ASCII letter and line character comes out broken.
        // A locale named in LANG but never generated on the machine (common for nb_NO.UTF-8 in
        // minimal installs) still gets UTF-8 through C.UTF-8, which glibc always has.
        if setlocale(LC_ALL, "") == nil {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard nabo_newterm() != nil else {
            let name = getenv("TERM").map { String(cString: $0) } ?? ""
            throw Message(
                nb: "Terminaltypen «\(name)» er ukjent. Prøv TERM=xterm-256color.",
                en: "The terminal type “\(name)” is unknown. Try TERM=xterm-256color.")
        }
        nabo_restore_terminal_on_exit()
        StopSignals.install()
        // Raw rather than cbreak, so Ctrl-C arrives as a key the screen can ask about
        // ("discard your changes?") instead of killing the program mid-edit.
        raw()
        noecho()
        keypad(nabo_stdscr(), true)
        // Esc must feel instant; 25 ms is still enough to tell it apart from an arrow key's bytes.
        set_escdelay(25)
        mousemask(nabo_button1_pressed() | nabo_button1_clicked() | nabo_button1_double_clicked()
            | nabo_button4_pressed() | nabo_button5_pressed(), nil)
        // Report presses at once instead of waiting to see whether they become clicks.
        mouseinterval(0)

        var hasColor = has_colors()
        if hasColor {
            hasColor = start_color() == OK
        }
        let defaultColors = hasColor && use_default_colors() == OK
        supportsColor = hasColor
        styles = CursesStyles(colors: hasColor ? Int(nabo_colors()) : 0, pairs: hasColor ? Int(nabo_color_pairs()) : 0, defaultColors: defaultColors)
        size = Self.currentSize()
        apply(.builtInMonochrome)
    }

    /// Gives the terminal back: normal mode, main screen, cursor visible. Safe to call twice.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        curs_set(1)
        endwin()
    }

    /// Lends the terminal to another program, such as the user's editor.
    public func suspend() {
        endwin()
    }

    /// Takes the terminal back after `suspend()`. The painter must be invalidated, since the
    /// other program drew over everything.
    public func resume() {
        refresh()
        size = Self.currentSize()
    }

    /// Switches to `theme`, turned into colour pairs and attributes as the terminal allows.
    /// The painter must be invalidated, since cells already shown keep their old look.
    public func apply(_ theme: Theme) {
        styles.apply(theme)
        let normal = styles[.normal]
        nabo_set_background(normal.attributes, normal.pair)
    }

    public func clear() {
        wclear(nabo_stdscr())
    }

    public func put(_ text: String, row: Int, column: Int, role: StyleRole) {
        let style = styles[role]
        var column = column
        // A cell holds at most CCHARW_MAX characters: one spacing character and its marks.
        var characters = [wchar_t](repeating: 0, count: 6)
        for character in text {
            let width = DisplayWidth.of(character)
            guard width > 0 else { continue }
            var count = 0
            for scalar in character.unicodeScalars.prefix(5) {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            characters[count] = 0
            if nabo_wcwidth(characters[0]) < 0 {
                // The locale cannot show this character (not UTF-8): a question mark per column
                // keeps the rest of the row in place.
                var mark: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]
                for offset in 0..<width {
                    _ = nabo_put_grapheme(Int32(row), Int32(column + offset), &mark, style.attributes, style.pair)
                }
            } else {
                // ERR at the bottom right corner only means the cursor could not move past it.
                _ = nabo_put_grapheme(Int32(row), Int32(column), &characters, style.attributes, style.pair)
            }
            column += width
        }
    }

    public func setCursor(_ position: Position?) {
        if let position {
            wmove(nabo_stdscr(), Int32(position.row), Int32(position.column))
        }
        let visible = position != nil
        if visible != cursorVisible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
    }

    public func flush() {
        wrefresh(nabo_stdscr())
    }

    static func currentSize() -> TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        nabo_getmaxyx(nabo_stdscr(), &rows, &columns)
        return TerminalSize(rows: Int(rows), columns: Int(columns))
    }

    func updateSize() {
        size = Self.currentSize()
    }
}

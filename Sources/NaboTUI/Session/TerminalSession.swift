import NaboCore

/// The terminal side of the app loop (`InterfaceRunner` in NaboCLI): painting through the painter,
/// resizes, and the too-small screen, so that no screen has to handle those itself.
public struct TerminalSession<Device: TerminalDevice> {
    public var device: Device
    public var language: Language
    public var minimumSize: TerminalSize
    private var painter = Painter()

    public init(device: Device, language: Language, minimumSize: TerminalSize = .minimum) {
        self.device = device
        self.language = language
        self.minimumSize = minimumSize
    }

    /// Whether the terminal is currently too small for the screens.
    public var isTooSmall: Bool { !device.size.fits(minimumSize) }

    /// Paints what `render` draws for the current size, or the too-small screen instead.
    public mutating func show(_ render: (TerminalSize) -> ScreenBuffer) {
        let size = device.size
        let screen = isTooSmall
            ? TooSmallScreen.render(size: size, needed: minimumSize, language: language)
            : render(size)
        painter.present(screen, on: &device)
    }

    /// Repaints everything on the next `show`: after an editor ran, or when the user asks.
    public mutating func redrawAll() {
        painter.invalidate()
    }

    /// The next key for the program, or nil when none came within the timeout.
    ///
    /// A resize is returned as `.resize` after the next paint has been made a full one. While the
    /// window is too small every key but Ctrl-C is swallowed: the user cannot see what it would
    /// act on.
    public mutating func nextKey(timeoutMilliseconds: Int? = nil) -> Key? {
        while let key = device.nextKey(timeoutMilliseconds: timeoutMilliseconds) {
            if key == .resize {
                painter.invalidate()
                return key
            }
            if !isTooSmall || key == .ctrl("c") {
                return key
            }
        }
        return nil
    }
}

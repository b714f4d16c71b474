import CNcursesw
import NaboTUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CursesTerminal {
    /// The next key, decoded from what curses reads; keys Nabo has no use for are skipped.
    /// Without a timeout, nil means the terminal is gone or a stop was asked for (SIGHUP, SIGTERM).
    /// The wait is cut into slices so that a stop is seen even when the signal went to another
    /// thread; a read that failed for another reason (a resize arriving while curses read a mouse
    /// event) is tried again, because taking it for the end of input would quit with a form open.
    public func nextKey(timeoutMilliseconds: Int?) -> Key? {
        wtimeout(nabo_stdscr(), Int32(min(timeoutMilliseconds ?? Self.slice, Self.slice)))
        var waited = 0
        while true {
            var code: wint_t = 0
            switch nabo_get_wch(&code) {
            case OK:
                if let scalar = Unicode.Scalar(UInt32(code)), let key = Key(typed: scalar) {
                    return key
                }
            case KEY_CODE_YES:
                if let key = functionKey(Int32(code)) {
                    return key
                }
            default:
                if StopSignals.wereSent || Self.inputIsGone() { return nil }
                waited += Self.slice
                if let timeoutMilliseconds, waited >= timeoutMilliseconds { return nil }
            }
        }
    }

    /// How long one wait for a key lasts before the stop flag is looked at again.
    static let slice = 250

    /// No key will come any more: a stop was asked for, or the terminal hung up.
    public var isGone: Bool { StopSignals.wereSent || Self.inputIsGone() }

    /// A stop was asked for by a signal; the program keeps what is typed and ends.
    public var stopRequested: Bool { StopSignals.wereSent }

    /// The terminal hung up or closed: what `poll` says of standard input at once.
    static func inputIsGone() -> Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) >= 0 else { return errno != EINTR }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE:
            updateSize()
            return .resize
        case KEY_MOUSE:
            return mouseEvent().map(Key.mouse)
        case nabo_key_f(1)...nabo_key_f(24):
            return .function(Int(code - nabo_key_f(0)))
        default:
            return nil
        }
    }

    private func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        let buttons = event.bstate
        if buttons & (nabo_button1_pressed() | nabo_button1_clicked() | nabo_button1_double_clicked()) != 0 {
            kind = .click
        } else if buttons & nabo_button4_pressed() != 0 {
            kind = .scrollUp
        } else if buttons & nabo_button5_pressed() != 0 {
            kind = .scrollDown
        } else {
            return nil
        }
        return MouseEvent(row: Int(event.y), column: Int(event.x), kind: kind)
    }
}

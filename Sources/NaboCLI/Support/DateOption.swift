import NaboCore

/// A day given to an option (`--from`, `--to`, `--done-since`), read as every typed date is, and
/// refused in words naming the option.
enum DateOption {
    static func day(_ text: String?, option: String) throws(Message) -> CalendarDate? {
        guard let text else { return nil }
        guard let day = CalendarDate(text) else {
            throw Message(nb: "--\(option) «\(text)» er ingen dato; skriv for eksempel 2026-11-01.",
                          en: "--\(option) “\(text)” is not a date; write for example 2026-11-01.")
        }
        return day
    }
}

extension Record {
    /// A stored date field: "2026-11-22", or the date part of "2026-11-22T14:30+01:00". One reading
    /// for every typed record, from the bytes, because screens read one or more per resident and visit.
    public func date(_ field: String) -> CalendarDate? {
        DateBytes.date(string(field))
    }
}

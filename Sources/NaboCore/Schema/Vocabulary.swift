/// The stored values of each vocabulary, for the schema's choices: read from the term tables.
public enum Vocabulary {
    public static let measureStatus = MeasureStatus.values
    public static let category = MeasureCategory.values
    public static let responsible = Responsible.values
    public static let unitStatus = UnitStatus.values
    public static let visitKind = VisitKind.values
    public static let inputOutcome = InputOutcome.values
    public static let responseStatus = ResponseStatus.values
    public static let eventKind = EventKind.values
}

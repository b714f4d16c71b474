/// One respondent's living-experience index: the mean m of the statements answered, negatively
/// worded ones reversed as 8 - x, shown as (m - 1) / 6 x 100 so 0 is the worst and 100 the best.
/// Computed only when at least two thirds of the form's statements were answered: fewer answers say
/// too little to stand beside a full one.
public enum RespondentIndex {
    /// The number of the form's statements answered, and the index when there are enough of them.
    public static func compute(_ answers: [String: Int], form: SurveyForm) -> (answered: Int, index: Double?) {
        var sum = 0
        var answered = 0
        for s in form.statements {
            guard let x = answers[s.id], (1...7).contains(x) else { continue }
            sum += s.negative ? 8 - x : x
            answered += 1
        }
        // answered / total >= 2/3, in whole numbers.
        guard answered > 0, answered * 3 >= form.statements.count * 2 else { return (answered, nil) }
        let m = Double(sum) / Double(answered)
        return (answered, (m - 1) / 6 * 100)
    }
}

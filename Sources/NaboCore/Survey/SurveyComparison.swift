/// Two rounds side by side: for each figure, its value before and after and the change. A figure
/// missing on either side (a statement the earlier form lacked, an address surveyed once) has no change.
public struct SurveyComparison: Equatable, Sendable {
    public struct Change: Equatable, Sendable {
        public var before: Double?
        public var after: Double?

        /// The change between the two figures as shown, each first multiplied by `scale` (100 for a
        /// share in percent) and rounded to `digits` decimals, so that it agrees with them: 56 → 53
        /// is 3 down, though the figures unrounded (56.4, 52.6) are 3.8 apart.
        public func shownDelta(digits: Int, scale: Double = 1) -> Double? {
            guard let before, let after else { return nil }
            var unit = 1.0
            for _ in 0..<digits { unit *= 10 }
            let shown = { (value: Double) in (value * scale * unit).rounded() }
            return (shown(after) - shown(before)) / unit
        }
    }

    public var before: SurveyResults
    public var after: SurveyResults

    public init(before: SurveyResults, after: SurveyResults) {
        self.before = before
        self.after = after
    }

    public func median(_ statement: String, _ scope: SurveyResults.Scope) -> Change {
        Change(before: before.distribution(statement, scope)?.median, after: after.distribution(statement, scope)?.median)
    }

    public func agreeShare(_ statement: String, _ scope: SurveyResults.Scope) -> Change {
        Change(before: before.distribution(statement, scope)?.agreeShare, after: after.distribution(statement, scope)?.agreeShare)
    }

    public func index(_ scope: SurveyResults.Scope) -> Change {
        Change(before: before.index(scope)?.median, after: after.index(scope)?.median)
    }
}

/// Two rounds side by side: for each figure, its value before and after and the change. A figure
/// missing on either side (a statement the earlier form lacked, an address surveyed once) has no change.
public struct SurveyComparison: Equatable, Sendable {
    public struct Change: Equatable, Sendable {
        public var before: Double?
        public var after: Double?

        public var delta: Double? {
            guard let before, let after else { return nil }
            return after - before
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

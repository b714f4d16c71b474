/// How one statement was answered by a group: how many chose each point of the 1-7 scale.
public struct Distribution: Equatable, Sendable {
    /// `counts[0]` is the number who answered 1, `counts[6]` those who answered 7.
    public var counts: [Int] = Array(repeating: 0, count: 7)

    public init() {}

    public init(_ answers: [Int]) {
        for a in answers { add(a) }
    }

    public mutating func add(_ answer: Int) {
        guard (1...7).contains(answer) else { return }
        counts[answer - 1] += 1
    }

    public var answered: Int { counts.reduce(0, +) }

    public var median: Double? {
        Median.of(counts.enumerated().flatMap { Array(repeating: Double($0.offset + 1), count: $0.element) })
    }

    /// The share who agree, 5 to 7, of those who answered; as worded, so for a negatively worded
    /// statement agreeing is the unfavourable answer.
    public var agreeShare: Double? {
        answered > 0 ? Double(counts[4] + counts[5] + counts[6]) / Double(answered) : nil
    }
}

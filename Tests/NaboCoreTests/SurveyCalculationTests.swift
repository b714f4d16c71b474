import Testing
@testable import NaboCore

/// The survey's figures against values worked out by hand.
@Suite struct SurveyCalculationTests {
    static let six = SurveyForm(id: "f", name: "Seks", version: 1, statements: (1...6).map {
        SurveyForm.Statement(id: String($0), nb: "P\($0)", en: "S\($0)", negative: $0 == 3)
    })

    @Test func aNegativelyWordedAnswerIsReversedAsEightMinusX() {
        // 7, 5, 8 - 2 = 6, 4: m = 22 / 4 = 5.5, index (5.5 - 1) / 6 x 100 = 75.
        let r = RespondentIndex.compute(["1": 7, "2": 5, "3": 2, "4": 4], form: Self.six)
        #expect(r.answered == 4)
        #expect(r.index == 75)
        #expect(RespondentIndex.compute(["1": 7, "2": 7, "3": 1, "4": 7, "5": 7, "6": 7], form: Self.six).index == 100)
        #expect(RespondentIndex.compute(["1": 1, "2": 1, "3": 7, "4": 1, "5": 1, "6": 1], form: Self.six).index == 0)
    }

    @Test func theIndexNeedsTwoThirdsOfTheStatementsAnswered() {
        // 4 of 6 is exactly two thirds; 3 of 6 is not.
        #expect(RespondentIndex.compute(["1": 4, "2": 4, "3": 4, "4": 4], form: Self.six).index == 50)
        let three = RespondentIndex.compute(["1": 7, "2": 5, "3": 2], form: Self.six)
        #expect(three.answered == 3 && three.index == nil)
        // An answer to a statement the form lacks does not count.
        #expect(RespondentIndex.compute(["1": 7, "2": 5, "3": 2, "99": 4], form: Self.six).index == nil)
        // The built-in form has 13 statements: 9 answered is enough (27 >= 26), 8 is not.
        let builtIn = SurveyForm(id: "b", name: BuiltInForm.name, version: 1, statements: BuiltInForm.statements.array!.enumerated().map { i, s in
            SurveyForm.Statement(id: String(i + 1), nb: s.object!["nb"]!.string!, en: "", negative: s.object!["negative"]!.bool!)
        })
        #expect(builtIn.statements.filter(\.negative).map(\.id) == ["9"])
        let nine = Dictionary(uniqueKeysWithValues: (1...9).map { (String($0), 4) })
        #expect(RespondentIndex.compute(nine, form: builtIn).index == 50)
        #expect(RespondentIndex.compute(nine.filter { $0.key != "1" }, form: builtIn).index == nil)
    }

    @Test func theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        #expect(Median.of([90, 40, 60, 50]) == 55)
        #expect(Median.of([3, 1, 2]) == 2)
        #expect(Median.of([]) == nil)
        #expect(Distribution([2, 3, 5, 6]).median == 4)
        #expect(Distribution([1, 2, 2, 7, 7]).median == 2)
    }

    @Test func aDistributionCountsEachPointAndTheShareAgreeing() {
        let d = Distribution([5, 6, 7, 4, 1])
        #expect(d.counts == [1, 0, 0, 1, 1, 1, 1])
        #expect(d.answered == 5)
        #expect(d.agreeShare == 0.6)
        #expect(Distribution().agreeShare == nil)
    }

    @Test func roundAndAddressFiguresForTheFixture() throws {
        let f = try SurveyFixture()
        let r = f.results()
        #expect(r.form.name == "Testskjema" && r.form.version == 2)
        #expect(r.respondents.count == 16)
        #expect(r.groups.map(\.label) == ["Midtåsveien 22", "Runarveien 1", "Runarveien 3"])
        // Runarveien 1: indexes 0, 16.7, 50, 66.7, 100, 100; the even count's median is (50 + 66.7) / 2.
        let r1 = try #require(r.index(.address(f.runarveien1)))
        #expect(r1.respondents == 7 && r1.indexed == 6)
        #expect(abs(try #require(r1.median) - 700.0 / 12.0) < 1e-9)
        #expect(r.index(.address(f.midtasveien22))?.median == 50)
        // Runarveien 3: 33.3 and 83.3, median (33.3 + 83.3) / 2 = 350 / 6.
        #expect(abs(try #require(r.index(.address(f.runarveien3))?.median) - 350.0 / 6.0) < 1e-9)
        // All fifteen with an index: x sorted 1 2 2 2 3 3 4 4 5 6 6 7 7 7 7, the eighth is 4.
        #expect(r.total == SurveyResults.IndexResult(respondents: 16, indexed: 15, median: 50))
        let s1 = try #require(r.distribution("1", .all))
        #expect(s1.counts == [1, 3, 2, 3, 1, 2, 4])
        #expect(s1.median == 4 && s1.agreeShare == 7.0 / 16.0)
        let s3 = try #require(r.distribution("3", .all))
        // As worded (8 - x): agreeing with "unwanted visitors" is 5 to 7, six of fifteen.
        #expect(s3.answered == 15 && s3.agreeShare == 6.0 / 15.0 && s3.median == 4)
        #expect(r.distribution("2", .address(f.runarveien3))?.counts == [0, 0, 1, 0, 0, 1, 0])
    }

    @Test func theLatestRoundIsTheOneAnsweredLastAndRoundsAreNamedLoosely() throws {
        var f = try SurveyFixture()
        try f.respond(f.residents[f.midtasveien22]![0], round: "September 2024", date: "2024-09-03", answers: #"{"1": 7, "2": 7, "3": 1}"#)
        try f.respond(f.residents[f.midtasveien22]![1], round: "Åpen dag", date: nil, answers: #"{"1": 7}"#)
        let responses = SurveyResponse.all(in: f.world.replica)
        #expect(SurveyRound.all(responses).map(\.name) == ["Åpen dag", "Januar 2024", "September 2024"])
        #expect(SurveyRound.latest(responses) == "September 2024")
        #expect(try SurveyRound.named("januar 2024", in: responses) == "Januar 2024")
        #expect(throws: Message(nb: "Fant ingen runde «Mars». Rundene er: «Åpen dag», «Januar 2024», «September 2024».",
                                en: "No round “Mars”. The rounds are: “Åpen dag”, “Januar 2024”, “September 2024”.")) {
            try SurveyRound.named("Mars", in: responses)
        }
    }

    @Test func comparingTwoRoundsGivesTheChangeWhereBothHaveAFigure() throws {
        var f = try SurveyFixture()
        for r in f.residents[f.midtasveien22]! {
            try f.respond(r, round: "September 2024", date: "2024-09-03", answers: #"{"1": 7, "2": 7, "3": 1}"#)
        }
        let before = f.results(), after = f.results("September 2024")
        let c = SurveyComparison(before: before, after: after)
        #expect(c.index(.address(f.midtasveien22)) == SurveyComparison.Change(before: 50, after: 100))
        #expect(c.index(.address(f.midtasveien22)).shownDelta(digits: 0) == 50)
        #expect(c.index(.address(f.runarveien1)).shownDelta(digits: 0) == nil)
        // Midtåsveien 22 answered 2 2 3 4 6 7 7 to statement 1 in January: median 4, now 7.
        #expect(c.median("1", .address(f.midtasveien22)).shownDelta(digits: 1) == 3)
        // 3 of 7 agreed (43 % as shown), now all: 57 points as the percentages shown differ.
        #expect(c.agreeShare("1", .address(f.midtasveien22)).shownDelta(digits: 0, scale: 100) == 57)
    }
}

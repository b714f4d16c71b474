import NaboCore
import NaboTestSupport
import Testing
@testable import NaboTUI

/// The board, the matrix and a measure's screen: each test states the whole state an action leaves
/// and the effects it asks for.
@Suite struct ReducerPlanTests {
    let demo: DemoDirectory

    init() throws {
        demo = try DemoDirectory()
    }

    var directory: Directory { demo.directory }
    var start: AppState { AppState(language: .nb, isDemo: true) }

    /// The position in the plan list of the measure with this title at this address.
    func index(_ title: String, at address: String) -> Int {
        directory.measures.firstIndex { $0.string("title") == title && directory.addressText($0.string("address")) == address }!
    }

    func status(_ row: Int) -> String { Measure(directory.measures[row]).statusValue }

    func board(_ facets: PlanFacets = PlanFacets(), selected: Int = 0) -> AppState {
        var state = start
        state.places.append(Place(.board(facets), position: ListPosition(selected: selected)))
        return state
    }

    @Test func bFromHomeOpensTheBoardAndMTogglesToTheMatrixKeepingFiltersAndSelection() {
        var state = start
        #expect(demo.reduce(&state, .plan(.boardChosen)).isEmpty)
        #expect(state == board())

        demo.reduce(&state, .plan(.facetStepped(.address)), .cursorMoved(.down))
        let facets = PlanFacets(address: directory.facetValues(.address)[0])
        var expected = start
        expected.places.append(Place(.board(facets), position: state.current.position))
        #expect(state == expected)

        demo.reduce(&state, .plan(.matrixChosen))
        expected.places[1].screen = .matrix(facets)
        #expect(state == expected)
        demo.reduce(&state, .plan(.boardChosen))
        expected.places[1].screen = .board(facets)
        #expect(state == expected)
    }

    @Test func upAndDownStayInTheColumnAndSidewaysGoesToTheNextColumnWithCards() {
        // The first card is the attic at Midtåsveien 22, waiting (those at Runarveien are done); the
        // next waiting card is the storage rooms there.
        var state = board()
        #expect(status(0) == "waiting")
        demo.reduce(&state, .cursorMoved(.down))
        #expect(state == board(selected: index("Istandsette og merke boder i kjeller med H-nr.", at: "Midtåsveien 22")))

        demo.reduce(&state, .cursorMoved(.last))
        let lastWaiting = directory.measures.indices.last { status($0) == "waiting" }!
        #expect(state == board(selected: lastWaiting))

        // Left of "waiting" is "to be assessed" (nothing is "not started"); the same height in it.
        demo.reduce(&state, .cursorMoved(.first), .plan(.columnMoved(-1)))
        let firstToAssess = directory.measures.indices.first { status($0) == "to-assess" }!
        #expect(state == board(selected: firstToAssess))
        demo.reduce(&state, .plan(.columnMoved(-1)))
        #expect(state == board(selected: firstToAssess))
    }

    @Test func movingACardSavesItsNewStatusAndKeepsItSelected() {
        var state = board()
        let measure = directory.measures[0]
        let effects = demo.reduce(&state, .plan(.cardMoved(1)))
        #expect(effects == [.save(.set(.measure, id: measure.id, Edit(values: ["status": "ordered"])),
                                  done: PlanText.moved("Låse og stenge loftet", "Midtåsveien 22", to: "ordered"))])
        var expected = board()
        expected.awaitingSave = .plan
        #expect(state == expected)

        demo.reduce(&state, .plan(.cardMoved(-1)))
        #expect(demo.reduce(&state, .saved(Message(nb: "Lagret.", en: "Saved."))).isEmpty)
        expected = board()
        expected.message = StatusMessage(.success, Message(nb: "Lagret.", en: "Saved."))
        #expect(state == expected)
    }

    @Test func aDoneCardGoesNoFurther() {
        var state = board()
        let row = index("Istandsette og merke ringeklokker til boligene med H-nr.", at: "Midtåsveien 22")
        state.current.position = ListPosition(selected: row)
        var moved = state
        // In progress, so one step on is done; the step after that would have nowhere to go.
        #expect(demo.reduce(&moved, .plan(.cardMoved(1))).count == 1)
        var first = board()
        #expect(demo.reduce(&first, .plan(.cardMoved(-3))).isEmpty)
        #expect(first.message == StatusMessage(.info, PlanText.firstStatus))
    }

    @Test func filtersNarrowTheListAndClearing() {
        var state = board()
        demo.reduce(&state, .plan(.lateToggled))
        let late = directory.measures.indices.filter { Measure(directory.measures[$0]).isLate(today: directory.today) }
        #expect(state == board(PlanFacets(lateOnly: true)))
        #expect(directory.rows(for: state.current.screen) == late)
        #expect(late.count == 6)

        demo.reduce(&state, .plan(.facetStepped(.status)), .plan(.facetStepped(.status)))
        #expect(state == board(PlanFacets(status: "to-assess", lateOnly: true)))
        #expect(directory.rows(for: state.current.screen).isEmpty)

        demo.reduce(&state, .plan(.facetsCleared))
        #expect(state == board())

        // Stepping past the last value turns the facet off again.
        for _ in directory.facetValues(.responsible) { demo.reduce(&state, .plan(.facetStepped(.responsible))) }
        demo.reduce(&state, .plan(.facetStepped(.responsible)))
        #expect(state == board())
    }

    @Test func searchOnTheBoardKeepsTheFacets() {
        var state = board(PlanFacets(address: directory.facetValues(.address)[1]))
        demo.reduce(&state, .searchStarted, .searchTyped("l"), .searchTyped("o"), .searchTyped("f"), .searchTyped("t"))
        #expect(state.current.filter?.matches == [index("Låse og stenge loftet", at: "Runarveien 1")])
    }

    @Test func theMatrixMovesByPlanItemAndAddress() {
        var state = start
        demo.reduce(&state, .plan(.matrixChosen), .cursorMoved(.down))
        func at(_ row: Int) -> AppState {
            var expected = start
            expected.places.append(Place(.matrix(PlanFacets()), position: ListPosition(selected: row)))
            return expected
        }
        #expect(state == at(index("Istandsette og merke boder i kjeller med H-nr.", at: "Midtåsveien 22")))
        demo.reduce(&state, .plan(.columnMoved(1)))
        #expect(state == at(index("Istandsette og merke boder i kjeller med H-nr.", at: "Runarveien 1")))
        // The last two rows are measures decided at meetings outside the eight, each at one address:
        // a row goes to the nearest address that has the measure.
        demo.reduce(&state, .cursorMoved(.last))
        #expect(state == at(index("Skadedyrkontroll i alle boligene", at: "Midtåsveien 22")))
        demo.reduce(&state, .cursorMoved(.up))
        #expect(state == at(index("Nye lysarmaturer ved bodene i kjelleren", at: "Runarveien 1")))
        demo.reduce(&state, .cursorMoved(.up), .plan(.columnMoved(1)))
        #expect(state == at(index("Reparere dører til sikringsskap", at: "Runarveien 3")))
    }

    @Test func enterOpensTheMeasureAndAsksForItsHistory() {
        var state = board()
        let id = directory.measures[0].id
        #expect(demo.reduce(&state, .rowOpened) == [.loadHistory(type: "measure", id: id)])
        var expected = board()
        expected.places.append(Place(.measure(id)))
        #expect(state == expected)

        let history = RecordHistory(type: "measure", id: id, entries: [HistoryEntry(day: directory.today, minutes: 60, author: "Kari", writes: [])])
        #expect(demo.reduce(&state, .historyLoaded(history)).isEmpty)
        expected.history = history
        #expect(state == expected)

        // A move from the measure's own screen saves, and the saved change reloads the history.
        #expect(demo.reduce(&state, .plan(.cardMoved(1))).count == 1)
        #expect(demo.reduce(&state, .saved(Message(nb: "Lagret.", en: "Saved."))) == [.loadHistory(type: "measure", id: id)])
    }

    @Test func aConflictIsSettledByWritingTheChosenValueAgain() throws {
        let measure = directory.measures[0]
        let conflicted = try Self.conflicted()
        var state = start
        state.places.append(Place(.measure(measure.id)))
        let conflict = conflicted.conflicts(ofMeasure: conflicted.measure(measure.id)!)[0]
        let second = HistoryEntry.text(conflict.values[1].value)
        let effects = AppReducer.reduce(&state, .plan(.alternativeChosen(2)), directory: conflicted, size: .minimum)
        #expect(effects == [.save(.set(.measure, id: measure.id, Edit(values: ["status": second])),
                                  done: PlanText.settled(field: "status", value: PlanText.value("status", second)))])

        // Without a conflict, the digit says so and writes nothing.
        #expect(AppReducer.reduce(&state, .plan(.alternativeChosen(1)), directory: directory, size: .minimum).isEmpty)
        #expect(state.message == StatusMessage(.info, PlanText.noConflict))
    }

    /// The demo with two coordinators having moved the first measure at once: Kari to ordered, Ola to done.
    static func conflicted() throws -> Directory {
        var replica = try DemoReplica.make()
        let measure = PlanFilter().measures(in: replica, today: DemoReplica.today)[0]
        let base = replica.opID(measure.register("status")!.winner.version)
        replica.apply(Op(id: OpID(device: "laptopa", seq: 1), clock: HLC(millis: Fixed.now + 1000, counter: 0), author: "Kari",
                         type: "measure", entity: measure.id, writes: [FieldWrite("status", "ordered", replaces: [base])]))
        replica.apply(Op(id: OpID(device: "laptopb", seq: 1), clock: HLC(millis: Fixed.now + 2000, counter: 0), author: "Ola",
                         type: "measure", entity: measure.id, writes: [FieldWrite("status", "done", replaces: [base])]))
        return Directory(replica: replica, today: DemoReplica.today)
    }
}

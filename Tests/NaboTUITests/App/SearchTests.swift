import Testing
@testable import NaboTUI

@Suite struct SearchTests {
    func folded(_ text: String) -> String {
        String(decoding: TextFolding.searchKey(text), as: UTF8.self)
    }

    @Test func foldingDropsCaseAndAccentsAndSpellsOutLettersWithoutThem() {
        #expect(folded("Nguyễn Thị Minh Khai") == "nguyen thi minh khai")
        #expect(folded("Ørjan Ødegård") == "orjan odegard")
        #expect(folded("Cabdullaahi Maxamed") == "cabdullaahi maxamed")
        #expect(folded("Ærlig Đặng") == "aerlig dang")
        #expect(folded("张伟") == "张伟")
    }

    @Test func sortKeysPutTheNorwegianLettersAfterZ() {
        let names = ["Åse", "Ødegård", "Zahra", "Æsir", "Émile", "Ola"]
        let sorted = names.sorted { TextFolding.sortKey($0).lexicographicallyPrecedes(TextFolding.sortKey($1)) }
        #expect(sorted == ["Émile", "Ola", "Zahra", "Æsir", "Ødegård", "Åse"])
    }

    @Test func everyWordOfTheQueryMustOccurSomewhere() {
        let index = SearchIndex(keys: ["Ørjan Ødegård Runarveien 1 h0101", "张伟 Runarveien 1 h0104", "Sigrid Lunde Midtåsveien 22 h0104"].map(TextFolding.searchKey))
        #expect(index.filter([0, 1, 2], query: "h0104") == [1, 2])
        #expect(index.filter([0, 1, 2], query: "runar H0104") == [1])
        #expect(index.filter([0, 1, 2], query: "张") == [1])
        #expect(index.filter([0, 1, 2], query: "  ") == [0, 1, 2])
        #expect(index.filter([2, 0], query: "e") == [2, 0])
        #expect(index.filter([0, 1, 2], query: "xyz") == [])
    }

    @Test func narrowingThePreviousResultGivesTheSameAsSearchingEverything() {
        let keys = (0..<500).map { TextFolding.searchKey("Beboer \($0) Gate \($0 % 17)") }
        let index = SearchIndex(keys: keys)
        let all = Array(0..<500)
        var previous = all
        var query = ""
        for character in "beboer 12 gate 1" {
            query.append(character)
            previous = index.filter(previous, query: query)
            #expect(previous == index.filter(all, query: query))
        }
    }
}

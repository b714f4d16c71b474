import Foundation
import NaboCore
import NaboTestSupport
import Testing
@testable import NaboStore

/// An open interface shares its data folder: others write while it is open, and it reads what they
/// wrote a slice at a time, so a large sync never holds up a key.
@Suite struct SharingTests {
    /// Kari's interface is open; a command (a second store on the folder) adds 300 addresses.
    func written(_ tmp: TempFolder) throws -> (open: Laptop, interface: Store, streets: [String]) {
        let laptop = Laptop(tmp, "kari")
        let interface = try laptop.initialise()
        try interface.shareWhileOpen()
        let streets = (0..<300).map { "Gate \($0)" }
        do {
            let command = try laptop.open()
            for street in streets { _ = try addAddress(command, street) }
        }
        return (laptop, interface, streets)
    }

    @Test func whatACommandWroteIsReadASliceAtATimeUntilAllIsIn() throws {
        let tmp = TempFolder()
        let (_, interface, streets) = try written(tmp)
        var slices = 0
        var last = Store.Refresh.partly
        while last == .partly, slices < 10_000 {
            last = try interface.refresh(budget: 4096)
            slices += 1
        }
        #expect(last == .caughtUp)
        // 300 lines of some hundred bytes each do not fit in a few 4 KB slices.
        #expect(slices > 5)
        #expect(Set(interface.replica.records("address").compactMap { $0["street"]?.string }) == Set(streets))
        #expect(try interface.refresh(budget: 4096) == .unchanged)
        #expect(interface.damage.isEmpty)
    }

    @Test func aSliceSmallerThanOneLineStillReadsOn() throws {
        let tmp = TempFolder()
        let (_, interface, streets) = try written(tmp)
        var slices = 0
        while try interface.refresh(budget: 10) == .partly, slices < 10_000 { slices += 1 }
        #expect(interface.replica.records("address").count == streets.count)
        #expect(interface.damage.isEmpty)
    }

    @Test func aWholeRefreshEqualsAFreshOpen() throws {
        let tmp = TempFolder()
        let (laptop, interface, _) = try written(tmp)
        #expect(try interface.refresh() == .caughtUp)
        let fresh = try laptop.open(readOnly: true)
        #expect(interface.replica.records("address").map(\.id).sorted() == fresh.replica.records("address").map(\.id).sorted())
    }
}

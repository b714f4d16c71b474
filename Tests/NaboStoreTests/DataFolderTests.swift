import Testing
@testable import NaboStore

@Suite struct DataFolderTests {
    @Test func followsXDG() {
        #expect(DataFolder.defaultPath(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/nabo")
        #expect(DataFolder.defaultPath(demo: true, environment: ["HOME": "/h"]) == "/h/.local/share/nabo-demo")
    }
}

import NaboCore
import Testing
@testable import NaboTUI

@Suite struct LanguageChoiceTests {
    @Test(arguments: [
        (nil, [:], Language.en),
        (nil, ["LANG": "nb_NO.UTF-8"], .nb),
        (nil, ["LANG": "nn_NO.UTF-8"], .nb),
        (nil, ["LANG": "no_NO"], .nb),
        (nil, ["LANG": "C.UTF-8"], .en),
        (nil, ["LANG": "de_DE.UTF-8"], .en),
        (nil, ["LANG": "nb_NO.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"], .en),
        (nil, ["LANG": "en_US.UTF-8", "LC_ALL": "nb_NO.UTF-8"], .nb),
        (nil, ["LANG": "nb_NO.UTF-8", "LC_ALL": "POSIX"], .en),
        (nil, ["LANG": "nb_NO.UTF-8", "LC_ALL": ""], .nb),
        ("en", ["LC_ALL": "nb_NO.UTF-8"], .en),
        ("nb", ["LANG": "en_US.UTF-8"], .nb),
        ("nn", [:], .nb),
        ("NB", [:], .nb),
        ("klingon", ["LANG": "nb_NO.UTF-8"], .nb),
    ] as [(String?, [String: String], Language)])
    func choice(explicit: String?, environment: [String: String], expected: Language) {
        #expect(LanguageChoice.resolve(explicit: explicit, environment: environment) == expected)
    }

    @Test func explicitNamesTheCommandLineCanCheck() {
        #expect(LanguageChoice.language(named: "en") == .en)
        #expect(LanguageChoice.language(named: "nb_NO.UTF-8") == .nb)
        #expect(LanguageChoice.language(named: "sv") == nil)
    }
}

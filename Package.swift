// swift-tools-version:6.0
import PackageDescription

// Layers point down only: nabo -> NaboCLI -> (NaboTerminal -> NaboTUI) / NaboStore / NaboSheets -> NaboCore.
let package = Package(
    name: "Nabo",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nabo", targets: ["nabo"]),
        .executable(name: "nabo-bench", targets: ["nabo-bench"]),
        .executable(name: "nabo-fuzz", targets: ["nabo-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .target(name: "NaboCore"),
        .target(name: "NaboStore", dependencies: [
            "NaboCore",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CryptoExtras", package: "swift-crypto"),
        ]),
        // Excel workbooks in and out, as bytes: the ZIP and XML of an .xlsx, no file access.
        .target(name: "NaboSheets", dependencies: [
            "NaboCore",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "XMLCoder", package: "XMLCoder"),
        ]),
        .target(name: "NaboTUI", dependencies: ["NaboCore"]),
        .target(name: "NaboTerminal", dependencies: ["NaboCore", "NaboTUI", "CNcursesw"]),
        .target(name: "NaboCLI", dependencies: [
            "NaboCore", "NaboStore", "NaboSheets", "NaboTUI", "NaboTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "nabo", dependencies: ["NaboCLI"]),
        .executableTarget(name: "nabo-bench", dependencies: [
            "NaboCore", "NaboStore", "NaboSheets", "NaboTUI", "NaboCLI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // A libFuzzer target when built with `-sanitize=fuzzer -DFUZZING`; see README, "Fuzzing".
        .executableTarget(name: "nabo-fuzz", dependencies: ["NaboCore", "NaboStore", "CLibFuzzer"]),
        .target(name: "NaboTestSupport", dependencies: ["NaboCore"], path: "Tests/NaboTestSupport"),
        .testTarget(name: "NaboCoreTests", dependencies: ["NaboCore", "NaboTestSupport"]),
        .testTarget(name: "NaboStoreTests", dependencies: ["NaboCore", "NaboStore", "NaboTestSupport"]),
        .testTarget(name: "NaboSheetsTests", dependencies: [
            "NaboCore", "NaboSheets", "NaboTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .testTarget(name: "NaboTUITests", dependencies: ["NaboCore", "NaboTUI", "NaboTestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "NaboCLITests", dependencies: ["NaboCore", "NaboStore", "NaboTUI", "NaboCLI", "NaboTestSupport"]),
        .testTarget(name: "NaboEndToEndTests", dependencies: ["NaboTestSupport"]),
    ]
)

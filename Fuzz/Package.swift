// swift-tools-version: 6.1
// libFuzzer targets over huibao's content parsers, kept out of the main package so that
// `swift build` and `swift test` never link libFuzzer. Build and run them with `make fuzz`.
//
// Each target is an executable whose only entry point is `LLVMFuzzerTestOneInput`
// (`-parse-as-library`: no Swift `main`), linked with libFuzzer's own `main` by
// `swift build --sanitize fuzzer --sanitize address` into `.build-fuzz`.
// Swift code and Yams' libyaml are instrumented; libcmark is the system library, so its
// crashes are caught but its branches do not guide FuzzMarkdown.
import PackageDescription

let fuzzers = [
    "FuzzFrontMatter", "FuzzYAML", "FuzzCSV", "FuzzMarkdown", "FuzzContent", "FuzzLedgerQuotes", "FuzzAliases",
]

let package = Package(
    name: "huibao-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "huibao", path: "..")],
    targets: fuzzers.map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "HuibaoContent", package: "huibao")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    }
)

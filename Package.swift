// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "huibao",
    platforms: [.macOS(.v15)],  // Synchronization.Mutex (the tool is built and run on Linux)
    products: [
        .executable(name: "huibao", targets: ["huibao"]),
        // For the libFuzzer targets in Fuzz/ (a separate package that depends on this one).
        .library(name: "HuibaoContent", targets: ["HuibaoContent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The template fast path (FastTemplate) ports the 2.1 line: stay on it.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", .upToNextMinor(from: "2.1.1")),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The preview's HTTP server: sockets and HTTP/1.1 only, no dependencies (no SwiftNIO), so a
        // first build stays short for everyone, most of whom never start `huibao serve`.
        .package(url: "https://github.com/swhitty/FlyingFox", .upToNextMinor(from: "0.27.1")),
        // The evaluation archive's zip (huibao archive); on Linux it links the system zlib (zlib1g-dev).
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Photos for documents (downscaled JPEGs): libjpeg-turbo's TurboJPEG and libpng, chosen
        // over libvips and libgd for speed, size and the fewest libraries to ship (README).
        .systemLibrary(
            name: "CTurboJPEG",
            pkgConfig: "libturbojpeg",
            providers: [.apt(["libturbojpeg0-dev"])]
        ),
        .systemLibrary(
            name: "CPNG",
            pkgConfig: "libpng",
            providers: [.apt(["libpng-dev"])]
        ),
        // Charts as PNG for Word files: librsvg renders the SVG onto a cairo surface (documents.md).
        .systemLibrary(
            name: "CRsvg",
            pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]
        ),
        .target(name: "HuibaoPhotos", dependencies: ["CTurboJPEG", "CPNG", "CRsvg"]),
        // SHA-256 for the archive's SHA256SUMS: the system libcrypto (libssl-dev), not a
        // hand-written hash and not BoringSSL (swift-crypto adds about a minute to a first build).
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // cmark's allocator as a per-thread arena (C: cmark calls it once per node).
        .target(name: "CMarkdownArena", dependencies: ["CCmark"]),
        .target(name: "HuibaoModel"),
        .target(
            name: "HuibaoContent",
            dependencies: [
                "HuibaoModel", "CCmark", "CMarkdownArena", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "HuibaoSite",
            dependencies: ["HuibaoModel", "HuibaoOffice", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.embedInCode("DefaultTemplates")]
        ),
        // Word and Excel files (.docx, .xlsx): XML written with escaping, zipped deterministically
        // with ZIPFoundation (documents.md "Word and Excel").
        .target(
            name: "HuibaoOffice",
            dependencies: ["HuibaoModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "CAtomicRename"),
        .target(
            name: "HuibaoBuild",
            dependencies: [
                "HuibaoModel", "HuibaoContent", "HuibaoSite", "HuibaoOffice", "HuibaoPhotos", "CAtomicRename", "CCrypto",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        // The live preview: its own target, so the others build and test without the HTTP server.
        .target(
            name: "HuibaoServe",
            dependencies: [
                "HuibaoBuild", "HuibaoContent", "HuibaoSite", "HuibaoModel",
                .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "huibao",
            dependencies: [
                "HuibaoBuild", "HuibaoServe", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "HuibaoTestSupport", path: "Tests/HuibaoTestSupport"),
        .testTarget(name: "HuibaoModelTests", dependencies: ["HuibaoModel"]),
        .testTarget(name: "HuibaoOfficeTests", dependencies: ["HuibaoOffice", "HuibaoModel", "HuibaoTestSupport"]),
        .testTarget(
            name: "HuibaoContentTests",
            dependencies: [
                "HuibaoContent", "HuibaoTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(
            name: "HuibaoSiteTests",
            dependencies: [
                "HuibaoSite", "HuibaoBuild", "HuibaoContent", "HuibaoOffice", "HuibaoPhotos", "CPNG", "HuibaoTestSupport",
            ]),
        .testTarget(name: "HuibaoCLITests", dependencies: ["HuibaoBuild", "HuibaoModel", "HuibaoSite", "HuibaoPhotos", "HuibaoTestSupport"]),
        .testTarget(
            name: "HuibaoServeTests",
            dependencies: [
                "HuibaoServe", "HuibaoBuild", "HuibaoContent", "HuibaoModel", "HuibaoPhotos", "HuibaoSite", "HuibaoTestSupport",
            ]),
    ]
)

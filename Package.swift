// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Dossier", targets: ["Dossier"]),
        .library(name: "DossierStore", targets: ["DossierStore"]),
        .library(name: "DossierFormats", targets: ["DossierFormats"]),
        .library(name: "DossierRender", targets: ["DossierRender"]),
        .library(name: "DossierExtraction", targets: ["DossierExtraction"]),
        .library(name: "DossierBuild", targets: ["DossierBuild"]),
        .executable(name: "dossier", targets: ["DossierCLI"]),
        .executable(name: "dossier-bench", targets: ["DossierBench"]),
        .executable(name: "dossier-fuzz", targets: ["DossierFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .target(name: "Dossier"),
        .target(
            name: "DossierStore",
            dependencies: [
                "Dossier", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "DossierFormats", dependencies: ["Dossier", "CZlib"]),
        .target(name: "DossierExtraction", dependencies: ["Dossier"], resources: [.copy("Resources")]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "DossierRender", dependencies: ["Dossier", "CGraphviz"], resources: [.copy("Resources")]),
        .target(
            name: "DossierBuild", dependencies: ["Dossier", "DossierStore", "DossierFormats", "DossierExtraction"]),
        .executableTarget(
            name: "DossierBench",
            dependencies: ["Dossier", "DossierStore", "DossierFormats", "DossierRender", "DossierExtraction"],
            path: "Sources/DossierBench"
        ),
        .executableTarget(
            name: "DossierFuzz",
            dependencies: ["Dossier", "DossierFormats", "DossierRender", "DossierExtraction"],
            path: "Sources/DossierFuzz"
        ),
        .executableTarget(
            name: "DossierCLI",
            dependencies: [
                "Dossier", "DossierStore", "DossierFormats", "DossierRender", "DossierExtraction", "DossierBuild",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "DossierTestSupport", path: "Tests/DossierTestSupport"),
        .testTarget(name: "DossierTests", dependencies: ["Dossier"]),
        .testTarget(
            name: "DossierStoreTests",
            dependencies: [
                "Dossier", "DossierStore", "DossierTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "DossierFormatsTests", dependencies: ["Dossier", "DossierFormats", "DossierTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "DossierExtractionTests",
            dependencies: ["Dossier", "DossierExtraction", "DossierFormats", "DossierTestSupport"],
            exclude: ["Corpus"]
        ),
        .testTarget(
            name: "DossierBuildTests",
            dependencies: ["Dossier", "DossierBuild", "DossierStore", "DossierTestSupport"]
        ),
        .testTarget(
            name: "DossierRenderTests", dependencies: ["Dossier", "DossierRender", "DossierTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "DossierCLITests",
            dependencies: ["DossierCLI", "DossierTestSupport"],
            exclude: ["Scripts", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(contentsOf: [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ])
    target.swiftSettings = settings
}

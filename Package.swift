// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Corroborate",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Corroborate", targets: ["Corroborate"]),
        .executable(name: "corroborate", targets: ["corroborate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // The relation gold (`train-relations --gold ...yaml`): YAML read through Yams.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The HTML report's templates (Resources/Templates): markup kept as markup, every value escaped.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The story store (`add`, `report STORE.sqlite`, `review`): SQLite through GRDB.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "Corroborate",
            dependencies: [
                "CLibXML2", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Mustache", package: "swift-mustache"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "corroborate",
            dependencies: [
                "Corroborate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The libFuzzer entry point, and a replay tool for its corpus (the README has the fuzzing command).
        .target(
            name: "CorroborateFuzz",
            dependencies: ["Corroborate"]
        ),
        .executableTarget(
            name: "corroborate-fuzz",
            dependencies: ["CorroborateFuzz"]
        ),
        .testTarget(
            name: "CorroborateTests",
            dependencies: ["Corroborate", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)

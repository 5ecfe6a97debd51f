// swift-tools-version: 6.0
import PackageDescription

// scripts/install.sh sets MARGINTOP_BUILD_STAMP=1 after writing the version and commit it builds
// into Sources/MargintopCLI/Version/BuildStamp+Generated.swift (kept out of git); every other build
// uses the checked-in BuildStamp.swift. Only MargintopCLI's settings change, so only it recompiles.
let buildStamp: [SwiftSetting] = Context.environment["MARGINTOP_BUILD_STAMP"] == "1" ? [.define("MARGINTOP_BUILD_STAMP")] : []

let package = Package(
  name: "margintop",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "margintop", targets: ["margintop"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "4.5.2"),
    .package(url: "https://github.com/swift-server/async-http-client.git", exact: "1.37.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
    .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
    .package(url: "https://github.com/LebJe/TOMLKit.git", exact: "0.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
  ],
  targets: [
    // The only C surface: ncursesw with the wide-char API and accessors for macros and globals.
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),

    // Pure domain model shared by every layer: exact amounts, snapshots, errors.
    .target(name: "ExchangeModel"),

    // Signed REST clients for OKX and Bybit, transport, rate limiting, decoding into the model.
    .target(
      name: "ExchangeKit",
      dependencies: [
        "ExchangeModel",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Logging", package: "swift-log"),
      ]),

    // OKX and Bybit venues behind a real HTTP server on loopback.
    .target(
      name: "ExchangeSimulator",
      dependencies: [
        "ExchangeModel",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),

    // Pure: state, reducer, layout, formatting, themes, keymap, render into a Frame.
    .target(
      name: "DashboardCore",
      dependencies: [
        "ExchangeModel",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]),

    // Pure alert rules: thresholds, hysteresis, dwell, rate limit and escalation over snapshots.
    .target(name: "Alerting", dependencies: ["ExchangeModel"]),
    // The history store: SQLite through GRDB (maintained, WAL, migrations, pools), retention,
    // aggregation, export. Never imported by DashboardCore, which stays pure.
    .target(
      name: "History",
      dependencies: ["ExchangeModel", .product(name: "GRDB", package: "GRDB.swift")]),

    // The only code that touches curses.
    .target(name: "TerminalUI", dependencies: ["CNcursesw", "DashboardCore", "ExchangeModel"]),

    // Command line, configuration, snapshot JSON, and the wiring of timers, clients and screen.
    .target(
      name: "MargintopCLI",
      dependencies: [
        "ExchangeModel", "ExchangeKit", "ExchangeSimulator", "DashboardCore", "TerminalUI", "Alerting", "History",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "TOMLKit", package: "TOMLKit"),
      ],
      swiftSettings: buildStamp),

    // NIO only to run Swift concurrency on its event loops (see main.swift).
    .executableTarget(
      name: "margintop",
      dependencies: [
        "MargintopCLI", .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
      ]),
    .executableTarget(name: "DecodeBenchmark", dependencies: ["ExchangeKit"], path: "Benchmarks/DecodeBenchmark"),
    // Write cost and size of the history store; also the writer the kill-mid-write test kills.
    .executableTarget(name: "HistoryBenchmark", dependencies: ["History", "ExchangeModel"], path: "Benchmarks/HistoryBenchmark"),

    .testTarget(
      name: "ExchangeKitTests",
      dependencies: ["ExchangeKit", "ExchangeModel", .product(name: "Hummingbird", package: "hummingbird")],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ExchangeSimulatorTests",
      dependencies: ["ExchangeSimulator", "ExchangeKit", "ExchangeModel"]),
    .testTarget(name: "DashboardCoreTests", dependencies: ["DashboardCore", "ExchangeModel"], exclude: ["Snapshots", "ThemeFixtures"]),
    .testTarget(name: "AlertingTests", dependencies: ["Alerting", "ExchangeModel"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "DashboardCore", "ExchangeModel"]),
    .testTarget(
      name: "MargintopCLITests",
      dependencies: ["MargintopCLI", "ExchangeKit", "ExchangeSimulator", "ExchangeModel", "Alerting", "History"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "HistoryTests", dependencies: ["History", "ExchangeModel", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "EndToEndTests", dependencies: ["ExchangeSimulator", "ExchangeModel"]),
  ]
)

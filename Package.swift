// swift-tools-version: 6.0
import PackageDescription

// scripts/install.sh sets MARGINTOP_BUILD_STAMP=1 after writing the version and commit it builds
// into Sources/MargintopCLI/Version/BuildStamp+Generated.swift (kept out of git); every other build
// uses the checked-in BuildStamp.swift. Only MargintopCLI's settings change, so only it recompiles.
let buildStamp: [SwiftSetting] = Context.environment["MARGINTOP_BUILD_STAMP"] == "1" ? [.define("MARGINTOP_BUILD_STAMP")] : []

// What a target that serves HTTP on loopback (the simulator, the metrics endpoint) imports.
let loopbackServer: [Target.Dependency] = [
  .product(name: "HummingbirdCore", package: "hummingbird"),
  .product(name: "HTTPTypes", package: "swift-http-types"),
  .product(name: "NIOCore", package: "swift-nio"),
  .product(name: "NIOPosix", package: "swift-nio"),
  .product(name: "Logging", package: "swift-log"),
]

// Linux only: TerminalUI calls Glibc and ncursesw directly, and CI builds and tests on Debian.
let package = Package(
  name: "margintop",
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
    .package(url: "https://github.com/swift-server/swift-prometheus.git", exact: "2.4.1"),
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
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ]),

    // OKX and Bybit venues behind a real HTTP server on loopback.
    .target(
      name: "ExchangeSimulator",
      dependencies: [
        "ExchangeModel", .product(name: "Crypto", package: "swift-crypto"),
      ] + loopbackServer),

    // Pure: state, reducer, layout, formatting, keymap, render into a Frame. No files, environment,
    // clock or global state (a test scans its sources).
    .target(name: "DashboardCore", dependencies: ["Alerting", "ExchangeModel", "TerminalModel"]),

    // What the core draws and the terminal shows: cells, styles, frames, glyphs, keys, sizes.
    .target(name: "TerminalModel"),

    // Themes: the compiled-in ones, discovery and reading of theme files, TOML parsing, and
    // resolution into the core's ResolvedTheme for a colour depth.
    .target(
      name: "DashboardThemes",
      dependencies: ["DashboardCore", .product(name: "TOMLKit", package: "TOMLKit")]),

    // Pure alert rules: thresholds, hysteresis, dwell, rate limit and escalation over snapshots.
    .target(name: "Alerting", dependencies: ["ExchangeModel"]),
    // The history store: SQLite through GRDB (maintained, WAL, migrations, pools), retention,
    // aggregation, export. Never imported by DashboardCore, which stays pure.
    .target(
      name: "History",
      dependencies: ["ExchangeModel", .product(name: "GRDB", package: "GRDB.swift")]),

    // Prometheus exposition of snapshots (exact decimals become Double only here), /healthz, and
    // the loopback HTTP server that serves both for `margintop watch --metrics`.
    .target(
      name: "MetricsEndpoint",
      dependencies: [
        "ExchangeModel", .product(name: "Prometheus", package: "swift-prometheus"),
      ] + loopbackServer),

    // The only code that touches curses.
    .target(name: "TerminalUI", dependencies: ["CNcursesw", "TerminalModel", "ExchangeModel"]),

    // Command line, configuration, snapshot JSON, and the wiring of timers, clients and screen.
    .target(
      name: "MargintopCLI",
      dependencies: [
        "ExchangeModel", "ExchangeKit", "ExchangeSimulator", "DashboardCore", "DashboardThemes", "TerminalUI", "Alerting",
        "History", "MetricsEndpoint",
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
    .executableTarget(name: "DecodeBenchmark", dependencies: ["ExchangeKit", "ExchangeModel"], path: "Benchmarks/DecodeBenchmark"),
    // Write cost and size of the history store; also the writer the kill-mid-write test kills.
    .executableTarget(name: "HistoryBenchmark", dependencies: ["History", "ExchangeModel"], path: "Benchmarks/HistoryBenchmark"),

    .testTarget(
      name: "ExchangeKitTests",
      dependencies: [
        "ExchangeKit", "ExchangeModel", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Crypto", package: "swift-crypto"), .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ExchangeSimulatorTests",
      dependencies: [
        "ExchangeSimulator", "ExchangeKit", "ExchangeModel", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]),
    // The theme tests render with the core's fixtures, so they live here too.
    .testTarget(
      name: "DashboardCoreTests", dependencies: ["Alerting", "DashboardCore", "DashboardThemes", "ExchangeModel"],
      exclude: ["Snapshots", "ThemeFixtures"]),
    .testTarget(name: "AlertingTests", dependencies: ["Alerting", "ExchangeModel"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TerminalModel"]),
    .testTarget(
      name: "MargintopCLITests",
      dependencies: [
        "MargintopCLI", "ExchangeKit", "ExchangeSimulator", "ExchangeModel", "Alerting", "History", "DashboardCore",
        "DashboardThemes", "TerminalUI",
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "HistoryTests", dependencies: ["History", "ExchangeModel", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "MetricsEndpointTests", dependencies: ["MetricsEndpoint", "ExchangeModel"]),
    .testTarget(name: "EndToEndTests", dependencies: ["ExchangeSimulator"]),
  ]
)

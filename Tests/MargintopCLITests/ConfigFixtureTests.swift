import Foundation
import Testing

@testable import MargintopCLI

/// One fixture per invalid configuration; its `# expect:` lines are the exact messages.
@Suite struct ConfigFixtureTests {
  static let environment = ["T_KEY": "key-from-env-1234", "T_SECRET": "secret-from-env-5678", "T_PASS": "pass-from-env-9abc", "T_EMPTY": " "]

  /// A parser over the real fixture files, whose permissions are taken as 0600 (git does not keep them).
  static let parser = ConfigParser(
    sources: ConfigSources(
      environment: environment, homeDirectory: "/nonexistent-home", readFile: { try Platform.readFile($0) },
      fileMode: { _ in 0o600 }))

  struct Fixture {
    var path: String
    var text: String
    var mode: UInt16
    var errors: [String]
    var errorPrefix: String?
    var warnings: [String]

    init(folder: String, name: String) throws {
      let path = FixtureFiles.root + "/" + folder + "/" + name
      let text = try String(contentsOfFile: path, encoding: .utf8)
      self.path = path
      self.text = text
      let dir = ConfigParser.directory(of: path)
      func value(_ line: Substring, _ tag: String) -> String? {
        guard line.hasPrefix(tag) else { return nil }
        return String(line.dropFirst(tag.count)).replacingOccurrences(of: "{file}", with: path)
          .replacingOccurrences(of: "{dir}", with: dir)
      }
      var mode: UInt16 = 0o600
      var errors: [String] = []
      var warnings: [String] = []
      var prefix: String?
      for line in text.split(separator: "\n") where line.hasPrefix("#") {
        if let e = value(line, "# expect: ") { errors.append(e) }
        if let w = value(line, "# expect-warning: ") { warnings.append(w) }
        if let p = value(line, "# expect-prefix: ") { prefix = p }
        if let m = value(line, "# mode: "), let bits = UInt16(m, radix: 8) { mode = bits }
      }
      self.mode = mode
      self.errors = errors
      self.errorPrefix = prefix
      self.warnings = warnings
    }
  }

  @Test func everyInvalidFixtureHasAnExpectation() throws {
    let names = FixtureFiles.tomlFiles(in: "invalid")
    #expect(names.count >= 20)
    for name in names {
      let fixture = try Fixture(folder: "invalid", name: name)
      #expect(!fixture.errors.isEmpty || fixture.errorPrefix != nil, "\(name) has no # expect line")
    }
  }

  @Test(arguments: FixtureFiles.tomlFiles(in: "invalid"))
  func invalidConfigIsRefusedWithItsMessage(name: String) throws {
    let fixture = try Fixture(folder: "invalid", name: name)
    let failure = #expect(throws: ConfigFailure.self) {
      try Self.parser.parse(text: fixture.text, file: fixture.path, fileMode: fixture.mode)
    }
    let messages = failure?.errors.map(\.description) ?? []
    if let prefix = fixture.errorPrefix {
      #expect(messages.count == 1 && messages[0].hasPrefix(prefix), "\(messages)")
    } else {
      #expect(messages == fixture.errors)
    }
    for message in messages {
      for secret in Self.environment.values where secret.count > 2 {
        #expect(!message.contains(secret))
      }
      #expect(!message.contains("inline-secret-value"))
    }
  }

  @Test func unknownKeysAreWarnedAndIgnored() throws {
    let fixture = try Fixture(folder: "valid", name: "unknown-key-warning.toml")
    let loaded = try Self.parser.parse(text: fixture.text, file: fixture.path, fileMode: fixture.mode)
    #expect(Set(loaded.warnings.map(\.description)) == Set(fixture.warnings))
    #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
    #expect(loaded.config.accounts.map(\.name) == ["bybit-1"])
  }

  @Test func theExampleConfigurationIsValidAndPrintedVerbatim() throws {
    let example = try String(contentsOfFile: FixtureFiles.repositoryRoot + "/config/margintop.example.toml", encoding: .utf8)
    #expect(DefaultConfig.text == example)
    let environment = [
      "OKX_API_KEY": "k", "OKX_API_SECRET": "s", "OKX_PASSPHRASE": "p", "BYBIT_API_KEY": "bk",
    ]
    let parser = ConfigParser(
      sources: ConfigSources(
        environment: environment, homeDirectory: "/home/u",
        readFile: { path in
          guard path == "/home/u/.config/margintop/bybit.secret" else { throw FileReadError(reason: "unexpected \(path)") }
          return "bs\n"
        }, fileMode: { _ in 0o600 }))
    let loaded = try parser.parse(text: example, file: "config.toml", fileMode: 0o644)
    #expect(loaded.warnings.isEmpty)
    #expect(loaded.config.refresh == .seconds(5))
    #expect(loaded.config.accounts.map(\.name) == ["okx-main", "bybit-unified"])
    #expect(loaded.config.accounts[1].credentials.secret.reveal() == "bs")
  }
}

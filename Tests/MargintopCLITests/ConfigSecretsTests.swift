import ExchangeKit
import ExchangeModel
import Foundation
import Testing

@testable import MargintopCLI

/// Secrets from environment variables, files and (private files only) inline.
@Suite struct ConfigSecretsTests {
  @Test func secretsComeFromEnvironmentAndFiles() throws {
    let path = FixtureFiles.root + "/valid/secrets-from-env-and-files.toml"
    let loaded = try ConfigFixtureTests.parser.load(path: path)
    #expect(loaded.warnings.isEmpty)
    let config = loaded.config
    #expect(config.refresh == .milliseconds(2500))
    #expect(config.theme == "nord")
    #expect(config.privacy)
    let okx = config.accounts[0]
    #expect(okx.venue == .okx && okx.environment == .demo)
    #expect(okx.baseURL?.absoluteString == "http://127.0.0.1:8080")
    #expect(okx.currencies == ["BTC", "USDT"])
    #expect(okx.credentials.apiKey == "key-from-env-1234")
    #expect(okx.credentials.secret.reveal() == "okx-secret-from-file-7f3a")
    #expect(okx.credentials.passphrase?.reveal() == "pass-from-env-9abc")
    let bybit = config.accounts[1]
    #expect(bybit.venue == .bybit && bybit.environment == .testnet && bybit.accountType == "CONTRACT")
    #expect(bybit.credentials.apiKey == "bybit-key-from-file-55d0")
    #expect(bybit.credentials.secret.reveal() == "bybit-secret-from-file-91c2")
    #expect(bybit.credentials.passphrase == nil)
    #expect(!"\(bybit.credentials)".contains("bybit-key-from-file-55d0"))
  }

  /// Inline secrets need a file only the owner can read, checked on the real file's permissions.
  @Test func inlineSecretsOnlyFromAPrivateFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-inline-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/config.toml"
    let text = """
      [[account]]
      name = "okx-inline"
      exchange = "okx"
      api_key = "inline-key-0001"
      secret = "inline-secret-0002"
      passphrase = "inline-pass-0003"

      """
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    let parser = ConfigParser(sources: .system)

    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    let failure = #expect(throws: ConfigFailure.self) { try parser.load(path: path) }
    let messages = failure?.errors.map(\.description) ?? []
    #expect(messages.count == 3)
    #expect(
      messages.first
        == "\(path): account \"okx-inline\": key \"api_key\": permissions 0644 for \"\(path)\" are too open: an inline secret needs a file only you can read; run chmod 600 \"\(path)\", or use api_key_env or api_key_file"
    )
    #expect(messages.allSatisfy { !$0.contains("inline-secret-0002") && !$0.contains("inline-pass-0003") && !$0.contains("inline-key-0001") })

    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    #expect(throws: ConfigFailure.self) { try parser.load(path: path) }

    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    let account = try parser.load(path: path).config.accounts[0]
    #expect(account.credentials.apiKey == "inline-key-0001")
    #expect(account.credentials.secret.reveal() == "inline-secret-0002")
    #expect(account.credentials.passphrase?.reveal() == "inline-pass-0003")
  }

  @Test func secretFilesReadableByOthersAreWarnedAbout() throws {
    let parser = ConfigParser(
      sources: ConfigSources(
        environment: ["K": "key-12345"], homeDirectory: "/home/u", readFile: { _ in "s3cr3t-value\n" }, fileMode: { _ in 0o644 }))
    let text = "[[account]]\nname = \"b\"\nexchange = \"bybit\"\napi_key_env = \"K\"\nsecret_file = \"~/b.secret\"\n"
    let loaded = try parser.parse(text: text, file: "/etc/margintop.toml", fileMode: 0o644)
    #expect(
      loaded.warnings.map(\.description) == [
        "/etc/margintop.toml: account \"b\": key \"secret_file\": \"/home/u/b.secret\" is readable by group or others (mode 0644); run chmod 600 \"/home/u/b.secret\""
      ])
    #expect(loaded.config.accounts[0].credentials.secret.reveal() == "s3cr3t-value")
  }

  @Test func loopbackHostsAllowPlainHTTP() {
    #expect(BaseURL.isLoopback("127.0.0.1"))
    #expect(BaseURL.isLoopback("localhost"))
    #expect(BaseURL.isLoopback("[::1]"))
    #expect(!BaseURL.isLoopback("127.0.0.1.evil.com"))
    #expect(!BaseURL.isLoopback("10.0.0.1"))
  }

  @Test func configPathsFollowXDG() {
    #expect(ConfigPaths.defaultConfigFile(environment: [:], home: "/h") == "/h/.config/margintop/config.toml")
    #expect(ConfigPaths.defaultConfigFile(environment: ["XDG_CONFIG_HOME": "/x"], home: "/h") == "/x/margintop/config.toml")
    #expect(ConfigPaths.defaultConfigFile(environment: ["XDG_CONFIG_HOME": "rel"], home: "/h") == "/h/.config/margintop/config.toml")
    #expect(ConfigPaths.stateDirectory(environment: [:], home: "/h") == "/h/.local/state/margintop")
    #expect(ConfigPaths.stateDirectory(environment: ["XDG_STATE_HOME": "/s/"], home: "/h") == "/s/margintop")
  }
}

import ExchangeKit
import ExchangeModel
import Foundation
import Testing

@testable import MargintopCLI

/// Configuration and secret files that are not what they should be: devices, FIFOs, huge files,
/// secrets pasted where a name or path belongs, control characters, and very many accounts
/// (issue #12). Each is refused quickly with a clear message that quotes no secret.
@Suite struct ConfigHardeningTests {
  static let okxSecret = "22582BD0CFF14C41EDBF1AB98506286D"
  static let bybitSecret = "Xy7kQ2mN9pL4rT6vW8zBq1Ws3Ed5Rf7Tg9Yh"

  private func parser(environment: [String: String] = [:]) -> ConfigParser {
    ConfigParser(
      sources: ConfigSources(
        environment: environment, homeDirectory: "/nonexistent-home", readFile: { try Platform.readFile($0) },
        fileMode: { _ in 0o600 }))
  }

  private func messages(_ text: String, environment: [String: String] = [:], file: String = "/tmp/m.toml") -> [String] {
    do {
      _ = try parser(environment: environment).parse(text: text, file: file, fileMode: 0o600)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  private func account(_ lines: String) -> String {
    """
    [[account]]
    name = "okx-main"
    exchange = "okx"
    \(lines)

    """
  }

  private func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-harden-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try body(dir)
  }

  @Test(arguments: ["/dev/zero", "/dev/urandom", "/dev/null", "/tmp"])
  func aDeviceOrDirectoryAsTheConfigIsRefusedAtOnce(path: String) {
    let start = ContinuousClock.now
    let failure = #expect(throws: ConfigFailure.self) { try parser().load(path: path) }
    #expect(ContinuousClock.now - start < .seconds(1))
    #expect(failure?.errors.first?.description.contains("not a regular file") == true, "\(String(describing: failure))")
  }

  @Test func aFIFOAsTheConfigOrASecretFileDoesNotBlock() throws {
    try withTemporaryDirectory { dir in
      let fifo = dir + "/config.toml"
      #expect(mkfifo(fifo, 0o600) == 0)
      let start = ContinuousClock.now
      let failure = #expect(throws: ConfigFailure.self) { try parser().load(path: fifo) }
      #expect(failure?.errors.first?.description.contains("not a regular file (a FIFO)") == true)
      let errors = messages(
        account(#"api_key = "k"\#nsecret_file = "\#(fifo)"\#npassphrase_env = "P""#), environment: ["P": "p"])
      #expect(errors.contains { $0.contains("key \"secret_file\": cannot read \"\(fifo)\": not a regular file (a FIFO)") })
      #expect(ContinuousClock.now - start < .seconds(1))
    }
  }

  @Test func aSecretFileThatIsADeviceOrHugeIsRefused() throws {
    try withTemporaryDirectory { dir in
      let huge = dir + "/huge.secret"
      try Data(count: Platform.maximumFileSize + 1).write(to: URL(fileURLWithPath: huge))
      for path in ["/dev/zero", "/dev/urandom", huge] {
        let start = ContinuousClock.now
        let errors = messages(account(#"api_key = "k"\#nsecret_file = "\#(path)"\#npassphrase_env = "P""#), environment: ["P": "p"])
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("not a regular file") == true || errors.first?.contains("larger than 1024 KB") == true)
      }
    }
  }

  @Test(arguments: [okxSecret, bybitSecret, "d9f1c1a8-4e0b-4f7c-9b33-1c2d3e4f5a6b", "pass phrase!"])
  func aSecretPastedIntoSecretEnvIsRefusedWithoutBeingShown(pasted: String) {
    let errors = messages(account(#"api_key = "k"\#nsecret_env = "\#(pasted)"\#npassphrase_env = "P""#), environment: ["P": "p"])
    #expect(errors.count == 1)
    #expect(errors.first?.contains("key \"secret_env\": must name an environment variable") == true)
    #expect(errors.allSatisfy { !$0.contains(pasted) })
  }

  @Test(arguments: [okxSecret, bybitSecret, "d9f1c1a8-4e0b-4f7c-9b33-1c2d3e4f5a6b"])
  func aSecretPastedIntoSecretFileIsRefusedWithoutBeingShown(pasted: String) {
    let errors = messages(account(#"api_key = "k"\#nsecret_file = "\#(pasted)"\#npassphrase_env = "P""#), environment: ["P": "p"])
    #expect(errors.count == 1)
    #expect(errors.first?.contains("key \"secret_file\": must be a file path") == true)
    #expect(errors.allSatisfy { !$0.contains(pasted) })
  }

  @Test func ordinaryVariableNamesAndPathsStillWork() {
    #expect(!SecretShape.looksLikeSecret(variableName: "OKX_SECRET"))
    #expect(!SecretShape.looksLikeSecret(variableName: "MARGINTOP_BYBIT_SECRET_2"))
    #expect(!SecretShape.looksLikeSecret(variableName: "okxsecret"))
    #expect(!SecretShape.looksLikeSecret(path: "~/.config/margintop/okx.secret"))
    #expect(!SecretShape.looksLikeSecret(path: "okx.secret"))
    #expect(!SecretShape.looksLikeSecret(path: "secrets"))
    let errors = messages(account(#"api_key = "k"\#nsecret_env = "MISSING_SECRET_VAR"\#npassphrase_env = "P""#), environment: ["P": "p"])
    #expect(errors == [#"/tmp/m.toml: account "okx-main": key "secret_env": environment variable "MISSING_SECRET_VAR" is not set"#])
  }

  @Test(arguments: ["okx\u{1B}[2J", "a\rb", "line\nbreak", "tab\there", "\u{9B}31m"])
  func aNameWithControlCharactersIsRefused(name: String) {
    let text = """
      [[account]]
      name = "\(name.unicodeScalars.map { $0.value < 0x20 || $0.value >= 0x7F ? String(format: "\\u%04X", $0.value) : String($0) }.joined())"
      exchange = "okx"
      api_key = "k"
      secret_env = "S"
      passphrase_env = "P"

      """
    let errors = messages(text, environment: ["S": "s", "P": "p"])
    #expect(errors.count == 1)
    #expect(errors.first?.hasSuffix("key \"name\": must not contain control characters (escape sequences, tabs or line breaks)") == true)
  }

  @Test func keysAndSecretsWithControlCharactersAreRefusedUnshown() {
    let errors = messages(
      account(#"api_key_env = "K"\#nsecret_env = "S"\#npassphrase_env = "P""#),
      environment: ["K": "key\u{1B}]0;x\u{07}", "S": "sec\u{1B}ret", "P": "p"])
    #expect(errors.count == 2)
    #expect(errors.allSatisfy { !$0.contains("\u{1B}") && !$0.contains("sec\u{1B}ret") && !$0.contains("key\u{1B}") })
    #expect(errors.first?.contains("the api key contains control characters (not shown)") == true)
  }

  @Test func aCurrencyFilterWithControlCharactersIsRefused() {
    let errors = messages(account(#"api_key = "k"\#nsecret_env = "S"\#npassphrase_env = "P"\#ncurrencies = ["BTC", "U\u001B[2J"]"#), environment: ["S": "s", "P": "p"])
    #expect(errors.count == 1)
    #expect(errors.first?.contains("key \"currencies\": expected currency codes") == true)
  }

  @Test func validatingTenThousandBadAccountsIsLinear() {
    var text = ""
    for number in 0..<10_000 {
      text += "[[account]]\nname = \"account-\(number)\"\nexchange = \"okex\"\napi_key = \"k\"\nsecret_env = \"S\"\n\n"
    }
    let start = ContinuousClock.now
    let errors = messages(text, environment: ["S": "s"])
    let elapsed = ContinuousClock.now - start
    #expect(errors.count == 10_000)
    #expect(elapsed < .seconds(10), "10,000 accounts took \(elapsed)")
  }
}

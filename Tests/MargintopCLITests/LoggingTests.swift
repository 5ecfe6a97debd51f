import Foundation
import Logging
import Testing

@testable import MargintopCLI

/// The file log handler: one line per event, secrets redacted, never the terminal.
@Suite struct LoggingTests {
  @Test func logLinesAreWrittenToTheFileWithSecretsRedacted() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-log-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let path = dir + "/state/margintop/margintop.log"
    let file = try LogFile(path: path)
    let redactor = SecretRedactor()
    redactor.register(["sup3r-s3cret-value", "abc", "sup3r-s3cret-value-longer"])
    var logger = Logger(label: "test") { label in FileLogHandler(label: label, file: file, redactor: redactor, level: .info) }
    logger[metadataKey: "account"] = "okx-main"
    logger.info("signed with sup3r-s3cret-value-longer and sup3r-s3cret-value", metadata: ["extra": "sup3r-s3cret-value"])
    logger.debug("below the level")
    logger.warning("two\nlines")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(!text.contains("sup3r-s3cret-value"))
    #expect(lines[0].hasSuffix("info test: signed with <redacted> and <redacted> account=okx-main extra=<redacted>"))
    #expect(lines[1].hasSuffix("warning test: two\\nlines account=okx-main"))
    // Short values are not redacted: they would mangle ordinary words.
    #expect(redactor.redact("abc") == "abc")
    #expect(Platform.fileMode(path) == 0o600)
  }
}

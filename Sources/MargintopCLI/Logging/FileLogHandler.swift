import ExchangeModel
import Foundation
import Logging

/// A swift-log handler that writes one redacted line per event to a `LogFile`.
///
/// It never writes to the terminal: while the dashboard runs the screen belongs to curses.
struct FileLogHandler: LogHandler {
  var logLevel: Logger.Level
  var metadata: Logger.Metadata = [:]
  var metadataProvider: Logger.MetadataProvider?
  private let label: String
  private let file: LogFile
  private let redactor: SecretRedactor

  init(label: String, file: LogFile, redactor: SecretRedactor, level: Logger.Level) {
    self.label = label
    self.file = file
    self.redactor = redactor
    self.logLevel = level
  }

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    var all = metadata
    if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
    if let extra = event.metadata { all.merge(extra) { $1 } }
    file.append(redactor.redact(Self.format(event, label: label, metadata: all, at: Date())))
  }

  /// `2026-11-21T12:00:00.123Z info margintop: message key=value`.
  static func format(_ event: LogEvent, label: String, metadata: Logger.Metadata, at date: Date) -> String {
    var line = "\(Timestamp.text(date)) \(event.level) \(label): \(event.message)"
    for (key, value) in metadata.sorted(by: { $0.key < $1.key }) { line += " \(key)=\(value)" }
    // One event per line, whatever the message holds, and nothing that drives a terminal when
    // the log is read with `cat` or `tail -f`.
    return TerminalText.escaped(line)
  }
}

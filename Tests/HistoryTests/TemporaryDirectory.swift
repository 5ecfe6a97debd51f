import Foundation

/// A directory under the system's temporary one, removed when the test lets go of it.
final class TemporaryDirectory: Sendable {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "margintop-history-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  var database: String { path + "/state/margintop/history.sqlite" }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

import ExchangeSimulator
import Foundation

/// Runs `scripts/independent_signer.py`, a signer written from the venues' docs with Python's
/// `hmac`, against a running simulator. Secrets go through the environment, not argv.
enum IndependentSigner {
  /// What came back over the wire.
  struct Reply: Decodable {
    var status: Int
    var headers: [String: String]
    var body: String

    /// The body parsed as a JSON object.
    var json: [String: Any] {
      (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }
  }

  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts/independent_signer.py")

  /// Sends one signed GET through the Python signer and returns the reply.
  ///
  /// The process is waited for on a Dispatch queue: blocking a cooperative thread would starve
  /// the in-process server that has to answer it.
  static func send(
    _ key: SimulatedKey, base: URL, path: String, query: String = "", options: [String] = []
  ) async throws -> Reply {
    try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Result { try run(key, base: base, path: path, query: query, options: options) })
      }
    }
  }

  private static func run(
    _ key: SimulatedKey, base: URL, path: String, query: String, options: [String]
  ) throws -> Reply {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    var arguments = ["python3", script.path, key.venue.rawValue, base.absoluteString, path]
    if !query.isEmpty { arguments.append(query) }
    process.arguments = arguments + options
    var environment = ProcessInfo.processInfo.environment
    environment["SIM_API_KEY"] = key.apiKey
    environment["SIM_SECRET"] = key.secret
    environment["SIM_PASSPHRASE"] = key.passphrase ?? ""
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try JSONDecoder().decode(Reply.self, from: data)
  }
}

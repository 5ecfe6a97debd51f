import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Debian's `prometheus`, started by a test on loopback with its own storage, and its HTTP API.
enum PrometheusServer {
  /// The executable, or `nil` when the package is not installed.
  static let executable: URL? = ["/usr/bin/prometheus", "/usr/local/bin/prometheus"]
    .map { URL(fileURLWithPath: $0) }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

  /// Prometheus's rule checker, from the same package.
  static let promtool: URL? = ["/usr/bin/promtool", "/usr/local/bin/promtool"]
    .map { URL(fileURLWithPath: $0) }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) }

  /// Whether the tests run under CI, where a missing Prometheus is a failure, not a skip.
  static var underCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

  /// The repository's `deploy/prometheus/alerts.yml`.
  static var shippedRules: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("deploy/prometheus/alerts.yml")
  }

  /// A configuration that scrapes `target` every second and evaluates `rules` every second.
  static func configuration(target: String, rules: String) -> String {
    """
    global:
      scrape_interval: 1s
      evaluation_interval: 1s
    rule_files:
      - \(rules)
    scrape_configs:
      - job_name: margintop
        static_configs:
          - targets: ["\(target)"]

    """
  }

  /// The decoded JSON of `GET base + path`, or `nil` while the server is not answering.
  static func get(_ base: String, _ path: String) async -> [String: Any]? {
    guard let url = URL(string: base + path), let (data, _) = try? await URLSession.shared.data(from: url) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
  }

  /// The series of an instant query's result (`data.result`), or `[]`.
  static func query(_ base: String, _ promQL: String) async -> [[String: Any]] {
    let encoded = promQL.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    let answer = await get(base, "/api/v1/query?query=" + encoded)
    return ((answer?["data"] as? [String: Any])?["result"] as? [[String: Any]]) ?? []
  }

  /// The alerts Prometheus holds now (`/api/v1/alerts`): name and state of each.
  static func alerts(_ base: String) async -> [(name: String, state: String, labels: [String: String])] {
    let answer = await get(base, "/api/v1/alerts")
    let list = ((answer?["data"] as? [String: Any])?["alerts"] as? [[String: Any]]) ?? []
    return list.map { alert in
      let labels = (alert["labels"] as? [String: String]) ?? [:]
      return (labels["alertname"] ?? "", alert["state"] as? String ?? "", labels)
    }
  }
}

import Foundation
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `margintop watch --demo --metrics` scraped by a real Prometheus that runs the shipped rules.
@Suite struct PrometheusEndToEndTests {
  @Test(
    .enabled(
      if: PrometheusServer.executable != nil || PrometheusServer.underCI,
      "prometheus is not installed (apt-get install prometheus); CI=1 makes this a failure"),
    .timeLimit(.minutes(3)))
  func prometheusScrapesTheDemoEpisodeAndTheShippedRulesFire() async throws {
    let prometheus = try #require(PrometheusServer.executable, "prometheus is not installed but CI is set: apt-get install prometheus")
    let margintop = try #require(MargintopBinary.url, "margintop was not built beside the tests")
    let metricsPort = try #require(FreePort.next())
    let apiPort = try #require(FreePort.next())
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("margintop-prom-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory + "/state", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }

    // The shipped rules as they are: their `for: 5s` dwell is short enough for the episode.
    let rules = directory + "/alerts.yml"
    try FileManager.default.copyItem(atPath: PrometheusServer.shippedRules.path, toPath: rules)
    let config = directory + "/prometheus.yml"
    try PrometheusServer.configuration(target: "127.0.0.1:\(metricsPort)", rules: rules)
      .write(toFile: config, atomically: true, encoding: .utf8)

    let watch = try BackgroundProcess(
      "margintop", executable: margintop,
      arguments: ["watch", "--demo", "--refresh", "1", "--metrics", "127.0.0.1:\(metricsPort)"],
      environment: ["HOME": directory, "XDG_STATE_HOME": directory + "/state", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
      logPath: directory + "/margintop.log")
    defer { watch.stop() }
    let server = try BackgroundProcess(
      "prometheus", executable: prometheus,
      arguments: [
        "--config.file=\(config)", "--storage.tsdb.path=\(directory)/data", "--web.listen-address=127.0.0.1:\(apiPort)",
        "--log.level=warn",
      ],
      logPath: directory + "/prometheus.log")
    defer { server.stop() }

    let api = "http://127.0.0.1:\(apiPort)"
    var usage: [[String: Any]] = []
    var firing: [String] = []
    var healthStatus: Int?
    let deadline = ContinuousClock.now + .seconds(100)
    while ContinuousClock.now < deadline, watch.isRunning, server.isRunning {
      try await Task.sleep(for: .seconds(1))
      if healthStatus == nil, let url = URL(string: "http://127.0.0.1:\(metricsPort)/healthz"),
        let (_, response) = try? await URLSession.shared.data(from: url), let http = response as? HTTPURLResponse,
        http.statusCode == 200
      {
        healthStatus = http.statusCode
      }
      if usage.isEmpty { usage = await PrometheusServer.query(api, "margintop_margin_usage_ratio > 0.85") }
      firing = await PrometheusServer.alerts(api).filter { $0.state == "firing" }.map(\.name)
      if !usage.isEmpty, firing.contains("MargintopMarginUsageDanger"), healthStatus != nil { break }
    }
    let context = "margintop:\n\(watch.output)\nprometheus:\n\(server.output)"
    #expect(watch.isRunning, "margintop exited early: \(context)")
    let series = try #require(usage.first, "no margin usage above 0.85 through Prometheus; \(context)")
    let labels = (series["metric"] as? [String: String]) ?? [:]
    #expect(labels["job"] == "margintop")
    #expect(labels["account"] != nil && labels["exchange"] != nil)
    let value = ((series["value"] as? [Any])?.last as? String).flatMap(Double.init)
    #expect(value.map { $0 > 0.85 } == true, "\(series)")
    #expect(firing.contains("MargintopMarginUsageDanger"), "firing: \(firing); \(context)")
    #expect(healthStatus == 200, "/healthz never answered 200 with every demo account fresh")

    // margintop stops cleanly under a scraper.
    watch.stop()
    #expect(watch.exitStatus == 0, "\(context)")
  }

  @Test(.enabled(if: PrometheusServer.promtool != nil || PrometheusServer.underCI, "promtool is not installed"))
  func promtoolAcceptsTheShippedRulesAndPassesTheirUnitTests() throws {
    let promtool = try #require(PrometheusServer.promtool, "promtool is not installed but CI is set: apt-get install prometheus")
    let folder = PrometheusServer.shippedRules.deletingLastPathComponent().path
    let check = Tmux.run(promtool, ["check", "rules", folder + "/alerts.yml"])
    #expect(check.status == 0, "\(check.output)")
    #expect(check.output.contains("SUCCESS: 17 rules found"), "\(check.output)")
    let test = Tmux.run(promtool, ["test", "rules", folder + "/alerts_test.yml"])
    #expect(test.status == 0, "\(test.output)")
    #expect(test.output.contains("SUCCESS"), "\(test.output)")
  }
}

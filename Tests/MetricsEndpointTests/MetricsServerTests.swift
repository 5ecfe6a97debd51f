import ExchangeModel
import Foundation
import Testing

@testable import MetricsEndpoint

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The endpoint on a real loopback socket.
@Suite struct MetricsServerTests {
  static let account = MetricsAccount(name: "okx-main", venue: .okx, staleAfter: 60)

  private func get(_ server: MetricsServer, _ path: String) async throws -> (status: Int, type: String?, body: String) {
    let url = try #require(URL(string: "http://\(server.address)\(path)"))
    let (data, response) = try await URLSession.shared.data(from: url)
    let http = try #require(response as? HTTPURLResponse)
    return (http.statusCode, http.value(forHTTPHeaderField: "Content-Type"), String(decoding: data, as: UTF8.self))
  }

  @Test func servesMetricsAndHealthOnLoopback() async throws {
    let exporter = MetricsExporter(accounts: [Self.account])
    let clock = TestClock(SnapshotMaker.start)
    let server = try await MetricsServer.start(
      at: MetricsAddress(host: "127.0.0.1", port: 0), exporter: exporter, now: { clock.now })
    do {
      #expect(server.address.port > 0)
      let unhealthy = try await get(server, "/healthz")
      #expect(unhealthy.status == 503)
      #expect(unhealthy.type == "application/json")

      exporter.record(SnapshotMaker.okx(mgnRatio: "2"), account: 0)
      clock.now = SnapshotMaker.start.addingTimeInterval(5)
      let metrics = try await get(server, "/metrics")
      #expect(metrics.status == 200)
      #expect(metrics.type == "text/plain; version=0.0.4; charset=utf-8")
      #expect(metrics.body.contains(#"margintop_margin_usage_ratio{account="okx-main",exchange="okx"} 0.5"#))
      let healthy = try await get(server, "/healthz")
      #expect(healthy.status == 200)
      #expect(healthy.body.contains(#""status":"ok""#))

      #expect(try await get(server, "/").status == 404)
    } catch {
      await server.shutdown()
      throw error
    }
    await server.shutdown()
  }

  @Test func aPortInUseIsAClearErrorNotATrap() async throws {
    let exporter = MetricsExporter(accounts: [Self.account])
    let first = try await MetricsServer.start(at: MetricsAddress(host: "127.0.0.1", port: 0), exporter: exporter)
    await #expect(throws: MetricsServerError.addressInUse(first.address.description)) {
      _ = try await MetricsServer.start(at: first.address, exporter: exporter)
    }
    await first.shutdown()
    #expect(
      MetricsServerError.addressInUse("127.0.0.1:9464").description
        == "--metrics 127.0.0.1:9464: the address is already in use (another margintop or exporter?); choose another port")
  }

  @Test func anAddressOfNoLocalInterfaceIsRefused() async throws {
    let exporter = MetricsExporter(accounts: [Self.account])
    // TEST-NET-1 (RFC 5737) is never assigned to this machine.
    await #expect(throws: MetricsServerError.self) {
      _ = try await MetricsServer.start(at: MetricsAddress(host: "192.0.2.1", port: 0), exporter: exporter)
    }
  }
}

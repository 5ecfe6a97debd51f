import ExchangeKit
import ExchangeModel
import Foundation
import Testing

@testable import ExchangeSimulator

/// The demo's scripted incidents after each risk episode, read through the real client layer:
/// an outage, an unsupportable figure, an unreadable field and a refused key, and nothing of
/// them in the episode's first 58 seconds or without `incidents`.
@Suite struct IncidentScriptTests {
  @Test func nothingHappensInTheEpisodesFirstMinuteNorAfterTheIncidents() {
    let keys = SimulatedAccounts.all.map(\.key.apiKey)
    for step in Array(0..<60) + Array(108..<300) + Array(300..<360) {
      for key in keys { #expect(IncidentScript.incident(step: step, apiKey: key) == nil, "step \(step) \(key)") }
    }
    #expect(IncidentScript.incident(step: 360, apiKey: IncidentScript.bybitAccount) == .outage)
  }

  @Test func onlyTheTwoDemoAccountsAreTouched() {
    let touched = Set(
      (0..<300).flatMap { step in
        SimulatedAccounts.all.map(\.key.apiKey).filter { IncidentScript.incident(step: step, apiKey: $0) != nil }
      })
    #expect(touched == [IncidentScript.okxAccount, IncidentScript.bybitAccount])
  }

  private func read(_ harness: ClientIntegrationTests.Harness) async -> Result<AccountSnapshot, ExchangeError> {
    do {
      return .success(try await harness.client.fetchSnapshot())
    } catch {
      return .failure(error)
    }
  }

  @Test func theClientsSeeEachIncidentInTurn() async throws {
    let clock = ManualSimulatorClock()
    var configuration = SimulatorConfiguration.demo
    configuration.clock = clock
    let server = try await SimulatorServer.start(configuration)
    defer { Task { await server.shutdown() } }
    let okx = try ClientIntegrationTests.Harness(server.okxKey, server: server, clock: SteppedClock(clock))
    let bybit = try ClientIntegrationTests.Harness(server.bybitKey, server: server, clock: SteppedClock(clock))
    let futures = try ClientIntegrationTests.Harness(server.okxFuturesKey, server: server, clock: SteppedClock(clock))

    clock.advance(by: .seconds(59))
    let calm = try await okx.client.fetchSnapshot()
    // TON near the platform's collateral limit (colRes 1) keeps the accounts at warn.
    #expect(calm.risk.level == .warn && calm.problems.isEmpty)
    #expect(try await bybit.client.fetchSnapshot().risk.level == .warn)

    clock.advance(by: .seconds(11))  // 70 s
    let unsupported = try await okx.client.fetchSnapshot()
    #expect(unsupported.risk.level == .unknown, "\(unsupported.risk.reasons)")
    #expect(unsupported.problems.isEmpty)
    guard case .failure(let outage) = await read(bybit) else { throw Failure("Bybit answered during its outage") }
    #expect(outage.kind == .server && !outage.isPermanent)
    #expect(try await futures.client.fetchSnapshot().problems.isEmpty)

    clock.advance(by: .seconds(15))  // 85 s
    let unreadable = try await okx.client.fetchSnapshot()
    #expect(unreadable.problems.map(\.field) == ["BTC.cashBal"])

    clock.advance(by: .seconds(18))  // 103 s
    guard case .failure(let refused) = await read(okx) else { throw Failure("OKX took the key while refusing it") }
    #expect(refused.kind == .auth && refused.isPermanent)

    clock.advance(by: .seconds(7))  // 110 s
    let back = try await okx.client.fetchSnapshot()
    #expect(back.problems.isEmpty && back.risk.level == .warn)
    #expect(try await bybit.client.fetchSnapshot().risk.level == .warn)
  }

  @Test func withoutIncidentsTheSimulatorAnswersAsUsual() async throws {
    let clock = ManualSimulatorClock()
    var configuration = SimulatorConfiguration()
    configuration.clock = clock
    let server = try await SimulatorServer.start(configuration)
    defer { Task { await server.shutdown() } }
    let bybit = try ClientIntegrationTests.Harness(server.bybitKey, server: server, clock: SteppedClock(clock))
    clock.advance(by: .seconds(70))
    #expect(try await bybit.client.fetchSnapshot().currencies.count > 0)
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }
}

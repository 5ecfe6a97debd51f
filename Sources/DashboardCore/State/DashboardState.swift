import ExchangeModel
import Foundation

/// The whole state of the dashboard; changed only by `Dashboard.reduce`.
public struct DashboardState: Sendable {
  public var accounts: [AccountDescriptor]
  public var settings: DashboardSettings
  public var now: Date

  public init(accounts: [AccountDescriptor], settings: DashboardSettings, now: Date) {
    self.accounts = accounts
    self.settings = settings
    self.now = now
  }
}

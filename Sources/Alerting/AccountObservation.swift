import ExchangeModel
import Foundation

/// What one refresh of one account produced: a snapshot, or the error that took its place.
public enum AccountObservation: Sendable {
  case snapshot(AccountSnapshot)
  case failure(ExchangeError)
}

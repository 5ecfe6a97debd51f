import ExchangeModel
import Testing

@testable import ExchangeSimulator

/// A fault request is read with the one JSON parser: integer literals are taken, anything else
/// falls back to the default instead of trapping or being refused.
@Suite struct FaultControlParsingTests {
  @Test func integersVenueAndDefaultsAreRead() throws {
    let stall = try FaultControl.parse(#"{"fault": "stall", "venue": "okx", "seconds": 8, "count": 3}"#).get()
    #expect(stall.0 == .stall(.seconds(8)) && stall.1 == .okx && stall.2 == 3)
    let error = try FaultControl.parse(#"{"fault":"server_error","status":1e300,"count":99999999999999999999}"#).get()
    #expect(error.0 == .serverError(status: 503) && error.1 == nil && error.2 == 1)
  }

  @Test(arguments: ["", "[]", #"{"fault":1}"#, #"{"fault":"meteor"}"#, #"{"fault":"stall","venue":"kraken"}"#, #"{"fault":"stall",}"#])
  func badRequestsAreRefused(body: String) {
    guard case .failure = FaultControl.parse(body) else {
      Issue.record("accepted \(body)")
      return
    }
  }
}

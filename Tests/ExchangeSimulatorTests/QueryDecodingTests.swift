import Foundation
import Testing

@testable import ExchangeSimulator

/// Query parameters are decoded as Foundation's `removingPercentEncoding` decodes them.
@Suite struct QueryDecodingTests {
  @Test(arguments: ["BTC", "BTC%2CETH", "a%20b", "%E2%82%AC", "%e2%82%ac", "100%", "%2", "%zz", "%FF", "", "a+b", "%2B"])
  func componentsDecodeLikeFoundation(_ component: String) {
    #expect(SimulatedRequest.decoded(Substring(component), plusIsSpace: false) == component.removingPercentEncoding)
    #expect(
      SimulatedRequest.decoded(Substring(component), plusIsSpace: true)
        == component.replacingOccurrences(of: "+", with: " ").removingPercentEncoding)
  }

  @Test func parametersKeepTheLastValueAndDecodeNamesAndValues() {
    let request = SimulatedRequest(path: "/v5/account/wallet-balance", query: "accountType=UNIFIED&coin=BTC%2CETH&coin=SOL&c%6Fin2=a+b&flag")
    #expect(request.parameters == ["accountType": "UNIFIED", "coin": "SOL", "coin2": "a b", "flag": ""])
  }
}

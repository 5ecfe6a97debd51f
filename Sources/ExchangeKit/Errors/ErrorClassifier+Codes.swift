import ExchangeModel

/// The venues' documented error codes and margintop's message for each.
extension ErrorClassifier {
  static let okxRules: [String: (ExchangeError.Kind, String)] = {
    var rules: [String: (ExchangeError.Kind, String)] = [:]
    let unknownKey = "OKX does not know this API key: check the key and whether it is a demo key"
    for code in ["50103", "50111", "50119"] { rules[code] = (.auth, unknownKey) }
    for code in ["50104", "50105"] {
      rules[code] = (.auth, "OKX rejected the passphrase: use the one set when the key was created")
    }
    for code in ["50106", "50113"] { rules[code] = (.auth, "OKX rejected the API key's signature: check the secret") }
    rules["50107"] = (.auth, "OKX rejected the request's timestamp header: check the system clock")
    rules["50101"] = (
      .environment, "the OKX key belongs to another environment: set environment to demo or live to match the key"
    )
    rules["50102"] = (.clock, "OKX says the request time is outside its window: check the system clock (NTP)")
    rules["50112"] = (.clock, "OKX rejected the request timestamp: check the system clock (NTP)")
    for code in ["50110", "50121", "50035"] {
      rules[code] = (.ip, "OKX refused this IP address: add it to the API key's IP allow-list")
    }
    for code in ["50120", "50030"] {
      rules[code] = (.permission, "the OKX key lacks the permission for this request: enable Read on the key")
    }
    for code in ["50011", "50013"] { rules[code] = (.rateLimit, "rate limited by OKX") }
    for code in ["50001", "50026"] { rules[code] = (.server, "OKX is temporarily unavailable") }
    return rules
  }()

  static let bybitRules: [String: (ExchangeError.Kind, String)] = {
    var rules: [String: (ExchangeError.Kind, String)] = [:]
    rules["10003"] = (
      .auth, "Bybit does not know this API key: check the key and its environment (mainnet, testnet or demo)"
    )
    rules["10004"] = (.auth, "Bybit rejected the API key's signature: check the secret")
    rules["10007"] = (.auth, "Bybit could not authenticate the request: check the key and secret")
    for code in ["33004", "-2015"] { rules[code] = (.auth, "the Bybit API key has expired: create a new key") }
    rules["10005"] = (.permission, "the Bybit key lacks the permission for this request")
    rules["10010"] = (.ip, "Bybit refused this IP address: add it to the API key's bound IPs")
    for code in ["10002", "-1"] {
      rules[code] = (.clock, "Bybit says the request time is outside the receive window: check the system clock (NTP)")
    }
    for code in ["10006", "10018"] { rules[code] = (.rateLimit, "rate limited by Bybit") }
    rules["10016"] = (.server, "Bybit is temporarily unavailable")
    return rules
  }()
}

import DashboardCore
import ExchangeModel
import Foundation

extension DashboardPreferences {
  /// The preferences file's document: an object of the choices made, keys sorted, indented.
  var json: String {
    var members: [(String, JSONValue)] = []
    if let exact { members.append(("exact", .bool(exact))) }
    if let refreshSeconds, let seconds = ExactDecimal(shortest: refreshSeconds) {
      members.append(("refreshSeconds", .number(seconds.plainText)))
    }
    if let sort { members.append(("sort", .string(sort))) }
    if let sortReversed { members.append(("sortReversed", .bool(sortReversed))) }
    if let theme { members.append(("theme", .string(theme))) }
    if let view { members.append(("view", .string(view))) }
    return JSONValue.object(members).text(.indented(2)) + "\n"
  }

  /// The choices in `document`; `nil` when it is not a JSON object or a known key holds the
  /// wrong type. Unknown keys are ignored (a newer margintop may have written them).
  init?(json document: [UInt8]) {
    guard case .object(let fields)? = try? JSONParser.parse(Data(document)) else { return nil }
    self.init()
    for (key, value) in fields {
      switch (key, value) {
      case ("theme", .string(let text)): theme = text
      case ("sort", .string(let text)): sort = text
      case ("view", .string(let text)): view = text
      case ("sortReversed", .bool(let flag)): sortReversed = flag
      case ("exact", .bool(let flag)): exact = flag
      case ("refreshSeconds", .number(let text)):
        guard let seconds = Double(text) else { return nil }
        refreshSeconds = seconds
      case ("theme", _), ("sort", _), ("view", _), ("sortReversed", _), ("exact", _), ("refreshSeconds", _):
        // A JSON null is a choice not made; any other type is not our document.
        guard case .null = value else { return nil }
      default: continue
      }
    }
  }
}

/// Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and line
/// breaks).
enum CSVReader {
  static func records(_ text: String) throws(HistoryError) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var afterQuote = false
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let p = pending { pending = nil; return p }
      return iterator.next()
    }
    while let c = next() {
      if quoted {
        if c == "\"" {
          if let following = next() {
            if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = following }
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"":
        guard field.isEmpty, !afterQuote else { throw HistoryError("history CSV: a quote inside an unquoted field") }
        quoted = true
      case ",":
        record.append(field)
        field = ""
        afterQuote = false
      case "\r":
        continue
      case "\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
        afterQuote = false
      default:
        guard !afterQuote else { throw HistoryError("history CSV: text after a closing quote") }
        field.unicodeScalars.append(c)
      }
    }
    if quoted { throw HistoryError("history CSV: a quoted field is not closed") }
    if !field.isEmpty || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    return records
  }
}

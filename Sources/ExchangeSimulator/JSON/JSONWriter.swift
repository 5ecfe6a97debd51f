import ExchangeModel

/// Writes compact JSON straight into bytes: for the long, regular arrays of a balance response,
/// where building a `JSONValue` tree first cost more than computing the figures.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// No member or element written yet at the current depth: no comma before the next one.
  private var atStart = true

  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    atStart = true
  }

  mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    atStart = false
  }

  mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    atStart = true
  }

  mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    atStart = false
  }

  /// `"name":value` in the object being written.
  mutating func member(_ name: String, _ value: JSONValue) {
    separate()
    JSONValue.writeString(name, into: &bytes)
    bytes.append(UInt8(ascii: ":"))
    value.write(into: &bytes)
  }

  /// The text written, as a value to place in a `JSONValue` document.
  var value: JSONValue { .raw(bytes) }

  private mutating func separate() {
    if !atStart { bytes.append(UInt8(ascii: ",")) }
    atStart = false
  }
}

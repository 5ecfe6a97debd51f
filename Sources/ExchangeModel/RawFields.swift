/// Every field of one object (an account or a currency) exactly as sent, in the order sent,
/// looked up by name.
///
/// Semantically a `[String: RawField]` (a repeated name keeps its last value; equality and
/// hashing ignore order), but decoding a balance builds one per currency (500 × 44 fields in the
/// decode benchmark) and reads a dozen fields of each, and Swift's seeded string hashing was a
/// third of that decode. Here each name carries an FNV-1a hash, computed once (by the JSON parser
/// while it scans the name), and a lookup scans those hashes: for objects of a few dozen fields
/// that beats any table, and the fields stay in the order the exchange sent them. FNV has no seed; the names come from the exchanges' schemas, and a
/// collision costs a string comparison, not correctness.
public struct RawFields: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
  public typealias Element = (key: String, value: RawField)

  /// One field with its name's `nameHash`. A struct rather than a tuple: arrays of tuples are
  /// copied and destroyed through the runtime's generic (slow) paths.
  private struct Entry: Sendable {
    var key: String
    var value: RawField
    var hash: UInt32
  }

  private var entries: [Entry] = []

  /// No fields.
  public init() {}

  /// No fields yet, with room for `minimumCapacity`.
  public init(minimumCapacity: Int) {
    entries.reserveCapacity(minimumCapacity)
  }

  public init(dictionaryLiteral elements: (String, RawField)...) {
    for (key, value) in elements { self[key] = value }
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { entries.count }
  public subscript(position: Int) -> Element { (entries[position].key, entries[position].value) }

  /// The names, in document order.
  public var keys: [String] { entries.map(\.key) }

  /// The values, in document order.
  public var values: [RawField] { entries.map(\.value) }

  /// The field called `key`; setting `nil` removes it, setting a new name appends it.
  public subscript(key: String) -> RawField? {
    get {
      position(of: key, hash: RawFields.nameHash(key)).map { entries[$0].value }
    }
    set {
      let hash = RawFields.nameHash(key)
      switch (position(of: key, hash: hash), newValue) {
      case (let index?, let value?): entries[index].value = value
      case (let index?, nil): entries.remove(at: index)
      case (nil, let value?): entries.append(Entry(key: key, value: value, hash: hash))
      case (nil, nil): break
      }
    }
  }

  /// Appends a member as a parser reads it; `hash` must be `nameHash(key)`, which the parser
  /// computes while it scans the name (it refuses names that are not valid UTF-8, whose repaired
  /// string would hash differently; the fuzz target checks the two agree). When `mayRepeat` (the
  /// parser saw this hash before in the object), an earlier field of that name takes the value
  /// instead: the last value wins, in the first place, as with a dictionary.
  mutating func appendParsed(_ key: String, hash: UInt32, value: RawField, mayRepeat: Bool) {
    if mayRepeat, let index = position(of: key, hash: hash) {
      entries[index].value = value
    } else {
      entries.append(Entry(key: key, value: value, hash: hash))
    }
  }

  private func position(of key: String, hash: UInt32) -> Int? {
    entries.withUnsafeBufferPointer { entries in
      for index in entries.indices where entries[index].hash == hash && entries[index].key == key { return index }
      return nil
    }
  }

  /// Same fields with the same values, in any order.
  public static func == (lhs: RawFields, rhs: RawFields) -> Bool {
    lhs.count == rhs.count && lhs.allSatisfy { rhs[$0.key] == $0.value }
  }

  public func hash(into hasher: inout Hasher) {
    // Order-independent, like `==`: the entries' own hashes combined with XOR.
    var combined = 0
    for entry in entries {
      var hasher = Hasher()
      hasher.combine(entry.key)
      hasher.combine(entry.value)
      combined ^= hasher.finalize()
    }
    hasher.combine(entries.count)
    hasher.combine(combined)
  }

  /// FNV-1a of a name's UTF-8 bytes.
  public static func nameHash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return hash
  }

  /// FNV-1a of `name`'s UTF-8 bytes.
  public static func nameHash(_ name: String) -> UInt32 {
    var name = name
    return name.withUTF8 { nameHash($0) }
  }
}

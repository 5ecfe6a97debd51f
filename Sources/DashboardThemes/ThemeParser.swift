import DashboardCore
import TOMLKit

/// Turns the TOML text of one theme file into a `Theme`, collecting warnings for unknown keys
/// and throwing the first error with its file, line and key. Pure: the caller reads the file.
struct ThemeParser {
  private let file: String
  private let sourceMap: ThemeSourceMap
  private var palette: [String: ThemeColor] = [:]
  private(set) var warnings: [ThemeDiagnostic] = []

  private static let topLevelKeys: Set = ["name", "variant", "description", "inherits", "palette", "roles", "ansi16", "monochrome"]
  private static let styleKeys: Set = ["fg", "bg", "modifiers", "bold", "dim", "underline", "reverse"]
  private static let modifiers: [String: TextAttributes] = [
    "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "normal": [],
  ]

  init(file: String, text: String) {
    self.file = file
    self.sourceMap = ThemeSourceMap(text: text)
  }

  /// Parses `text` as the theme `name`.
  mutating func parse(_ text: String, name: String) throws(ThemeDiagnostic) -> Theme {
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      throw ThemeDiagnostic(file: file, line: error.source.begin.line, message: error.description)
    } catch {
      throw ThemeDiagnostic(file: file, message: "not a TOML document")
    }
    var theme = Theme(name: name, source: file)
    for key in root.keys.sorted() where !Self.topLevelKeys.contains(key) {
      warn(table: "", key: key, "unknown key, ignored")
    }
    _ = try string(root, "name")
    theme.variant = try string(root, "variant")
    if let variant = theme.variant, variant != "dark", variant != "light" {
      throw error(table: "", key: "variant", "expected \"dark\" or \"light\", found \"\(variant)\"")
    }
    theme.summary = try string(root, "description")
    theme.inherits = try string(root, "inherits")
    theme.inheritsLine = sourceMap.line(table: "", key: "inherits")
    for (key, value) in try entries(root, "palette") {
      palette[key] = try literalColour(value, table: "palette", key: key)
    }
    theme.roles = try styles(root, "roles")
    theme.ansi16 = try styles(root, "ansi16")
    for (role, value) in try roleEntries(root, "monochrome") {
      theme.monochrome[role] = try modifierList(value, table: "monochrome", key: role.rawValue)
    }
    return theme
  }

  // MARK: Tables

  private func string(_ root: TOMLTable, _ key: String) throws(ThemeDiagnostic) -> String? {
    guard let value = root[key] else { return nil }
    guard let string = value.string else { throw wrongType(value, table: "", key: key, expected: "a string") }
    return string
  }

  private func entries(_ root: TOMLTable, _ table: String) throws(ThemeDiagnostic) -> [(String, TOMLValueConvertible)] {
    guard let value = root[table] else { return [] }
    guard let contents = value.table else { throw wrongType(value, table: "", key: table, expected: "a table") }
    return contents.keys.sorted().compactMap { key in contents[key].map { (key, $0) } }
  }

  private mutating func roleEntries(_ root: TOMLTable, _ table: String) throws(ThemeDiagnostic) -> [(ThemeRole, TOMLValueConvertible)] {
    var result: [(ThemeRole, TOMLValueConvertible)] = []
    for (key, value) in try entries(root, table) {
      if let role = ThemeRole(rawValue: key) {
        result.append((role, value))
      } else {
        warn(table: table, key: key, "unknown role, ignored")
      }
    }
    return result
  }

  private mutating func styles(_ root: TOMLTable, _ table: String) throws(ThemeDiagnostic) -> [ThemeRole: ThemeStyle] {
    var result: [ThemeRole: ThemeStyle] = [:]
    for (role, value) in try roleEntries(root, table) {
      result[role] = try style(value, table: table, key: role.rawValue)
    }
    return result
  }

  // MARK: Values

  /// A role's value: a colour (the foreground) or `{ fg, bg, modifiers, bold, … }`.
  private mutating func style(_ value: TOMLValueConvertible, table: String, key: String) throws(ThemeDiagnostic) -> ThemeStyle {
    guard let fields = value.table else {
      return ThemeStyle(foreground: try colour(value, table: table, key: key))
    }
    var style = ThemeStyle()
    let path = ThemeSourceMap.path(table: table, key: key)
    for field in fields.keys.sorted() {
      guard let fieldValue = fields[field] else { continue }
      switch field {
      case "fg": style.foreground = try colour(fieldValue, table: path, key: field, line: line(table, key))
      case "bg": style.background = try colour(fieldValue, table: path, key: field, line: line(table, key))
      case "modifiers": style.attributes.formUnion(try modifierList(fieldValue, table: path, key: field, line: line(table, key)))
      case _ where Self.styleKeys.contains(field):
        guard let on = fieldValue.bool else {
          throw wrongType(fieldValue, table: path, key: field, expected: "true or false", line: line(table, key))
        }
        if on, let attribute = Self.modifiers[field] {
          style.attributes.insert(attribute)
        }
      default:
        warnings.append(ThemeDiagnostic(.warning, file: file, line: line(table, key), key: ThemeSourceMap.path(table: path, key: field), message: "unknown key, ignored"))
      }
    }
    return style
  }

  /// A colour: a palette name, a colour literal, or a palette index 0–255.
  private func colour(_ value: TOMLValueConvertible, table: String, key: String, line: Int? = nil) throws(ThemeDiagnostic) -> ThemeColor {
    if let name = value.string, let named = palette[name] {
      return named
    }
    return try literalColour(value, table: table, key: key, line: line)
  }

  private func literalColour(_ value: TOMLValueConvertible, table: String, key: String, line: Int? = nil) throws(ThemeDiagnostic) -> ThemeColor {
    let line = line ?? self.line(table, key)
    if let index = value.int {
      guard let colour = ThemeColor(index: index) else {
        throw error(table: table, key: key, line: line, "colour index \(index) is outside 0–255")
      }
      return colour
    }
    guard let text = value.string else {
      throw wrongType(value, table: table, key: key, expected: "a colour (a name, \"#rrggbb\" or 0–255)", line: line)
    }
    guard let colour = ThemeColor(literal: text) else {
      throw error(table: table, key: key, line: line, "unknown colour \"\(text)\"")
    }
    return colour
  }

  /// Attributes: one modifier name or a list of them (`"bold"`, `["bold", "reverse"]`, `"normal"`).
  private func modifierList(_ value: TOMLValueConvertible, table: String, key: String, line: Int? = nil) throws(ThemeDiagnostic) -> TextAttributes {
    let line = line ?? self.line(table, key)
    var names: [String] = []
    if let single = value.string {
      names = [single]
    } else if let list = value.array {
      for element in list {
        guard let name = element.string else {
          throw wrongType(element, table: table, key: key, expected: "a modifier name", line: line)
        }
        names.append(name)
      }
    } else {
      throw wrongType(value, table: table, key: key, expected: "a modifier or a list of modifiers", line: line)
    }
    var attributes: TextAttributes = []
    for name in names {
      guard let attribute = Self.modifiers[name] else {
        throw error(table: table, key: key, line: line, "unknown modifier \"\(name)\" (use bold, dim, underline, reverse or normal)")
      }
      attributes.formUnion(attribute)
    }
    return attributes
  }

  // MARK: Diagnostics

  private func line(_ table: String, _ key: String) -> Int? {
    sourceMap.line(table: table, key: key)
  }

  private mutating func warn(table: String, key: String, _ message: String) {
    warnings.append(ThemeDiagnostic(.warning, file: file, line: line(table, key), key: ThemeSourceMap.path(table: table, key: key), message: message))
  }

  private func error(table: String, key: String, line: Int? = nil, _ message: String) -> ThemeDiagnostic {
    ThemeDiagnostic(file: file, line: line ?? self.line(table, key), key: ThemeSourceMap.path(table: table, key: key), message: message)
  }

  private func wrongType(_ value: TOMLValueConvertible, table: String, key: String, expected: String, line: Int? = nil) -> ThemeDiagnostic {
    error(table: table, key: key, line: line, "expected \(expected), found \(value.type)")
  }
}

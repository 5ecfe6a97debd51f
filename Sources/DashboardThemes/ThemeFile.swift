/// The text of one theme file, as read from disk; what `ThemeLibrary` is built from.
public struct ThemeFile: Sendable, Hashable {
  /// The theme's name: the file name without `.toml`.
  public var name: String
  /// The path shown in messages and by `margintop themes`.
  public var path: String
  /// The file's TOML text.
  public var text: String

  /// A theme file from its name, shown path and text.
  public init(name: String, path: String, text: String) {
    self.name = name
    self.path = path
    self.text = text
  }
}

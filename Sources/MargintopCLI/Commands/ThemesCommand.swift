import ArgumentParser

/// `margintop themes` — PLACEHOLDER owned by the themes engineer; replaced when their branch lands.
public struct ThemesCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the colour themes.")

  public init() {}

  public func run() throws {
    print("default")
  }
}

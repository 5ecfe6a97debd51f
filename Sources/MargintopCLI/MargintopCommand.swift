import ArgumentParser

/// The `margintop` command line: the dashboard by default, and its subcommands.
public struct MargintopCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "margintop",
    abstract: "Live balances and margin risk of OKX and Bybit accounts in the terminal.",
    discussion: """
      Without a subcommand, shows the dashboard on the accounts of the configuration file \
      ($XDG_CONFIG_HOME/margintop/config.toml, by default ~/.config/margintop/config.toml). \
      Dashboard options: --demo, --config FILE, --theme NAME, --refresh SECONDS, --ascii, \
      --no-color, --private, --log-level LEVEL, --print-default-config (see `margintop dashboard --help`).
      First time? `margintop --demo` shows the dashboard on the built-in simulator; \
      `margintop --print-default-config` prints a commented configuration to start from.
      Shell completions: margintop --generate-completion-script bash|zsh|fish
      """,
    version: VersionText.current,
    subcommands: [
      DashboardCommand.self, SnapshotCommand.self, WatchCommand.self, HistoryCommand.self, CheckCommand.self,
      SimulateCommand.self, ThemesCommand.self,
    ],
    defaultSubcommand: DashboardCommand.self)

  public init() {}
}
